import type { CommandArgs } from "../main";
import { layoutGraph } from "../../layout/index";
import { checkWritable, writeOutputs } from "../io";
import { outputFormatOf, renderOutputs } from "../outputs";
import { describeGraph, elapsed } from "../summary";
import { importGraphFile, inputAndOutput } from "./common";

export async function runExport(args: CommandArgs): Promise<void> {
  const started = performance.now();
  const { input, output } = inputAndOutput("export", args, "GRAPH (.json, .graphml or .gexf)");
  outputFormatOf(output);
  checkWritable(output);
  const graph = await importGraphFile(input);
  if (!hasPositions(graph)) layoutGraph(graph);
  const files = await renderOutputs(graph, output);
  writeOutputs(files);
  if (!args.values.quiet) process.stderr.write(`newsgraph: ${describeGraph(graph)} in ${elapsed(started)} → ${files.map((f) => f.path).join(", ")}\n`);
}

function hasPositions(graph: import("../../schema/model").NewsGraph): boolean {
  return graph.everyNode((_, a) => typeof a.x === "number" && typeof a.y === "number");
}
