// Parallel-edge curvatures, pure (no sigma import, so Node tests can use them); sigma-setup.ts
// gives them @sigma/edge-curve's base curvature.
import type { NewsGraph } from "../schema/model";

/**
 * Curvature of each parallel edge (including opposite pairs), indexed as @sigma/edge-curve's
 * indexParallelEdgesIndex does, computed in place: the user's graph gets no extra attributes,
 * and one pass groups edges by (source, target) with nested maps, no string keys, no graph copy.
 */
export function curvaturesOf(graph: NewsGraph, base: number): Map<string, number> {
  // a pair's edges: the key alone while it has one (nearly every pair), an array from the second on
  const groups = new Map<string, Map<string, string | string[]>>();
  graph.forEachEdge((edge, _a, source, target) => {
    let bySource = groups.get(source);
    if (!bySource) groups.set(source, (bySource = new Map()));
    const seen = bySource.get(target);
    if (seen === undefined) bySource.set(target, edge);
    else if (typeof seen === "string") bySource.set(target, [seen, edge]);
    else seen.push(edge);
  });
  const curvatures = new Map<string, number>();
  const set = (edge: string, index: number, max: number) =>
    curvatures.set(edge, base + (3 * base * index) / (max === 0 ? 1 : max));
  for (const [source, bySource] of groups) {
    for (const [target, edges] of bySource) {
      const opposite = groups.get(target)?.has(source) ?? false;
      if (typeof edges === "string") {
        if (opposite) set(edges, 1, 1);
        continue;
      }
      const n = edges.length;
      if (!opposite) edges.forEach((edge, i) => set(edge, -(n - 1) / 2 + i, (n - 1) / 2));
      else edges.forEach((edge, i) => set(edge, i + 1, n));
    }
  }
  return curvatures;
}
