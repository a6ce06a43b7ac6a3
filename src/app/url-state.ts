// The shareable part of the view state in the URL hash, so a link reopens the
// same view: selection, filters and camera. Pure.
// Types only from the schema: its runtime module carries zod, kept out of the first load.
import { TYPE_COLORS } from "../appearance/appearance";
import type { EventKind, NodeType } from "../schema/graph";
import type { CameraView, ViewState } from "../viewer/index";

const NODE_TYPES = Object.keys(TYPE_COLORS);

export type SharedState = Pick<ViewState, "selection" | "hiddenTypes" | "hiddenKinds" | "minMentions" | "camera"> & {
  /** the id of the graph the state belongs to (see app/saved-graphs.ts) */
  graph?: string;
};

const round = (n: number) => Math.round(n * 1e4) / 1e4;

export function encodeViewState(state: Partial<SharedState>): string {
  const params = new URLSearchParams();
  if (state.graph) params.set("g", state.graph);
  if (state.selection) params.set(state.selection.kind === "node" ? "node" : "edge", state.selection.key);
  if (state.hiddenTypes?.length) params.set("hide", [...state.hiddenTypes].sort().join(","));
  if (state.hiddenKinds?.length) params.set("kinds", [...state.hiddenKinds].sort().join(","));
  if (state.minMentions) params.set("min", String(state.minMentions));
  const c = state.camera;
  if (c) params.set("cam", [c.x, c.y, c.ratio, c.angle].map(round).join(","));
  return params.toString();
}

/** Reads what it can from a hash ("#node=…&hide=…"); ignores anything malformed. */
export function decodeViewState(hash: string): Partial<SharedState> {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const out: Partial<SharedState> = {};
  const graph = params.get("g");
  if (graph && /^[0-9a-f]{8,64}$/.test(graph)) out.graph = graph;
  const node = params.get("node");
  const edge = params.get("edge");
  if (node) out.selection = { kind: "node", key: node };
  else if (edge) out.selection = { kind: "edge", key: edge };
  const hide = params.get("hide");
  if (hide) out.hiddenTypes = hide.split(",").filter((t): t is NodeType => NODE_TYPES.includes(t));
  const kinds = params.get("kinds");
  // an unknown kind hides nothing, so any lower-case word will do
  if (kinds) out.hiddenKinds = kinds.split(",").filter((k): k is EventKind => /^[a-z]+$/.test(k));
  const min = Number(params.get("min"));
  if (Number.isInteger(min) && min > 0) out.minMentions = min;
  const cam = params.get("cam")?.split(",").map(Number);
  if (cam && cam.length === 4 && cam.every(Number.isFinite) && cam[2] > 0) {
    const camera: CameraView = { x: cam[0], y: cam[1], ratio: cam[2], angle: cam[3] };
    out.camera = camera;
  }
  return out;
}
