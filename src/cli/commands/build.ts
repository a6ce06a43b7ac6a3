import { buildGraph } from "../../build";
import { FORMATS } from "../../formats/registry";
import { inputAndOutput, say, stringOption, type Command } from "../command";
import { readArticle } from "../io";
import { outputPaths, renderOutputs } from "../outputs";
import { describeGraph, elapsed } from "../summary";
import { writeOutputs } from "../write";
import { prepareOutputs } from "./prepare";

const OUT = `GRAPH.(${FORMATS.map((f) => f.id).join("|")})`;

export const build: Command = {
  name: "build",
  usage: `newsgraph build ARTICLE.txt -o ${OUT}   extract a graph ("-" reads stdin)`,
  help: `Usage: newsgraph build ARTICLE.txt -o ${OUT} [--title T] [-q]

Reads a plain-text English news article (UTF-8; "-" for stdin), extracts people,
countries, places, organizations, events and relations with their evidence, lays the
graph out deterministically and writes it. Prints a one-line summary on stderr.
`,
  options: { title: { type: "string" } },
  async run(args) {
    const started = performance.now();
    const { input, output } = inputAndOutput("build", args, "ARTICLE (a text file, or - for stdin)");
    prepareOutputs(input, outputPaths(output));
    const { text, name } = await readArticle(input);
    const graph = buildGraph(text, { name, title: stringOption(args, "title") });
    const files = await renderOutputs(graph, output);
    writeOutputs(files);
    say(args, `${describeGraph(graph)} in ${elapsed(started)} → ${files.map((f) => f.path).join(", ")}`);
  },
};
