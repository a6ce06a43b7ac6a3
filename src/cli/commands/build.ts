import type { CommandArgs } from "../main";
import { buildGraph } from "../../build";
import { checkWritable, readArticle, writeOutputs } from "../io";
import { outputFormatOf, renderOutputs } from "../outputs";
import { describeGraph, elapsed } from "../summary";
import { inputAndOutput } from "./common";

export async function runBuild(args: CommandArgs): Promise<void> {
  const started = performance.now();
  const { input, output } = inputAndOutput("build", args, "ARTICLE (a text file, or - for stdin)");
  outputFormatOf(output);
  checkWritable(output);
  const { text, name } = readArticle(input);
  const graph = buildGraph(text, { name, title: typeof args.values.title === "string" ? args.values.title : undefined });
  const files = await renderOutputs(graph, output);
  writeOutputs(files);
  if (!args.values.quiet) {
    process.stderr.write(`newsgraph: ${describeGraph(graph)} in ${elapsed(started)} → ${files.map((f) => f.path).join(", ")}\n`);
  }
}
