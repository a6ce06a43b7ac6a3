// The page's side of opening a file: hand the File to a fresh import worker, relay its progress,
// and rebuild the graph it sends back. Every file goes this way, small or large, graph or article,
// so the page never blocks on reading, parsing, extraction or layout, and Cancel always works.
import { MultiDirectedGraph } from "../schema/graphology";
import type { NewsGraph } from "../schema/model";
import type { ImportProgress, ImportReply, ImportRequest } from "./import-file";

/** The rejection of a cancelled import (its signal's abort). */
export class ImportCancelled extends Error {
  override name = "ImportCancelled";
}

/**
 * Opens `file` in the worker `makeWorker` starts. Resolves with the graph, rejects with the
 * worker's error, or with ImportCancelled as soon as `signal` aborts: the worker is terminated
 * then, mid-read or mid-parse, so nothing of it reaches the page afterwards.
 */
export function importInWorker(
  file: File,
  makeWorker: () => Worker,
  progress: (p: ImportProgress) => void,
  signal?: AbortSignal,
): Promise<NewsGraph> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new ImportCancelled("cancelled"));
    let worker: Worker;
    try {
      worker = makeWorker();
    } catch (e) {
      return reject(e instanceof Error ? e : new Error(String(e)));
    }
    const end = () => {
      worker.terminate();
      signal?.removeEventListener("abort", cancel);
    };
    const cancel = () => {
      end();
      reject(new ImportCancelled("cancelled"));
    };
    signal?.addEventListener("abort", cancel, { once: true });
    worker.onmessage = (event: MessageEvent<ImportReply>) => {
      const reply = event.data;
      if (reply.type === "progress") return progress(reply);
      end();
      if (reply.type === "done") resolve(graphFromWorker(reply.graph));
      else reject(new Error(reply.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      end();
      reject(
        new Error(event.message || "the import stopped unexpectedly (the file may be too large for this browser)"),
      );
    };
    worker.onmessageerror = () => {
      end();
      reject(new Error("the parsed graph could not be handed to the page"));
    };
    const request: ImportRequest = { type: "import", file };
    worker.postMessage(request);
  });
}

/** The worker's serialized graph as a NewsGraph: already validated there, so only graphology's import here. */
function graphFromWorker(data: object): NewsGraph {
  const graph = new MultiDirectedGraph({ allowSelfLoops: false }) as unknown as NewsGraph;
  graph.import({ ...data, options: undefined } as never);
  return graph;
}

/** The progress line: what is happening to what (`subject`: “a file name”, quoted, or "the pasted article"). */
export function importStageText(subject: string, { stage, loaded, total }: ImportProgress): string {
  const mb = (n: number) => (n / 1048576).toFixed(1);
  switch (stage) {
    case "reading":
      return `Reading ${subject}… ${mb(loaded)} of ${mb(total)} MB`;
    case "parsing":
      return `Parsing ${subject} (${mb(total)} MB)…`;
    case "building":
      return `Building the graph of ${subject}…`;
    case "layout":
      return `Laying out ${subject}…`;
  }
}
