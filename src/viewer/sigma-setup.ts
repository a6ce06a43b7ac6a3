// Sigma settings and programs, as explicit typed objects (reducers live in reducers.ts).
// Sigma picks a node's program from `type`; ours holds person/country/…, so the
// node reducer always sets `type` to a registered program: entities are discs
// with a white ring (node-border), events are squares (node-square).
import { createNodeBorderProgram } from "@sigma/node-border";
import { NodeSquareProgram } from "@sigma/node-square";
import { DEFAULT_EDGE_CURVATURE, EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import { EdgeArrowProgram, EdgeLineProgram, type EdgeProgramType, type NodeProgramType } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { NodeDisplayData, RenderParams } from "sigma/types";
import type { NewsGraph } from "../schema/model";
import { CANVAS_PALETTES, type CanvasPalette } from "../appearance/appearance";
import { curvaturesOf } from "./curvatures";
import { HIDDEN_EDGE_TYPE } from "./reducers";

// Sigma is used with its default (untyped) attributes: reducers below take our typed attributes.
export type ViewerSettings = Settings;

const EntityProgram = createNodeBorderProgram({
  borders: [
    { size: { value: 0.14 }, color: { attribute: "ringColor", defaultValue: "#ffffff" } },
    { size: { fill: true }, color: { attribute: "color" } },
  ],
});

/**
 * Events are squares; their hover box is the viewer's own (hover-labels.ts: theme colours, labels
 * kept apart), not the square program's white one, which sigma would prefer to the default.
 */
class EventProgram extends NodeSquareProgram {
  drawHover = undefined as unknown as NodeSquareProgram["drawHover"];
}

// Two programs only (every registered program costs a WebGL program and a draw
// call per frame); the node reducer maps our five node types onto them.
export const NODE_PROGRAMS = {
  entity: EntityProgram,
  event: EventProgram,
} as const;

/**
 * Sigma always registers its default programs (nodes "circle", edges "arrow" and "line") beside
 * ours, and each compiles its shaders at mount (software GL: milliseconds each). This one stands
 * in for the defaults nothing is drawn with: no shaders, no draw call.
 */
class UnusedProgram {
  drawLabel = undefined;
  drawHover = undefined;
  reallocate(): void {}
  process(): void {}
  render(): void {}
  kill(): void {}
}

type ProgramArgs = [WebGLRenderingContext, WebGLFramebuffer | null, unknown];
interface ProgramLike {
  reallocate(capacity: number): void;
  process(...args: unknown[]): void;
  render(params: RenderParams): void;
  kill(): void;
}

/**
 * A hover program (it draws the hovered and highlighted nodes only, usually none at load) compiled
 * when first needed or in the first idle moment after mount, whichever comes first: its shaders
 * stay off the first frame, and the first hover does not pay for them.
 */
function deferredProgram(Program: NodeProgramType): NodeProgramType {
  class Deferred {
    drawLabel = undefined;
    drawHover = undefined;
    private real: ProgramLike | null = null;
    private killed = false;
    private readonly args: ProgramArgs;
    constructor(...args: ProgramArgs) {
      this.args = args;
      const idle = globalThis.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 50));
      idle(() => !this.killed && this.program());
    }
    private program(): ProgramLike {
      return (this.real ??= new (Program as unknown as new (...a: ProgramArgs) => ProgramLike)(...this.args));
    }
    reallocate(capacity: number): void {
      if (capacity > 0 || this.real) this.program().reallocate(capacity);
    }
    process(nodeIndex: number, offset: number, data: NodeDisplayData): void {
      this.program().process(nodeIndex, offset, data);
    }
    render(params: RenderParams): void {
      this.real?.render(params);
    }
    kill(): void {
      this.killed = true;
      this.real?.kill();
      this.real = null;
    }
  }
  return Deferred as unknown as NodeProgramType;
}

const HOVER_PROGRAMS = {
  entity: deferredProgram(EntityProgram),
  event: deferredProgram(NodeSquareProgram),
};

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

export function sigmaSettings(
  plan: RenderPlan,
  overrides: Partial<ViewerSettings> = {},
  palette: CanvasPalette = CANVAS_PALETTES.light,
): Partial<ViewerSettings> {
  return {
    nodeProgramClasses: { circle: UnusedProgram as unknown as NodeProgramType, ...NODE_PROGRAMS },
    nodeHoverProgramClasses: HOVER_PROGRAMS,
    edgeProgramClasses: {
      arrow: UnusedProgram as unknown as EdgeProgramType,
      line: UnusedProgram as unknown as EdgeProgramType,
      [plan.straightEdges]: EDGE_PROGRAMS[plan.straightEdges],
      ...(plan.curved ? { curved: EDGE_PROGRAMS.curved } : {}),
      // edges the focus hides: kept out of the drawn programs' buffers (see HIDDEN_EDGE_TYPE)
      [HIDDEN_EDGE_TYPE]: UnusedProgram as unknown as EdgeProgramType,
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
    labelColor: { color: palette.label },
    labelDensity: 0.7,
    labelGridCellSize: 100,
    labelRenderedSizeThreshold: 7,
    edgeLabelFont: "system-ui, -apple-system, 'Segoe UI', sans-serif",
    edgeLabelSize: 11,
    edgeLabelColor: { color: palette.edgeLabel },
    stagePadding: 36,
    minCameraRatio: 0.03,
    maxCameraRatio: 8,
    ...overrides,
  };
}

/** Curvature of each parallel edge (including opposite pairs), as @sigma/edge-curve draws them. */
export function parallelCurvatures(graph: NewsGraph): Map<string, number> {
  return curvaturesOf(graph, DEFAULT_EDGE_CURVATURE);
}
