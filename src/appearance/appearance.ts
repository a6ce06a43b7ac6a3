// How the graph looks, shared by the viewer, SVG/PNG pictures and GraphML/GEXF viz attributes,
// so every rendering of one graph shows the same colours and sizes.
import type { NodeType } from "../schema/graph";

/** Colour-blind-friendly palette (Okabe–Ito), one colour per node type. */
export const TYPE_COLORS: Record<NodeType, string> = {
  person: "#0072B2",
  country: "#D55E00",
  place: "#009E73",
  organization: "#E69F00",
  event: "#CC79A7",
};

export const TYPE_LABELS: Record<NodeType, string> = {
  person: "Person",
  country: "Country",
  place: "Place",
  organization: "Organization",
  event: "Event",
};

export const EDGE_COLORS = { role: "#9aa5b1", relation: "#56606b", participant: "#c9b3c4" } as const;

/** Node size from its mention count: grows with the square root, bounded. */
export function nodeSize(mentions: number): number {
  return Math.round((4 + 3 * Math.sqrt(Math.max(0, Math.min(mentions, 100)))) * 100) / 100;
}

export function nodeColor(type: NodeType): string {
  return TYPE_COLORS[type] ?? "#888888";
}
