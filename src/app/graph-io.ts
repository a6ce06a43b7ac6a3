// Opening and saving graphs in the browser. Format code is loaded on demand
// so the first paint only pays for the viewer.
import type Sigma from "sigma";
import type { FormatId } from "../formats/registry";
import type { NewsGraph } from "../schema/model";
import { downloadBlob, fileStem } from "./download";

export const OPEN_EXTENSIONS = [".json", ".graphml", ".gexf", ".xml", ".txt"];
/** files holding an article, not a graph: built in the browser */
const ARTICLE_EXTENSIONS = [".txt"];
/** The export menu's formats: ids of the one format registry (loaded on demand; CSV's two tables are the CLI's). */
export type ExportFormat = Exclude<FormatId, "csv">;

function extensionOf(name: string): string {
  const m = /\.([a-z0-9]+)$/i.exec(name);
  return m ? `.${m[1].toLowerCase()}` : "";
}

/** Parses a graph file's text by its extension; throws a readable Error. */
export async function parseGraphFile(text: string, fileName: string): Promise<NewsGraph> {
  const ext = extensionOf(fileName);
  if (!OPEN_EXTENSIONS.includes(ext)) throw new Error(`unsupported file type "${ext || fileName}": open a .json, .graphml or .gexf graph, or a .txt article`);
  if (!text.trim()) throw new Error("the file is empty");
  if (ARTICLE_EXTENSIONS.includes(ext)) return buildFromArticle(text, fileName);
  const { importGraph } = await import("../formats/index");
  return importGraph(text, fileName);
}

/** The whole pipeline on pasted text, in the browser: the CLI's own code. */
export async function buildFromArticle(text: string, name = "pasted-article.txt"): Promise<NewsGraph> {
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
    return await new Promise<Blob>((ok, fail) => canvas.toBlob((b) => (b ? ok(b) : fail(new Error("the PNG could not be encoded"))), "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function exportGraph(format: ExportFormat, graph: NewsGraph, sigma: Sigma): Promise<string> {
  const stem = fileStem(graph.getAttribute("source")?.name || graph.getAttribute("title") || "newsgraph");
  const fileName = `${stem}.${format}`;
  switch (format) {
    case "json":
    case "graphml":
    case "gexf": {
      const { formatById } = await import("../formats/registry");
      const { mime, write } = formatById(format)!;
      downloadBlob(new Blob([write!(graph)[0].data], { type: mime }), fileName);
      break;
    }
    case "svg": {
      const renderSvg = await loadSvgRenderer();
      downloadBlob(new Blob([renderSvg(graph)], { type: "image/svg+xml" }), fileName);
      break;
    }
    case "png": {
      // the CLI's picture (title, legend, every label that fits, same scene code), rasterised here at 2×
      const renderSvg = await loadSvgRenderer();
      downloadBlob(await svgToPng(renderSvg(graph), PNG_SCALE), fileName);
      break;
    }
  }
  return fileName;
}

// src/render/svg is another module in progress: found by glob so the app builds with or without it
const svgModules = import.meta.glob<{ renderSvg(graph: NewsGraph): string }>("../render/svg.ts");

export const svgExportAvailable = Object.keys(svgModules).length > 0;

async function loadSvgRenderer(): Promise<(graph: NewsGraph) => string> {
  const load = Object.values(svgModules)[0];
  if (!load) throw new Error("SVG export is not available in this build");
  return (await load()).renderSvg;
}
