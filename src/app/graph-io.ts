// Opening and saving graphs in the browser. Format code is loaded on demand
// so the first paint only pays for the viewer.
import { FORMAT_INFO, GRAPH_FILE_EXTENSIONS, READABLE_FORMAT_IDS } from "../formats/format-info";
import type { FormatId, GraphFormat } from "../formats/registry";
import type { NewsGraph } from "../schema/model";
import { downloadBlob, fileStem } from "./download";

/** files holding an article, not a graph: built in the browser */
const ARTICLE_EXTENSIONS = [".txt"];

/** What "Open…" and drag-and-drop accept: every extension a graph file of the format registry may have, and articles. */
export const OPEN_EXTENSIONS: readonly string[] = [...GRAPH_FILE_EXTENSIONS.map((e) => `.${e}`), ...ARTICLE_EXTENSIONS];

const orList = (items: readonly string[]) =>
  items.length > 1 ? `${items.slice(0, -1).join(", ")} or ${items.at(-1)}` : (items[0] ?? "");

/** ".json, .graphml or .gexf graph, or a .txt article": what the app opens, said in its texts (the sniffed .xml goes unsaid) */
export const OPENABLE_FILES = `${orList(READABLE_FORMAT_IDS.map((id) => `.${FORMAT_INFO[id].extensions[0]}`))} graph, or a ${orList(ARTICLE_EXTENSIONS)} article`;

function extensionOf(name: string): string {
  const m = /\.([a-z0-9]+)$/i.exec(name);
  return m ? `.${m[1].toLowerCase()}` : "";
}

/** Whether a file holds an article (built into a graph) rather than a graph. */
export function isArticleFile(fileName: string): boolean {
  return ARTICLE_EXTENSIONS.includes(extensionOf(fileName));
}

/** Throws the readable Error for a file the app does not open, before anything reads it. */
export function checkOpenable(fileName: string): void {
  const ext = extensionOf(fileName);
  if (!OPEN_EXTENSIONS.includes(ext))
    throw new Error(`unsupported file type "${ext || fileName}": open a ${OPENABLE_FILES}`);
}

/** Parses a graph file's text by its extension, or builds an article's graph; throws a readable Error. Runs in the import worker. */
export async function parseGraphFile(text: string, fileName: string): Promise<NewsGraph> {
  checkOpenable(fileName);
  if (!text.trim()) throw new Error("the file is empty");
  if (isArticleFile(fileName)) return buildFromArticle(text, fileName);
  const { importGraph } = await import("../formats/index");
  return importGraph(text, fileName);
}

/** the name a pasted article's graph gives its source */
export const PASTED_ARTICLE_NAME = "pasted-article.txt";

/** The whole pipeline on an article's text, in the browser (the import worker): the CLI's own code. */
export async function buildFromArticle(text: string, name = PASTED_ARTICLE_NAME): Promise<NewsGraph> {
  const [{ buildGraph }, { loadBrowserModels }] = await Promise.all([import("../build"), import("../models/browser")]);
  const models = await loadBrowserModels();
  return buildGraph(text, { name, models });
}

/** PNG exports are drawn at twice the picture's size: sharp on high-density screens and in print */
export const PNG_SCALE = 2;

/** Rasterises an SVG document with the browser's own renderer. */
export async function svgToPng(svg: string, scale: number): Promise<Blob> {
  const size = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg);
  if (!size) throw new Error("the picture has no size");
  const width = Math.ceil(Number(size[1]) * scale);
  const height = Math.ceil(Number(size[2]) * scale);
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext("2d")!;
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, width, height);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((ok, fail) =>
      canvas.toBlob((b) => (b ? ok(b) : fail(new Error("the PNG could not be encoded"))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Pictures the browser draws itself (the registry lists them with `picture: true`): by format id. */
const PICTURE_WRITERS: Partial<Record<FormatId, (graph: NewsGraph) => Promise<Blob>>> = {
  // the CLI's SVG, byte for byte
  svg: async (graph) => new Blob([(await loadSvgRenderer())(graph)], { type: "image/svg+xml" }),
  // the CLI's picture (title, legend, every label that fits, same scene code), rasterised here at 2×
  png: async (graph) => svgToPng((await loadSvgRenderer())(graph), PNG_SCALE),
};

/** An entry of the export menu: a registry format the browser can write. */
export interface ExportItem {
  format: GraphFormat;
  /** the menu's text */
  label: string;
}

/**
 * The export menu, from the one format registry, in its order: every format with a writer, and
 * every picture this browser build can draw. Adding a format to the registry adds it here.
 */
export function exportMenuItems(formats: readonly GraphFormat[]): ExportItem[] {
  return formats
    .filter((f) => f.write || (f.picture && PICTURE_WRITERS[f.id as FormatId] && svgExportAvailable))
    .map((f) => ({ format: f, label: f.picture ? `${f.label} image` : f.label }));
}

/** Downloads the graph in a registry format (one file per part: CSV writes two); returns the file names. */
export async function exportGraph(format: GraphFormat, graph: NewsGraph): Promise<string[]> {
  const stem = fileStem(graph.getAttribute("source")?.name || graph.getAttribute("title") || "newsgraph");
  if (format.write) {
    const parts = format.write(graph);
    for (const part of parts) downloadBlob(new Blob([part.data], { type: format.mime }), stem + part.suffix);
    return parts.map((part) => stem + part.suffix);
  }
  const draw = format.picture ? PICTURE_WRITERS[format.id as FormatId] : undefined;
  if (!draw) throw new Error(`${format.label} export is not available in the browser`);
  const fileName = `${stem}.${format.extensions[0]}`;
  downloadBlob(await draw(graph), fileName);
  return [fileName];
}

// src/render/svg is another module in progress: found by glob so the app builds with or without it
const svgModules = import.meta.glob<{ renderSvg(graph: NewsGraph): string }>("../render/svg.ts");

export const svgExportAvailable = Object.keys(svgModules).length > 0;

async function loadSvgRenderer(): Promise<(graph: NewsGraph) => string> {
  const load = Object.values(svgModules)[0];
  if (!load) throw new Error("SVG export is not available in this build");
  return (await load()).renderSvg;
}
