// The format registry: export a graph to any text format, import one back from its text.
// No Node APIs here or below: the viewer's export buttons and file-open use it too.
import type { NewsGraph } from "../schema/model";
import { writeCSV, type CSVTables } from "./csv";
import { readGEXF, writeGEXF } from "./gexf";
import { readGraphML } from "./graphml/read";
import { writeGraphML } from "./graphml/write";
import { readJSON, writeJSON } from "./json";

export type { CSVTables } from "./csv";
export { writeCSV } from "./csv";
export { readGEXF, writeGEXF } from "./gexf";
export { readGraphML } from "./graphml/read";
export { writeGraphML } from "./graphml/write";
export { readJSON, writeJSON } from "./json";

export const EXPORT_FORMATS = ["json", "graphml", "gexf", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const IMPORT_FORMATS = ["json", "graphml", "gexf"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** File extension and MIME type of each export, for download links and output names. */
export const FORMAT_FILES: Record<ExportFormat, { extension: string; mime: string }> = {
  json: { extension: "json", mime: "application/json" },
  graphml: { extension: "graphml", mime: "application/graphml+xml" },
  gexf: { extension: "gexf", mime: "application/gexf+xml" },
  csv: { extension: "csv", mime: "text/csv" },
};

export function exportGraph(graph: NewsGraph, format: "csv"): CSVTables;
export function exportGraph(graph: NewsGraph, format: "json" | "graphml" | "gexf"): string;
export function exportGraph(graph: NewsGraph, format: ExportFormat): string | CSVTables;
export function exportGraph(graph: NewsGraph, format: ExportFormat): string | CSVTables {
  switch (format) {
    case "json":
      return writeJSON(graph);
    case "graphml":
      return writeGraphML(graph);
    case "gexf":
      return writeGEXF(graph);
    case "csv":
      return writeCSV(graph);
    default:
      throw new Error(`unknown export format "${format as string}": use one of ${EXPORT_FORMATS.join(", ")}`);
  }
}

/**
 * Reads a graph from its text. `formatOrFileName` is a format name or a file name whose
 * extension says the format; with neither (".xml", "-", ...) the content decides.
 * Throws an Error naming the file and the problem when the text is not a graph we can read.
 */
export function importGraph(text: string, formatOrFileName: string): NewsGraph {
  const format = formatOf(formatOrFileName) ?? sniffFormat(text);
  const fileName = (IMPORT_FORMATS as readonly string[]).includes(formatOrFileName) ? `graph.${format}` : formatOrFileName;
  const read = { json: readJSON, graphml: readGraphML, gexf: readGEXF }[format];
  try {
    return read(text, baseName(fileName));
  } catch (e) {
    const message = (e as Error).message;
    const prefix = format === "json" ? "" : `${format === "graphml" ? "GraphML" : "GEXF"}: `;
    throw new Error(message.startsWith("GraphML") || message.startsWith("GEXF") ? message : prefix + message);
  }
}

function formatOf(formatOrFileName: string): ImportFormat | undefined {
  const ext = /\.([A-Za-z0-9]+)$/.exec(formatOrFileName)?.[1]?.toLowerCase() ?? formatOrFileName.toLowerCase();
  return (IMPORT_FORMATS as readonly string[]).includes(ext) ? (ext as ImportFormat) : undefined;
}

/** json, graphml or gexf from the first significant characters of the text. */
export function sniffFormat(text: string): ImportFormat {
  const head = text.replace(/^\uFEFF/, "").trimStart();
  if (head.startsWith("{")) return "json";
  if (head.startsWith("<")) {
    // The root element: the first tag that is not a declaration, comment or doctype.
    const root = /<([A-Za-z_][\w.:-]*)/.exec(head.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<![^>]*>/g, ""))?.[1];
    const local = root?.replace(/^.*:/, "").toLowerCase();
    if (local === "graphml" || local === "gexf") return local;
    throw new Error(`not a graph file: the XML root element is <${root ?? "?"}>, expected <graphml> or <gexf>`);
  }
  throw new Error("not a graph file: expected newsgraph JSON, GraphML or GEXF");
}

function baseName(path: string): string {
  return path.replace(/^.*[\\/]/, "");
}
