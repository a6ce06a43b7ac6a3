import type { NewsGraph } from "../schema/model";
import { NODE_TYPES } from "../schema/graph";

/** "23 nodes (7 person, 3 country, 2 place, 5 organization, 6 event), 40 edges" */
export function describeGraph(graph: NewsGraph): string {
  const counts = new Map<string, number>(NODE_TYPES.map((t) => [t, 0]));
  graph.forEachNode((_, a) => counts.set(a.type, (counts.get(a.type) ?? 0) + 1));
  const parts = NODE_TYPES.map((t) => `${counts.get(t)} ${t}`).join(", ");
  return `${graph.order} nodes (${parts}), ${graph.size} edges`;
}

export function elapsed(since: number): string {
  const ms = performance.now() - since;
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}
