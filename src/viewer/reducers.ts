// Sigma node and edge reducers: how each item is drawn for the current view
// state (colours, sizes, fading around the focus, filters, edge labels). Pure:
// no sigma import, so they are testable anywhere.
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { CANVAS_PALETTES, EDGE_COLORS, nodeColor, nodeSize, type CanvasPalette } from "../appearance/appearance";
import type { EdgeAttributes, NodeAttributes } from "../schema/graph";
import type { NewsGraph } from "../schema/model";
import type { ViewState } from "./state";
import { isNodeVisible } from "./visibility";

/**
 * The type of the edges a focus hides (all but the focus's own); sigma-setup.ts registers a
 * program that draws nothing under it. Sigma draws hidden edges as zeros in their program's
 * buffer, so a hover on 100k edges still uploaded and ran 100k of them, twice (picture and
 * picking), for the dozen shown; in a program of their own they cost no GPU time, and the shown
 * edges keep their order in theirs.
 */
export const HIDDEN_EDGE_TYPE = "hidden";

export const LABEL_COLOR = CANVAS_PALETTES.light.label;
export const FADED_NODE_COLOR = CANVAS_PALETTES.light.faded;
/** canvas labels longer than this are cut (the full label is in the panel and on hover) */
export const MAX_LABEL_LENGTH = 32;

/** the hovered node's and edge labels are drawn longer, but capped too: measuring 64 KB of text freezes a page */
export const MAX_FOCUS_LABEL_LENGTH = 120;

export function shortLabel(label: string, max = MAX_LABEL_LENGTH): string {
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}

/** What the reducers need, recomputed only when the state changes (not per node). */
export interface ReducerContext {
  state: ViewState;
  /** hovered node if its hover fades the rest, else the selected node */
  focus: string | null;
  /** the hovered node, whether or not it is the focus */
  hovered: string | null;
  /**
   * the hovered node and its neighbours when its hover does not fade the rest (large graphs,
   * hover.ts): drawn again on sigma's hover layer, the scene left as it is
   */
  lit: Set<string> | null;
  /** focus and its neighbours */
  bright: Set<string> | null;
  /** the edges at the focus: the only ones drawn while it is focused */
  focusEdges: Set<string> | null;
  selectedEdge: string | null;
  curvatures: Map<string, number>;
  /** sigma program for edges that are not curved */
  straightEdges: string;
  palette: CanvasPalette;
  /** colour and size of each node under the current appearance mapping (absent: by type and mentions) */
  appearance: { color: Map<string, string>; size: Map<string, number> } | null;
  /** when set, only these nodes may show (topological filter, "keep only") */
  keep: Set<string> | null;
  hiddenNodes: Set<string>;
  picked: Set<string>;
}

export interface NodeFilters {
  appearance?: ReducerContext["appearance"];
  keep?: Set<string> | null;
  /** whether a hover fades all but the hovered node's neighbourhood (default), or only lights it (hover.ts) */
  hoverFades?: boolean;
}

export function reducerContext(
  graph: NewsGraph,
  state: ViewState,
  curvatures: Map<string, number>,
  straightEdges = "arrow",
  palette: CanvasPalette = CANVAS_PALETTES.light,
  extra: NodeFilters = {},
): ReducerContext {
  const selectedNode =
    state.selection?.kind === "node" && graph.hasNode(state.selection.key) ? state.selection.key : null;
  const selectedEdge =
    state.selection?.kind === "edge" && graph.hasEdge(state.selection.key) ? state.selection.key : null;
  const hovered = state.hovered && graph.hasNode(state.hovered) ? state.hovered : null;
  const hoverFades = extra.hoverFades ?? true;
  const focus = (hoverFades ? hovered : null) ?? selectedNode;
  const lit = hovered && !hoverFades ? new Set([hovered, ...graph.neighbors(hovered)]) : null;
  let bright: Set<string> | null = null;
  let focusEdges: Set<string> | null = null;
  if (focus) {
    bright = new Set([focus, ...graph.neighbors(focus)]);
    // one walk of the focus's edges here, instead of looking up both ends of every edge in the reducer
    const edges = (focusEdges = new Set<string>());
    graph.forEachEdge(focus, (edge) => void edges.add(edge));
  } else if (selectedEdge) bright = new Set(graph.extremities(selectedEdge));
  return {
    state,
    focus,
    hovered,
    lit,
    bright,
    focusEdges,
    selectedEdge,
    curvatures,
    straightEdges,
    palette,
    appearance: extra.appearance ?? null,
    keep: extra.keep ?? null,
    hiddenNodes: new Set(state.hiddenNodes ?? []),
    picked: new Set(state.picked ?? []),
  };
}

