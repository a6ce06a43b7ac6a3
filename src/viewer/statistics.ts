// Gephi Lite's node statistics, computed with graphology's packages on a simple undirected
// copy of the graph (parallel edges merged into a weight): degree, weighted degree, PageRank,
// betweenness and Louvain communities. Pure and deterministic (Louvain gets a seeded RNG).
//
// The computation reads a compact edge list (statisticsInput), so that the same code runs on the
// page for small graphs and in a Web Worker (statistics.worker.ts) for large ones: the input and
// the result are typed arrays that cross postMessage without copying.
import { UndirectedGraph } from "../schema/graphology";
import louvain from "graphology-communities-louvain";
import betweennessCentrality from "graphology-metrics/centrality/betweenness";
import pagerank from "graphology-metrics/centrality/pagerank";
import { createRandom } from "../layout/prng";
import type { NewsGraph } from "../schema/model";

export interface NodeStatistics {
  degree: number;
  weightedDegree: number;
  pagerank: number;
  /** undefined when the graph is too big for it here */
  betweenness?: number;
  community: number;
}

export type StatisticName = "degree" | "weightedDegree" | "pagerank" | "betweenness" | "community";

export const STATISTIC_LABELS: Record<StatisticName, string> = {
  degree: "Degree",
  weightedDegree: "Weighted degree",
  pagerank: "PageRank",
  betweenness: "Betweenness",
  community: "Community",
};

/** betweenness is O(nodes × edges): above this it would take the worker many seconds */
export const MAX_BETWEENNESS_NODES = 3000;

/**
 * Graphs up to this size are computed on the page, at once (betweenness makes 1,000 nodes and
 * 5,000 edges take about a second); bigger ones in a worker where the viewer was given one.
 */
export const SYNC_MAX_NODES = 300;
export const SYNC_MAX_EDGES = 1500;

export function statisticsOffThread(order: number, size: number): boolean {
  return order > SYNC_MAX_NODES || size > SYNC_MAX_EDGES;
}

export interface StatisticsResult {
  nodes: Map<string, NodeStatistics>;
  communities: number;
  /** whether betweenness was computed */
  betweenness: boolean;
}

/** The graph as the statistics read it: node keys, and per edge its ends (indices) and weight. */
export interface StatisticsInput {
  keys: string[];
  sources: Uint32Array;
  targets: Uint32Array;
  /** how many times the edge is mentioned (at least 1) */
  weights: Float64Array;
}

/** Per node, in the order of StatisticsInput.keys. */
export interface StatisticsArrays {
  degree: Float64Array;
  weightedDegree: Float64Array;
  pagerank: Float64Array;
  /** null when skipped (more than MAX_BETWEENNESS_NODES nodes) */
  betweenness: Float64Array | null;
  community: Int32Array;
}

export type StatisticsPhase = "graph" | "pagerank" | "betweenness" | "communities";

export const PHASE_LABELS: Record<StatisticsPhase, string> = {
  graph: "preparing the graph",
  pagerank: "PageRank",
  betweenness: "betweenness",
  communities: "Louvain communities",
};

/** Progress: the phase starting, its number (1-based) and how many there are. */
export type StatisticsProgress = (phase: StatisticsPhase, step: number, steps: number) => void;

export function statisticsInput(graph: NewsGraph): StatisticsInput {
  const keys = graph.nodes();
  const index = new Map<string, number>(keys.map((k, i) => [k, i]));
  const sources = new Uint32Array(graph.size);
  const targets = new Uint32Array(graph.size);
  const weights = new Float64Array(graph.size);
  let i = 0;
  graph.forEachEdge((_e, attrs, source, target) => {
    sources[i] = index.get(source)!;
    targets[i] = index.get(target)!;
    weights[i] = Math.max(1, attrs.mentions ?? 1);
    i++;
  });
  return { keys, sources, targets, weights };
}

/**
 * The copy's key for each node: its own, but for "__proto__", which no plain object holds as a
 * key (the metrics answer in plain objects keyed by node), so a stand-in no other node has. Other
 * keys stay as they are: the order graphology walks neighbours in, and so the sums, follow them.
 */
function copyKeys(keys: readonly string[]): readonly string[] {
  if (!keys.includes("__proto__")) return keys;
  const taken = new Set(keys);
  let stand = "__proto__";
  while (taken.has(stand)) stand += "_";
  return keys.map((key) => (key === "__proto__" ? stand : key));
}

/** Undirected, simple, weighted by how many edges (in either direction) join two nodes; keyed by `keys`. */
function simpleCopy(input: StatisticsInput, keys: readonly string[]): UndirectedGraph {
  const g = new UndirectedGraph();
  for (const key of keys) g.addNode(key);
  const { sources, targets, weights } = input;
  for (let i = 0; i < sources.length; i++) {
    if (sources[i] === targets[i]) continue;
    const s = keys[sources[i]];
    const t = keys[targets[i]];
    const w = weights[i];
    if (g.hasEdge(s, t)) g.updateEdgeAttribute(s, t, "weight", (x: number) => x + w);
    else g.addEdge(s, t, { weight: w });
  }
  return g;
}

