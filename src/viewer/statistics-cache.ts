// The graph's statistics as the viewer holds them: computed once, on demand; on the page for a
// small graph (or without a worker), else in a Web Worker with its progress told to listeners,
// so the page stays responsive. A worker that fails leaves the page to compute them after all.
import type { NewsGraph } from "../schema/model";
import {
  computeStatistics,
  computeStatisticsInWorker,
  PHASE_LABELS,
  statisticsOffThread,
  type StatisticsPhase,
  type StatisticsResult,
} from "./statistics";

export interface StatisticsCache {
  /** the statistics, if computed */
  current(): StatisticsResult | null;
  /** the statistics now if they can be had now; else null, and the worker is started */
  request(): StatisticsResult | null;
  /** the statistics, computing them if not done yet */
  compute(): Promise<StatisticsResult>;
  /** progress text while the worker runs (the latest at once, if any); returns the unsubscribe */
  onProgress(listener: (text: string) => void): () => void;
  /**
   * Called when the statistics are in: `late` is false when they were computed on the page during
   * the call that asked for them, true when they came later from the worker. Returns the unsubscribe.
   */
  onReady(listener: (late: boolean) => void): () => void;
  /** stops the worker; its result, if it still comes, is dropped */
  destroy(): void;
}

/** "Computing statistics: PageRank (2 of 3)…" */
export function progressText(phase: StatisticsPhase, step: number, steps: number): string {
  return `Computing statistics: ${PHASE_LABELS[phase]} (${step} of ${steps})…`;
}

export function createStatisticsCache(graph: NewsGraph, worker: (() => Worker) | undefined): StatisticsCache {
  let stats: StatisticsResult | null = null;
  let pending: Promise<StatisticsResult> | null = null;
  let progress: string | null = null;
  const progressListeners = new Set<(text: string) => void>();
  const readyListeners = new Set<(late: boolean) => void>();
  const ready = (late: boolean) => {
    for (const listener of readyListeners) listener(late);
  };
  const stop = new AbortController();
  const offThread = !!worker && statisticsOffThread(graph.order, graph.size);
  const onProgress = (phase: StatisticsPhase, step: number, steps: number) => {
    progress = progressText(phase, step, steps);
    for (const listener of progressListeners) listener(progress);
  };
  const compute = (): Promise<StatisticsResult> => {
    if (stats) return Promise.resolve(stats);
    if (!offThread) {
      stats = computeStatistics(graph);
      ready(false);
      return Promise.resolve(stats);
    }
    pending ??= computeStatisticsInWorker(graph, worker!, onProgress, stop.signal)
      // a worker that cannot start or fails: the page computes them after all
      .catch((e: unknown) => {
        if (stop.signal.aborted) throw e;
        return computeStatistics(graph);
      })
      .then((result) => {
        stats = result;
        progress = null;
        if (!stop.signal.aborted) ready(true);
        return result;
      });
    return pending;
  };
  return {
    current: () => stats,
    request() {
      if (!stats) void compute().catch(() => undefined);
      return stats;
    },
    compute,
    onProgress(listener) {
      progressListeners.add(listener);
      if (progress) listener(progress);
      return () => progressListeners.delete(listener);
    },
    onReady(listener) {
      readyListeners.add(listener);
      return () => readyListeners.delete(listener);
    },
    destroy() {
      stop.abort();
      progressListeners.clear();
      readyListeners.clear();
    },
  };
}
