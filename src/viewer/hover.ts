// How a hovered node shows. On a small graph the hover fades the rest of the graph at once, as a
// selection does: re-reducing a few thousand items costs a few milliseconds. On a large one that
// fade re-reduced and redrew the whole WebGL scene on every pointer event (0.8 s on 10k nodes /
// 50k edges, 1.7 s on 20k / 100k, where bare sigma shows its hover in one frame), so there the
// hover lights the node and its neighbours on sigma's hover layer only, as sigma itself does: their
// display data is reduced again (highlighted, labelled), then only that layer is drawn.
import type Sigma from "sigma";
import type { NewsGraph } from "../schema/model";
import type { ReducerContext } from "./reducers";

export interface HoverSettings {
  /**
   * Graphs with at most this many edges fade everything but the hovered node's neighbourhood, at
   * once; larger ones light the neighbourhood on the hover layer and leave the scene as it is.
   */
  fadeMaxEdges: number;
}

export const DEFAULT_HOVER_SETTINGS: HoverSettings = { fadeMaxEdges: 2000 };

/** Whether hovering a node of this graph fades the rest (the reducers' `hoverFades`). */
export function hoverFades(graph: NewsGraph, settings: HoverSettings): boolean {
  return graph.size <= settings.fadeMaxEdges;
}

/**
 * The nodes to reduce again when only the lit neighbourhood changed between two contexts (the
 * pointer went onto, off or across nodes of a graph whose hover does not fade); null when the
 * focus changed too, which redraws the scene (focus-delta.ts).
 */
export function litDelta(before: ReducerContext, after: ReducerContext): string[] | null {
  if (before.focus !== after.focus || before.selectedEdge !== after.selectedEdge) return null;
  if (!before.lit && !after.lit) return null;
  return [...new Set([...(before.lit ?? []), ...(after.lit ?? [])])];
}

interface SigmaInternals {
  updateNode?(key: string): void;
  scheduleHighlightedNodesRender?(): void;
}

/**
 * Reduces these nodes again and draws sigma's hover layer alone, as sigma does on its own hover.
 * sigma's public partial refresh would re-reduce only them too, but it always renders the whole
 * scene after (refresh() ends in render()): the cost this avoids. The reducers keep the lit
 * nodes' position, size and zIndex, so the WebGL buffers, left as they are, stay right.
 */
export function relight(sigma: Sigma, nodes: string[]): void {
  const internal = sigma as unknown as SigmaInternals;
  if (!internal.updateNode || !internal.scheduleHighlightedNodesRender) {
    sigma.refresh({ partialGraph: { nodes }, skipIndexation: true });
    return;
  }
  for (const key of nodes) internal.updateNode.call(sigma, key);
  internal.scheduleHighlightedNodesRender.call(sigma);
}