export function computeStatisticsArrays(
  input: StatisticsInput,
  progress: StatisticsProgress = () => undefined,
): StatisticsArrays {
  const n = input.keys.length;
  const withBetweenness = n <= MAX_BETWEENNESS_NODES;
  const steps = withBetweenness ? 4 : 3;
  progress("graph", 1, steps);
  const keys = copyKeys(input.keys);
  const g = simpleCopy(input, keys);
  const degree = new Float64Array(n);
  const weightedDegree = new Float64Array(n);
  for (let i = 0; i < input.sources.length; i++) {
    const s = input.sources[i];
    const t = input.targets[i];
    // the multigraph's degree (every edge, both directions); the weighted one of the simple copy (no loops)
    degree[s]++;
    degree[t]++;
    if (s !== t) {
      weightedDegree[s] += input.weights[i];
      weightedDegree[t] += input.weights[i];
    }
  }
  progress("pagerank", 2, steps);
  const rank: Record<string, number> = g.size > 0 ? pagerank(g, { getEdgeWeight: "weight" }) : {};
  let between: Record<string, number> = {};
  if (withBetweenness) {
    progress("betweenness", 3, steps);
    between = betweennessCentrality(g, { normalized: true });
  }
  progress("communities", steps, steps);
  const community: Record<string, number> =
    g.size > 0 ? louvain(g, { getEdgeWeight: "weight", rng: createRandom(7) }) : {};
  const out: StatisticsArrays = {
    degree,
    weightedDegree,
    pagerank: new Float64Array(n),
    betweenness: withBetweenness ? new Float64Array(n) : null,
    community: new Int32Array(n),
  };
  keys.forEach((key, i) => {
    out.pagerank[i] = rank[key] ?? 0;
    if (out.betweenness) out.betweenness[i] = between[key] ?? 0;
    out.community[i] = community[key] ?? -1;
  });
  return out;
}

/** Per-node arrays (in `keys` order) → the viewer's result. */
export function statisticsResult(keys: readonly string[], arrays: StatisticsArrays): StatisticsResult {
  const nodes = new Map<string, NodeStatistics>();
  let communities = 0;
  keys.forEach((key, i) => {
    const c = arrays.community[i];
    communities = Math.max(communities, c + 1);
    nodes.set(key, {
      degree: arrays.degree[i],
      weightedDegree: arrays.weightedDegree[i],
      pagerank: arrays.pagerank[i],
      betweenness: arrays.betweenness ? arrays.betweenness[i] : undefined,
      community: c,
    });
  });
  return { nodes, communities, betweenness: !!arrays.betweenness };
}

/** Everything at once, on this thread. */
export function computeStatistics(graph: NewsGraph, progress?: StatisticsProgress): StatisticsResult {
  const input = statisticsInput(graph);
  return statisticsResult(input.keys, computeStatisticsArrays(input, progress));
}

/** Messages between the viewer and statistics.worker.ts. */
export type StatisticsRequest = { type: "compute"; input: StatisticsInput };
export type StatisticsReply =
  | { type: "progress"; phase: StatisticsPhase; step: number; steps: number }
  | { type: "done"; arrays: StatisticsArrays }
  | { type: "error"; message: string };

/** Typed arrays of a result, to transfer rather than copy. */
export function transferables(value: StatisticsInput | StatisticsArrays): ArrayBuffer[] {
  return Object.values(value)
    .filter((v): v is Float64Array | Uint32Array | Int32Array => ArrayBuffer.isView(v))
    .map((v) => v.buffer as ArrayBuffer);
}

/**
 * Computes in a worker made by `makeWorker`, reporting progress; the worker ends with the
 * computation. Rejects when the worker fails (the caller may then compute on the page).
 */
export function computeStatisticsInWorker(
  graph: NewsGraph,
  makeWorker: () => Worker,
  progress: StatisticsProgress = () => undefined,
  signal?: AbortSignal,
): Promise<StatisticsResult> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = makeWorker();
    } catch (e) {
      reject(e instanceof Error ? e : new Error(String(e)));
      return;
    }
    const input = statisticsInput(graph);
    const keys = input.keys;
    const end = () => worker.terminate();
    signal?.addEventListener("abort", () => {
      end();
      reject(new Error("statistics cancelled"));
    });
    worker.onmessage = (event: MessageEvent<StatisticsReply>) => {
      const reply = event.data;
      if (reply.type === "progress") progress(reply.phase, reply.step, reply.steps);
      else if (reply.type === "done") {
        end();
        resolve(statisticsResult(keys, reply.arrays));
      } else {
        end();
        reject(new Error(reply.message));
      }
    };
    worker.onerror = (event) => {
      end();
      event.preventDefault();
      reject(new Error(event.message || "the statistics worker failed"));
    };
    const request: StatisticsRequest = { type: "compute", input };
    worker.postMessage(request, transferables(input));
  });
}