export function nodeReducer(ctx: ReducerContext, key: string, attrs: NodeAttributes): Partial<NodeDisplayData> {
  const out: Partial<NodeDisplayData> & { type: string; ringColor: string } = {
    ringColor: ctx.palette.ring,
    x: attrs.x,
    y: attrs.y,
    label: shortLabel(attrs.label),
    type: attrs.type === "event" ? "event" : "entity",
    // derived here, from the appearance module: stored colours and sizes are not the source
    color: ctx.appearance?.color.get(key) ?? nodeColor(attrs.type),
    size: ctx.appearance?.size.get(key) ?? nodeSize(attrs.mentions ?? 1),
    // Entities and events are drawn by two programs, one after the other, so a zIndex between
    // them would change nothing on screen; one value for all spares sigma a sort of every node
    // on each refresh. Only a focus (below) lifts nodes, inside their program.
    zIndex: 0,
  };
  if (!isNodeVisible(attrs, ctx.state) || (ctx.keep && !ctx.keep.has(key)) || ctx.hiddenNodes.has(key))
    out.hidden = true;
  if (ctx.picked.has(key)) {
    out.highlighted = true;
    out.forceLabel = true;
  }
  if (ctx.bright) {
    if (ctx.bright.has(key)) {
      out.zIndex = 3;
      out.forceLabel = ctx.bright.size <= 40;
    } else {
      out.color = ctx.palette.faded;
      out.label = null;
      out.zIndex = 0;
    }
  }
  const sel = ctx.state.selection;
  if (key === ctx.focus) out.label = shortLabel(attrs.label, MAX_FOCUS_LABEL_LENGTH);
  if (sel?.kind === "node" && sel.key === key) {
    out.highlighted = true;
    out.forceLabel = true;
    out.zIndex = 4;
  }
  if (ctx.lit?.has(key)) {
    // drawn again on the hover layer (above the scene), in its own colour and labelled over
    // whatever a selection faded; position, size and zIndex stay, so the scene needs no redraw
    out.highlighted = true;
    out.color = ctx.appearance?.color.get(key) ?? nodeColor(attrs.type);
    out.label = shortLabel(attrs.label, key === ctx.hovered ? MAX_FOCUS_LABEL_LENGTH : MAX_LABEL_LENGTH);
  }
  return out;
}

/** An edge the focus hides: drawn by no program (sigma-setup.ts: HIDDEN_EDGE_TYPE). */
function hide(out: Partial<EdgeDisplayData> & { curvature?: number }): void {
  out.hidden = true;
  out.type = HIDDEN_EDGE_TYPE;
  delete out.curvature;
}

export function edgeReducer(ctx: ReducerContext, key: string, attrs: EdgeAttributes): Partial<EdgeDisplayData> {
  const curvature = ctx.curvatures.get(key);
  const out: Partial<EdgeDisplayData> & { curvature?: number } = {
    label: null,
    type: curvature === undefined ? ctx.straightEdges : "curved",
    color: attrs.color ?? EDGE_COLORS[attrs.kind] ?? EDGE_COLORS.relation,
    // at least 2 px: sigma picks edges on a half-resolution buffer, thinner ones are hard to click
    size: attrs.size ?? Math.min(5, 2 + 0.5 * Math.max(0, (attrs.mentions ?? 1) - 1)),
    zIndex: 0,
  };
  if (curvature !== undefined) out.curvature = curvature;
  // Only the edges drawn need an order, and sigma's sort is stable: the focus's edges keep zIndex 0
  // (drawn in graph order either way) and only a selected edge drawn with them is lifted. Any other
  // zIndex would have sigma sort every edge of the graph on each hover.
  if (ctx.selectedEdge === key) {
    out.label = shortLabel(attrs.label, MAX_FOCUS_LABEL_LENGTH);
    out.forceLabel = true;
    out.color = ctx.palette.selectedEdge;
    out.size = (out.size ?? 1) + 1.5;
    if (ctx.focus) out.zIndex = 1;
  } else if (ctx.focusEdges) {
    if (ctx.focusEdges.has(key)) {
      // a bare "participant" role says nothing the square node does not
      out.label = attrs.kind === "participant" && attrs.label === "participant" ? null : shortLabel(attrs.label, 48);
      out.forceLabel = true;
    } else hide(out);
  } else if (ctx.selectedEdge) hide(out);
  return out;
}
