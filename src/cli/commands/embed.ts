import type { CommandArgs } from "../main";
import { UsageError } from "../errors";
import { checkWritable, extensionOf, writeOutputs } from "../io";
import { elapsed } from "../summary";
import { importGraphFile, inputAndOutput } from "./common";

export async function runEmbed(args: CommandArgs): Promise<void> {
  const started = performance.now();
  const { input, output } = inputAndOutput("embed", args, "GRAPH (.json, .graphml or .gexf)");
  requireHtml(output);
  checkWritable(output);
  const graph = await importGraphFile(input);
  const { buildEmbedHtml } = await import("../../embed/index");
  const html = await buildEmbedHtml(graph, {
    title: typeof args.values.title === "string" ? args.values.title : undefined,
    height: typeof args.values.height === "string" ? args.values.height : undefined,
    compact: args.values.compact === true,
  });
  writeOutputs([{ path: output, data: html }]);
  if (!args.values.quiet) process.stderr.write(`newsgraph: embed page ${output} (${(Buffer.byteLength(html) / 1024).toFixed(0)} KB) in ${elapsed(started)}\n`);
}

export function requireHtml(output: string): void {
  const ext = extensionOf(output);
  if (ext !== "html" && ext !== "htm") throw new UsageError(`unknown output extension ".${ext}" for ${output}: use .html`);
}
