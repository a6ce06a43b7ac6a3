import { FORMATS, READABLE_FORMATS } from "../../formats/registry";
import { layoutGraph } from "../../layout/index";
import type { NewsGraph } from "../../schema/model";
import { inputAndOutput, say, type Command } from "../command";
import { importGraphFile } from "../load";
import { outputPaths, renderOutputs } from "../outputs";
import { describeGraph, elapsed } from "../summary";
import { writeOutputs } from "../write";
import { prepareOutputs } from "./prepare";

const IN = `GRAPH.(${READABLE_FORMATS.map((f) => f.id).join("|")})`;
const OUT = `OUT.(${FORMATS.map((f) => f.id).join("|")})`;

export const exportCommand: Command = {
  name: "export",
  usage: `newsgraph export ${IN} -o ${OUT}`,
  help: `Usage: newsgraph export ${IN} -o ${OUT} [-q]

Converts a graph between formats. Reads newsgraph's own exports and graphs written by Gephi and other tools.
`,
  options: {},
  async run(args) {
    const started = performance.now();
    const { input, output } = inputAndOutput("export", args, "GRAPH (.json, .graphml or .gexf)");
    prepareOutputs(input, outputPaths(output));
    const graph = await importGraphFile(input);
    if (!hasPositions(graph)) layoutGraph(graph);
    const files = await renderOutputs(graph, output);
    writeOutputs(files);
    say(args, `${describeGraph(graph)} in ${elapsed(started)} → ${files.map((f) => f.path).join(", ")}`);
  },
};

function hasPositions(graph: NewsGraph): boolean {
  return graph.everyNode((_, a) => typeof a.x === "number" && typeof a.y === "number");
}
