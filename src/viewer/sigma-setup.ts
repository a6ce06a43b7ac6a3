// Sigma settings, programs and reducers, as explicit typed objects.
// Sigma picks a node's program from `type`; ours holds person/country/…, so the
// node reducer always sets `type` to a registered program: entities are discs
// with a white ring (node-border), events are squares (node-square).
import { createNodeBorderProgram } from "@sigma/node-border";
import { NodeSquareProgram } from "@sigma/node-square";
import { DEFAULT_EDGE_CURVATURE, EdgeCurvedArrowProgram, indexParallelEdgesIndex } from "@sigma/edge-curve";
import { MultiDirectedGraph } from "graphology";
import { EdgeArrowProgram } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { EDGE_COLORS, nodeColor, nodeSize } from "../appearance/appearance";
import type { EdgeAttributes, NodeAttributes } from "../schema/graph";
import type { NewsGraph } from "../schema/model";
import type { ViewState } from "./state";
import { isNodeVisible } from "./visibility";

// Sigma is used with its default (untyped) attributes: reducers below take our typed attributes.
export type ViewerSettings = Settings;

const EntityProgram = createNodeBorderProgram({
  borders: [
    { size: { value: 0.14 }, color: { value: "#ffffff" } },
    { size: { fill: true }, color: { attribute: "color" } },
  ],
});

// Two programs only (every registered program costs a WebGL program and a draw
// call per frame); the node reducer maps our five node types onto them.
export const NODE_PROGRAMS = {
  entity: EntityProgram,
  event: NodeSquareProgram,
} as const;

export const EDGE_PROGRAMS = {
  arrow: EdgeArrowProgram,
  curved: EdgeCurvedArrowProgram,
} as const;

export const FADED_NODE_COLOR = "#e3e6ea";
export const LABEL_COLOR = "#1f2933";

export function sigmaSettings(overrides: Partial<ViewerSettings> = {}): Partial<ViewerSettings> {
  return {
    nodeProgramClasses: NODE_PROGRAMS,
    edgeProgramClasses: EDGE_PROGRAMS,
    defaultNodeType: "entity",
    defaultEdgeType: "arrow",
    renderEdgeLabels: true,
    enableEdgeEvents: true,
    zIndex: true,
    labelFont: "system-ui, -apple-system, 'Segoe UI', sans-serif",
    labelSize: 13,
    labelWeight: "500",
    labelColor: { color: LABEL_COLOR },
    labelDensity: 0.6,
    labelGridCellSize: 80,
    labelRenderedSizeThreshold: 7,
    edgeLabelFont: "system-ui, -apple-system, 'Segoe UI', sans-serif",
    edgeLabelSize: 11,
    edgeLabelColor: { color: "#3e4c59" },
    stagePadding: 36,
    minCameraRatio: 0.03,
    maxCameraRatio: 8,
    ...overrides,
  };
}

/** Curvature of each parallel edge, computed on a bare copy so the user's graph gets no extra attributes. */
export function parallelCurvatures(graph: NewsGraph): Map<string, number> {
  const copy = new MultiDirectedGraph();
  graph.forEachNode((key) => copy.addNode(key));
  graph.forEachEdge((key, _a, source, target) => copy.addDirectedEdgeWithKey(key, source, target));
  indexParallelEdgesIndex(copy, { edgeIndexAttribute: "index", edgeMaxIndexAttribute: "max" });
  const curvatures = new Map<string, number>();
  copy.forEachEdge((key, attrs) => {
    if (typeof attrs.index !== "number") return;
    const max = typeof attrs.max === "number" && attrs.max !== 0 ? attrs.max : 1;
    curvatures.set(key, DEFAULT_EDGE_CURVATURE + (3 * DEFAULT_EDGE_CURVATURE * attrs.index) / max);
  });
  return curvatures;
}

/** What the reducers need, recomputed only when the state changes (not per node). */
export interface ReducerContext {
  state: ViewState;
  /** hovered node, else the selected node */
  focus: string | null;
  /** focus and its neighbours */
  bright: Set<string> | null;
  selectedEdge: string | null;
  curvatures: Map<string, number>;
}

export function reducerContext(graph: NewsGraph, state: ViewState, curvatures: Map<string, number>): ReducerContext {
  const selectedNode = state.selection?.kind === "node" && graph.hasNode(state.selection.key) ? state.selection.key : null;
  const selectedEdge = state.selection?.kind === "edge" && graph.hasEdge(state.selection.key) ? state.selection.key : null;
  const hovered = state.hovered && graph.hasNode(state.hovered) ? state.hovered : null;
  const focus = hovered ?? selectedNode;
  let bright: Set<string> | null = null;
  if (focus) bright = new Set([focus, ...graph.neighbors(focus)]);
  else if (selectedEdge) bright = new Set(graph.extremities(selectedEdge));
  return { state, focus, bright, selectedEdge, curvatures };
}

export function nodeReducer(ctx: ReducerContext, key: string, attrs: NodeAttributes): Partial<NodeDisplayData> {
  const out: Partial<NodeDisplayData> & { type: string } = {
    x: attrs.x,
    y: attrs.y,
    label: attrs.label,
    type: attrs.type === "event" ? "event" : "entity",
    color: attrs.color ?? nodeColor(attrs.type),
    size: attrs.size ?? nodeSize(attrs.mentions ?? 1),
    zIndex: attrs.type === "event" ? 0 : 1,
  };
  if (!isNodeVisible(attrs, ctx.state)) out.hidden = true;
  if (ctx.bright) {
    if (ctx.bright.has(key)) {
      out.zIndex = 3;
      out.forceLabel = ctx.bright.size <= 40;
    } else {
      out.color = FADED_NODE_COLOR;
      out.label = null;
      out.zIndex = 0;
    }
  }
  const sel = ctx.state.selection;
  if (sel?.kind === "node" && sel.key === key) {
    out.highlighted = true;
    out.forceLabel = true;
    out.zIndex = 4;
  }
  return out;
}

export function edgeReducer(
  ctx: ReducerContext,
  key: string,
  attrs: EdgeAttributes,
  source: string,
  target: string,
): Partial<EdgeDisplayData> {
  const curvature = ctx.curvatures.get(key);
  const out: Partial<EdgeDisplayData> & { curvature?: number } = {
    label: null,
    type: curvature === undefined ? "arrow" : "curved",
    color: attrs.color ?? EDGE_COLORS[attrs.kind] ?? EDGE_COLORS.relation,
    size: attrs.size ?? Math.min(4, 1 + 0.5 * Math.max(0, (attrs.mentions ?? 1) - 1)),
    zIndex: 0,
  };
  if (curvature !== undefined) out.curvature = curvature;
  if (ctx.selectedEdge === key) {
    out.label = attrs.label;
    out.forceLabel = true;
    out.color = "#1f2933";
    out.size = (out.size ?? 1) + 1.5;
    out.zIndex = 2;
  } else if (ctx.focus) {
    if (source === ctx.focus || target === ctx.focus) {
      out.label = attrs.label;
      out.forceLabel = true;
      out.zIndex = 1;
    } else out.hidden = true;
  } else if (ctx.selectedEdge) out.hidden = true;
  return out;
}
