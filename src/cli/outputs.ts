// Which file(s) an output path gets, by its extension. One table, shared by `build` and `export`.
import type { NewsGraph } from "../schema/model";
import { graphToJSONText } from "../schema/model";
import { UsageError } from "./errors";
import { extensionOf } from "./io";

export const OUTPUT_FORMATS = ["json", "graphml", "gexf", "csv", "svg", "png"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export function outputFormatOf(path: string): OutputFormat {
  const ext = extensionOf(path);
  if ((OUTPUT_FORMATS as readonly string[]).includes(ext)) return ext as OutputFormat;
  throw new UsageError(
    `unknown output extension ${ext ? `".${ext}"` : "(none)"} for ${path}: use one of ${OUTPUT_FORMATS.map((f) => "." + f).join(" ")}`,
  );
}

/** The files to write for `path`: a .csv output becomes NAME.nodes.csv and NAME.edges.csv. */
export async function renderOutputs(graph: NewsGraph, path: string): Promise<{ path: string; data: string | Uint8Array }[]> {
  const format = outputFormatOf(path);
  switch (format) {
    case "json":
      return [{ path, data: graphToJSONText(graph) }];
    case "graphml": {
      const { writeGraphML } = await import("../formats/graphml/write");
      return [{ path, data: writeGraphML(graph) }];
    }
    case "gexf": {
      const { writeGEXF } = await import("../formats/gexf");
      return [{ path, data: writeGEXF(graph) }];
    }
    case "csv": {
      const { writeCSV } = await import("../formats/csv");
      const { nodes, edges } = writeCSV(graph);
      const stem = path.slice(0, -".csv".length);
      return [
        { path: `${stem}.nodes.csv`, data: nodes },
        { path: `${stem}.edges.csv`, data: edges },
      ];
    }
    case "svg": {
      const { renderSvg } = await import("../render/svg");
      return [{ path, data: renderSvg(graph) }];
    }
    case "png": {
      const { renderSvg } = await import("../render/svg");
      const { renderPng } = await import("../render/png");
      return [{ path, data: renderPng(renderSvg(graph), { width: 1600 }) }];
    }
  }
}
