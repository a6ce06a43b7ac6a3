import type { CommandArgs } from "../main";
import { checkWritable, writeOutputs } from "../io";
import { elapsed } from "../summary";
import { importGraphFile, inputAndOutput } from "./common";
import { requireHtml } from "./embed";

export async function runReport(args: CommandArgs): Promise<void> {
  const started = performance.now();
  const { input, output } = inputAndOutput("report", args, "GRAPH (.json, .graphml or .gexf)");
  requireHtml(output);
  checkWritable(output);
  const graph = await importGraphFile(input);
  const { buildReportHtml } = await import("../../report/index");
  const html = await buildReportHtml(graph, { title: typeof args.values.title === "string" ? args.values.title : undefined });
  writeOutputs([{ path: output, data: html }]);
  if (!args.values.quiet) process.stderr.write(`newsgraph: report ${output} (${(Buffer.byteLength(html) / 1024).toFixed(0)} KB) in ${elapsed(started)}\n`);
}
