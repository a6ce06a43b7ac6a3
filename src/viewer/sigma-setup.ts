// Sigma settings and programs, as explicit typed objects (reducers live in reducers.ts).
// Sigma picks a node's program from `type`; ours holds person/country/…, so the
// node reducer always sets `type` to a registered program: entities are discs
// with a white ring (node-border), events are squares (node-square).
import { createNodeBorderProgram } from "@sigma/node-border";
import { NodeSquareProgram } from "@sigma/node-square";
import { DEFAULT_EDGE_CURVATURE, EdgeCurvedArrowProgram, indexParallelEdgesIndex } from "@sigma/edge-curve";
import { MultiDirectedGraph } from "graphology";
import { EdgeArrowProgram } from "sigma/rendering";
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
  curved: EdgeCurvedArrowProgram,
} as const;

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

