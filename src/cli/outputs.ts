// Which file(s) an output path gets, by its extension, from the one format registry; shared by
// `build` and `export`. Pictures are drawn by src/render.
import { extensionList, FORMATS, formatOfFileName, type GraphFormat } from "../formats/registry";
import type { NewsGraph } from "../schema/model";
import { UsageError } from "./errors";
import { extensionOf } from "./io";
import { graphJSONPieces } from "./json-text";
import type { OutputFile } from "./write";

export const OUTPUT_EXTENSIONS = extensionList(FORMATS);

export function outputFormatOf(path: string): GraphFormat {
  const format = formatOfFileName(path);
  if (format) return format;
  const ext = extensionOf(path);
  throw new UsageError(
    `unknown output extension ${ext ? `".${ext}"` : "(none)"} for ${path}: use one of ${OUTPUT_EXTENSIONS}`,
  );
}

/** The stem the parts' suffixes go after: "out" for out.csv (out.nodes.csv, out.edges.csv). */
function stemOf(path: string, format: GraphFormat): string {
  const ext = format.extensions.find((e) => path.toLowerCase().endsWith("." + e)) ?? format.extensions[0];
  return path.slice(0, -(ext.length + 1));
}

/** Every path an output path stands for (two for .csv), to check before any work. */
export function outputPaths(path: string): string[] {
  const format = outputFormatOf(path);
  return format.parts ? format.parts.map((suffix) => stemOf(path, format) + suffix) : [path];
}

export async function renderOutputs(graph: NewsGraph, path: string): Promise<OutputFile[]> {
  const format = outputFormatOf(path);
  if (format.id === "json") return [{ path, data: graphJSONPieces(graph) }]; // in pieces: json-text.ts
  if (format.write) {
    const parts = format.write(graph);
    return parts.length === 1
      ? [{ path, data: parts[0].data }]
      : parts.map((p) => ({ path: stemOf(path, format) + p.suffix, data: p.data }));
  }
  const { renderSvg } = await import("../render/svg");
  if (format.id === "svg") return [{ path, data: renderSvg(graph) }];
  const { renderPng } = await import("../render/png");
  return [{ path, data: renderPng(renderSvg(graph), { width: 1600 }) }];
}
