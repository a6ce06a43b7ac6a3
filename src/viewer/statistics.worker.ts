// The viewer's statistics off the main thread, for large graphs: one request in, progress and
// the per-node arrays out (transferred, not copied). Started by the app through Vite's
// `new Worker(new URL("./statistics.worker.ts", import.meta.url), { type: "module" })`.
import { computeStatisticsArrays, transferables, type StatisticsReply, type StatisticsRequest } from "./statistics";

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<StatisticsRequest>) => void) | null;
  postMessage(m: StatisticsReply, t?: Transferable[]): void;
};

scope.onmessage = (event) => {
  if (event.data?.type !== "compute") return;
  try {
    const arrays = computeStatisticsArrays(event.data.input, (phase, step, steps) =>
      scope.postMessage({ type: "progress", phase, step, steps }),
    );
    scope.postMessage({ type: "done", arrays }, transferables(arrays));
  } catch (e) {
    scope.postMessage({ type: "error", message: (e as Error).message ?? String(e) });
  }
};
