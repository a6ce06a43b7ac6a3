// Opening a file off the main thread: one request in (the File), progress and the parsed graph
// out, or the error's message. Started by the page (import-in-worker.ts) through Vite's
// `new Worker(new URL("./import-file.worker.ts", import.meta.url), { type: "module" })`, one per
// file, and terminated when it is done or cancelled.
import { serializeGraph } from "../schema/model";
import { importFile, type ImportReply, type ImportRequest } from "./import-file";

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ImportRequest>) => void) | null;
  postMessage(m: ImportReply): void;
};

scope.onmessage = async (event) => {
  if (event.data?.type !== "import") return;
  try {
    const graph = await importFile(event.data.file, (progress) => scope.postMessage({ type: "progress", ...progress }));
    // graphology's serialized form (own data properties, "__proto__" included) crosses by structured clone
    scope.postMessage({ type: "done", graph: serializeGraph(graph) });
  } catch (e) {
    scope.postMessage({ type: "error", message: (e as Error).message ?? String(e) });
  }
};
