// Which nodes and edges a focus change redraws. Hovering or selecting re-reduced every node and
// edge of the graph (on 20k nodes / 100k edges, most of a second before the frame); moving from
// one focus to another (the pointer from node to node, a click on the hovered node) changes only
// the two neighbourhoods, so sigma re-reduces those alone (refresh with a partialGraph). Pure, so
// test/viewer checks it against the reducers on every node and edge.
import type { NewsGraph } from "../schema/model";
import type { ReducerContext } from "./reducers";

export interface FocusDelta {
  nodes: string[];
  edges: string[];
}

const selectedNode = (ctx: ReducerContext) => (ctx.state.selection?.kind === "node" ? ctx.state.selection.key : null);

/**
 * The nodes and edges whose drawing may differ between `before` and `after`, two contexts alike
 * but for the hovered node and the selection; null when any may (a focus came or went: every
 * other node fades or returns, every other edge hides or shows).
 */
export function focusDelta(graph: NewsGraph, before: ReducerContext, after: ReducerContext): FocusDelta | null {
  // bright is set exactly while something is focused or an edge selected: then the rest is faded
  // and hidden alike in both, whichever node or edge is in focus
  if (!before.bright || !after.bright) return before.bright === after.bright ? { nodes: [], edges: [] } : null;
  const nodes = new Set<string>([...before.bright, ...after.bright, ...(before.lit ?? []), ...(after.lit ?? [])]);
  for (const key of [before.focus, after.focus, selectedNode(before), selectedNode(after)])
    if (key !== null && graph.hasNode(key)) nodes.add(key);
  const edges = new Set<string>();
  for (const set of [before.focusEdges, after.focusEdges]) if (set) for (const edge of set) edges.add(edge);
  for (const edge of [before.selectedEdge, after.selectedEdge]) if (edge !== null) edges.add(edge);
  return { nodes: [...nodes], edges: [...edges] };
}
