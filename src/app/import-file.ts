// What the import worker (import-file.worker.ts) does with a file the user opened: read it with
// progress, parse it with the app's one import function (parseGraphFile: the format registry's
// readers, validated, or the whole build for an article) and lay it out if it has no positions.
// Kept apart from the worker's message handling so that it runs, and is tested, anywhere.
import { notUtf8 } from "../input/article";
import { MAX_ARTICLE_BYTES, MAX_GRAPH_BYTES } from "../input/limits";
import type { NewsGraph } from "../schema/model";
import type { SerializedNewsGraph } from "../schema/graph";
import { hasPositions } from "../viewer/positions";
import { isArticleFile, parseGraphFile } from "./graph-io";

/** reading the bytes; parsing a graph file; building an article's graph (models, extraction, layout); laying out a graph without positions */
export type ImportStage = "reading" | "parsing" | "building" | "layout";

export interface ImportProgress {
  stage: ImportStage;
  /** bytes read so far, and the file's size */
  loaded: number;
  total: number;
}

/** Page → worker. A File crosses postMessage as a handle: the worker reads the bytes, the page never does. */
export type ImportRequest = { type: "import"; file: File };

/** Worker → page. */
export type ImportReply =
  | ({ type: "progress" } & ImportProgress)
  | { type: "done"; graph: SerializedNewsGraph }
  | { type: "error"; message: string };

/** Reading progress is posted about this often (each 1/64 of the file), not for every chunk the stream gives. */
const READ_STEPS = 64;

/**
 * The file's text, decoded as File.text() does (UTF-8, a BOM dropped), reporting bytes read as they
 * arrive; bytes that are not UTF-8 are refused, as the CLI refuses them, not replaced.
 */
export async function readFileText(
  file: Blob,
  progress: (loaded: number, total: number) => void,
  name = "the file",
): Promise<string> {
  const total = file.size;
  const step = Math.max(1, Math.ceil(total / READ_STEPS));
  const decoder = new TextDecoder("utf-8", { fatal: true });
  try {
    return await decodeStream(file, decoder, total, step, progress);
  } catch (e) {
    if (e instanceof TypeError) throw new Error(notUtf8(name));
    throw e;
  }
}

async function decodeStream(
  file: Blob,
  decoder: TextDecoder,
  total: number,
  step: number,
  progress: (loaded: number, total: number) => void,
): Promise<string> {
  const parts: string[] = [];
  const reader = file.stream().getReader();
  let loaded = 0;
  let reported = 0;
  progress(0, total);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.byteLength;
    parts.push(decoder.decode(value, { stream: true }));
    if (loaded - reported >= step && loaded < total) {
      reported = loaded;
      progress(loaded, total);
    }
  }
  parts.push(decoder.decode());
  progress(loaded, total);
  return parts.join("");
}

/** Refuses a file too big to open before a byte of it is read (the limits every entry point states). */
function checkSize(file: File): void {
  const article = isArticleFile(file.name);
  const limit = article ? MAX_ARTICLE_BYTES : MAX_GRAPH_BYTES;
  if (file.size > limit) {
    throw new Error(
      `the file is ${(file.size / 1048576).toFixed(1)} MB; ${article ? "articles" : "graphs"} up to ${limit / 1048576} MB are accepted`,
    );
  }
}

/** Reads, parses (or builds) and lays out a file: everything opening it takes before the page shows the graph. */
export async function importFile(file: File, progress: (p: ImportProgress) => void): Promise<NewsGraph> {
  checkSize(file);
  const text = await readFileText(file, (loaded, total) => progress({ stage: "reading", loaded, total }), file.name);
  const read = { loaded: file.size, total: file.size };
  progress({ stage: isArticleFile(file.name) ? "building" : "parsing", ...read });
  const graph = await parseGraphFile(text, file.name);
  if (graph.order > 0 && !hasPositions(graph)) {
    progress({ stage: "layout", ...read });
    const { layoutGraph } = await import("../layout/index");
    layoutGraph(graph);
  }
  return graph;
}
