import { inputAndOutput, say, stringOption, type Command } from "../command";
import { importGraphFile } from "../load";
import { elapsed } from "../summary";
import { writeOutputs } from "../write";
import { kilobytes, requireHtml } from "./html";
import { prepareOutputs } from "./prepare";

export const report: Command = {
  name: "report",
  usage: "newsgraph report GRAPH -o REPORT.html [--title T]",
  help: `Usage: newsgraph report GRAPH -o REPORT.html [--title T] [-q]

Writes a report page: the interactive graph, a table of entities, a timeline of events and the
article with highlighted mentions, in one file that prints well to PDF.
`,
  options: { title: { type: "string" } },
  async run(args) {
    const started = performance.now();
    const { input, output } = inputAndOutput("report", args, "GRAPH (.json, .graphml or .gexf)");
    requireHtml(output);
    prepareOutputs(input, [output]);
    const graph = await importGraphFile(input);
    const { buildReportHtml } = await import("../../report/index");
    const html = await buildReportHtml(graph, { title: stringOption(args, "title") });
    writeOutputs([{ path: output, data: html }]);
    say(args, `report ${output} (${kilobytes(html)}) in ${elapsed(started)}`);
  },
};
