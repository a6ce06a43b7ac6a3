// Sigma settings and programs, as explicit typed objects (reducers live in reducers.ts).
// Sigma picks a node's program from `type`; ours holds person/country/…, so the
// node reducer always sets `type` to a registered program: entities are discs
// with a white ring (node-border), events are squares (node-square).
import { createNodeBorderProgram } from "@sigma/node-border";
import { NodeSquareProgram } from "@sigma/node-square";
import { DEFAULT_EDGE_CURVATURE, EdgeCurvedArrowProgram, indexParallelEdgesIndex } from "@sigma/edge-curve";
import { MultiDirectedGraph } from "graphology";
import { EdgeArrowProgram, EdgeLineProgram } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { NewsGraph } from "../schema/model";
import { LABEL_COLOR } from "./reducers";

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
  line: EdgeLineProgram,
  curved: EdgeCurvedArrowProgram,
} as const;

/** Above this many edges, arrows and edge picking cost more frame time than they give. */
export const LARGE_GRAPH_EDGES = 2000;

/** What a graph needs drawn: each program registered costs shader compiles and a draw call per frame. */
export interface RenderPlan {
  /** program for edges that are not parallel */
  straightEdges: "arrow" | "line";
  /** whether some edges are parallel and need the curved program */
  curved: boolean;
  /** clickable/hoverable edges (an extra picking pass per frame) */
  edgeEvents: boolean;
}

export function renderPlan(graph: NewsGraph, curvatures: Map<string, number>): RenderPlan {
  const large = graph.size > LARGE_GRAPH_EDGES;
  return { straightEdges: large ? "line" : "arrow", curved: curvatures.size > 0, edgeEvents: !large };
}

export function sigmaSettings(plan: RenderPlan, overrides: Partial<ViewerSettings> = {}): Partial<ViewerSettings> {
  return {
    nodeProgramClasses: NODE_PROGRAMS,
    edgeProgramClasses: {
      [plan.straightEdges]: EDGE_PROGRAMS[plan.straightEdges],
      ...(plan.curved ? { curved: EDGE_PROGRAMS.curved } : {}),
    },
    defaultNodeType: "entity",
    defaultEdgeType: plan.straightEdges,
    // switched on by the viewer while a node or edge is focused
    renderEdgeLabels: false,
    enableEdgeEvents: plan.edgeEvents,
    zIndex: true,
    labelFont: "system-ui, -apple-system, 'Segoe UI', sans-serif",
    labelSize: 13,
    labelWeight: "500",
    labelColor: { color: LABEL_COLOR },
    labelDensity: 0.7,
    labelGridCellSize: 100,
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

/**
 * Curvature of each parallel edge (including opposite pairs), from sigma's own
 * indexParallelEdgesIndex run on a bare copy holding only the parallel edges:
 * the user's graph gets no extra attributes, and big graphs pay one pass.
 */
export function parallelCurvatures(graph: NewsGraph): Map<string, number> {
  // pass 1, per source node, no string keys: an edge is parallel if its target repeats
  // among the source's out-edges or an edge runs back the other way
  const parallel = new Set<string>();
  const perTarget = new Map<string, string[]>();
  graph.forEachNode((source) => {
    perTarget.clear();
    graph.forEachOutEdge(source, (edge, _a, _s, target) => {
      const list = perTarget.get(target);
      if (list) list.push(edge);
      else perTarget.set(target, [edge]);
    });
    for (const [target, edges] of perTarget) {
      if (edges.length > 1 || graph.hasDirectedEdge(target, source)) for (const e of edges) parallel.add(e);
    }
  });
  if (parallel.size === 0) return new Map();
  const copy = new MultiDirectedGraph();
  graph.forEachEdge((key, _a, source, target) => {
    if (!parallel.has(key)) return;
    copy.mergeNode(source);
    copy.mergeNode(target);
    copy.addDirectedEdgeWithKey(key, source, target);
  });
  const curvatures = new Map<string, number>();
  indexParallelEdgesIndex(copy, { edgeIndexAttribute: "index", edgeMaxIndexAttribute: "max" });
  copy.forEachEdge((key, attrs) => {
    if (typeof attrs.index !== "number") return;
    const max = typeof attrs.max === "number" && attrs.max !== 0 ? attrs.max : 1;
    curvatures.set(key, DEFAULT_EDGE_CURVATURE + (3 * DEFAULT_EDGE_CURVATURE * attrs.index) / max);
  });
  return curvatures;
}

