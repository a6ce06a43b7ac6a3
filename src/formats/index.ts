// Export a graph to any text format, import one back from its text: the one import function,
// validated, that the CLI, the app, the embed page and the web component use.
// No Node APIs here or below: the viewer's export buttons and file-open use it too.
import { MAX_GRAPH_CHARS } from "../input/limits";
import type { NewsGraph } from "../schema/model";
import type { CSVTables } from "./csv";
import { FORMATS, READABLE_FORMATS, formatById, formatOfFileName, type FormatId, type GraphFormat } from "./registry";

export type { CSVTables } from "./csv";
export { writeCSV } from "./csv";
export { readGEXF, writeGEXF } from "./gexf";
export { readGraphML } from "./graphml/read";
export { writeGraphML } from "./graphml/write";
export { readJSON, writeJSON } from "./json";
export * from "./registry";

/** The formats this layer writes: the registry's entries with a writer (pictures are drawn elsewhere). */
export type ExportFormat = Extract<(typeof FORMATS)[number], { write: unknown }>["id"];
export const EXPORT_FORMATS = FORMATS.filter((f: GraphFormat) => f.write).map((f) => f.id) as readonly ExportFormat[];
export type ImportFormat = "json" | "graphml" | "gexf";
export const IMPORT_FORMATS = READABLE_FORMATS.map((f) => f.id) as readonly ImportFormat[];

/** File extension and MIME type of each format, for download links and output names. */
export const FORMAT_FILES = Object.fromEntries(
  FORMATS.map((f) => [f.id, { extension: f.extensions[0], mime: f.mime }]),
) as Record<FormatId, { extension: string; mime: string }>;

export function exportGraph(graph: NewsGraph, format: "csv"): CSVTables;
export function exportGraph(graph: NewsGraph, format: "json" | "graphml" | "gexf"): string;
export function exportGraph(graph: NewsGraph, format: ExportFormat): string | CSVTables;
export function exportGraph(graph: NewsGraph, format: ExportFormat): string | CSVTables {
  const write = formatById(format)?.write;
  if (!write) throw new Error(`unknown export format "${format as string}": use one of ${EXPORT_FORMATS.join(", ")}`);
  const parts = write(graph);
  return format === "csv" ? { nodes: parts[0].data, edges: parts[1].data } : parts[0].data;
}

/**
 * Reads a graph from its text. `formatOrFileName` is a format name or a file name whose
 * extension says the format; with neither (".xml", "-", ...) the content decides.
 * Throws an Error naming the problem when the text is not a graph we can read.
 */
export function importGraph(text: string, formatOrFileName: string): NewsGraph {
  if (text.length > MAX_GRAPH_CHARS) {
    throw new Error(
      `the file is ${(text.length / 1048576).toFixed(0)} MB of text; graphs up to ${MAX_GRAPH_CHARS / 1048576} MB are accepted`,
    );
  }
  const named = formatById(formatOrFileName) ?? formatOfFileName(formatOrFileName);
  const format = named?.read ? (named.id as ImportFormat) : sniffFormat(text);
  const fileName = formatById(formatOrFileName) ? `graph.${format}` : formatOrFileName;
  const read = formatById(format)!.read!;
  try {
    return read(text, baseName(fileName));
  } catch (e) {
    const message = (e as Error).message;
    const prefix = format === "json" ? "" : `${formatById(format)!.label}: `;
    throw new Error(message.startsWith("GraphML") || message.startsWith("GEXF") ? message : prefix + message);
  }
}

/** json, graphml or gexf from the first significant characters of the text. */
export function sniffFormat(text: string): ImportFormat {
  const head = text
    .slice(0, 65536)
    .replace(/^\uFEFF/, "")
    .trimStart();
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
