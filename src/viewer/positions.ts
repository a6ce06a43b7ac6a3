// Sigma needs x/y on every node. Graphs from the CLI carry a deterministic
// layout; for the rest (hand-made, imported without positions) fall back to a circle.
import circular from "graphology-layout/circular";
import type { NewsGraph } from "../schema/model";

export function hasPositions(graph: NewsGraph): boolean {
  let ok = true;
  graph.someNode((_k, a) => {
    ok = Number.isFinite(a.x) && Number.isFinite(a.y);
    return !ok;
  });
  return ok;
}

/** Writes a circular layout into the graph if any node lacks a position. Returns whether it did. */
export function ensurePositions(graph: NewsGraph): boolean {
  if (hasPositions(graph)) return false;
  circular.assign(graph, { scale: 100 });
  return true;
}
