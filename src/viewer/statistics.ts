// Gephi Lite's node statistics, computed with graphology's packages on a simple undirected
// copy of the graph (parallel edges merged into a weight): degree, weighted degree, PageRank,
// betweenness and Louvain communities. Pure and deterministic (Louvain gets a seeded RNG).
import { UndirectedGraph } from "graphology";
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

/** betweenness is O(nodes × edges): above this it would block the page for seconds */
export const MAX_BETWEENNESS_NODES = 3000;

/** Undirected, simple, weighted by how many edges (in either direction) join two nodes. */
function simpleCopy(graph: NewsGraph): UndirectedGraph {
  const g = new UndirectedGraph();
  graph.forEachNode((key) => g.addNode(key));
  graph.forEachEdge((_e, attrs, source, target) => {
    if (source === target) return;
    const w = Math.max(1, attrs.mentions ?? 1);
    if (g.hasEdge(source, target)) g.updateEdgeAttribute(source, target, "weight", (x: number) => x + w);
    else g.addEdge(source, target, { weight: w });
  });
  return g;
}

export interface StatisticsResult {
  nodes: Map<string, NodeStatistics>;
  communities: number;
  /** whether betweenness was computed */
  betweenness: boolean;
}

export function computeStatistics(graph: NewsGraph): StatisticsResult {
  const g = simpleCopy(graph);
  const rank = g.size > 0 ? pagerank(g, { getEdgeWeight: "weight" }) : {};
  const withBetweenness = g.order <= MAX_BETWEENNESS_NODES;
  const between = withBetweenness ? betweennessCentrality(g, { normalized: true }) : {};
  const community = g.size > 0 ? louvain(g, { getEdgeWeight: "weight", rng: createRandom(7) }) : {};
  const nodes = new Map<string, NodeStatistics>();
  let communities = 0;
  graph.forEachNode((key) => {
    let weighted = 0;
    g.forEachEdge(key, (_e, a) => (weighted += a.weight as number));
    const c = community[key] ?? -1;
    communities = Math.max(communities, c + 1);
    nodes.set(key, {
      degree: graph.degree(key),
      weightedDegree: weighted,
      pagerank: rank[key] ?? 0,
      betweenness: withBetweenness ? (between[key] ?? 0) : undefined,
      community: c,
    });
  });
  return { nodes, communities, betweenness: withBetweenness };
}
