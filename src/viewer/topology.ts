// Topological filters, as in Gephi Lite: the ego network of a node to a depth, its connected
// component, and the k-core of the graph. Each gives the set of nodes to keep. Pure.
import { bfsFromNode } from "graphology-traversal";
import type { NewsGraph } from "../schema/model";

export type TopologyFilter =
  { kind: "ego"; node: string; depth: number } | { kind: "component"; node: string } | { kind: "core"; k: number };

/** Nodes within `depth` steps of `node`, edges followed both ways. */
export function egoNetwork(graph: NewsGraph, node: string, depth: number): Set<string> {
  const out = new Set<string>();
  if (!graph.hasNode(node)) return out;
  bfsFromNode(
    graph,
    node,
    (key, _attrs, d) => {
      out.add(key);
      return d >= depth; // true: do not go past this node
    },
    // "directed" walks in- and out-neighbours alike: the ego network ignores edge direction
    { mode: graph.type === "undirected" ? "undirected" : "directed" } as never,
  );
  return out;
}

export function componentOf(graph: NewsGraph, node: string): Set<string> {
  return egoNetwork(graph, node, Infinity);
}

/** The k-core: peel nodes of (undirected, distinct-neighbour) degree below k until none is left. */
export function kCore(graph: NewsGraph, k: number): Set<string> {
  const degree = new Map<string, number>();
  graph.forEachNode((key) => degree.set(key, graph.neighbors(key).length));
  const alive = new Set(graph.nodes());
  const queue = [...alive].filter((key) => degree.get(key)! < k);
  for (const key of queue) alive.delete(key);
  while (queue.length) {
    const key = queue.pop()!;
    for (const n of graph.neighbors(key)) {
      if (!alive.has(n)) continue;
      const d = degree.get(n)! - 1;
      degree.set(n, d);
      if (d < k) {
        alive.delete(n);
        queue.push(n);
      }
    }
  }
  return alive;
}

export function topologyKeep(graph: NewsGraph, filter: TopologyFilter | null): Set<string> | null {
  if (!filter) return null;
  if (filter.kind === "ego") return egoNetwork(graph, filter.node, filter.depth);
  if (filter.kind === "component") return componentOf(graph, filter.node);
  return kCore(graph, filter.k);
}
