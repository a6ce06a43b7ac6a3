import { inputAndOutput, say, stringOption, type Command } from "../command";
import { importGraphFile } from "../load";
import { elapsed } from "../summary";
import { writeOutputs } from "../write";
import { kilobytes, requireHtml } from "./html";
import { prepareOutputs } from "./prepare";

export const embed: Command = {
  name: "embed",
  usage: "newsgraph embed GRAPH -o PAGE.html [--title T] [--height H] [--compact]",
  help: `Usage: newsgraph embed GRAPH -o PAGE.html [--title T] [--height H] [--compact] [-q]

Writes one self-contained interactive HTML file (viewer, styles and data inlined; no network
requests), for reports and iframes. --compact hides the side panels for small frames.
`,
  options: { title: { type: "string" }, height: { type: "string" }, compact: { type: "boolean" } },
  async run(args) {
    const started = performance.now();
    const { input, output } = inputAndOutput("embed", args, "GRAPH (.json, .graphml or .gexf)");
    requireHtml(output);
    prepareOutputs(input, [output]);
    const graph = await importGraphFile(input);
    const { buildEmbedHtml } = await import("../../embed/index");
    const html = await buildEmbedHtml(graph, {
      title: stringOption(args, "title"),
      height: stringOption(args, "height"),
      compact: args.values.compact === true,
    });
    writeOutputs([{ path: output, data: html }]);
    say(args, `embed page ${output} (${kilobytes(html)}) in ${elapsed(started)}`);
  },
};
