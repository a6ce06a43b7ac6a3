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

export type ThemeName = "light" | "dark";

/** What a theme changes on the canvas; the page's colours are the CSS variables in viewer/styles.ts. */
export interface CanvasPalette {
  background: string;
  label: string;
  edgeLabel: string;
  /** nodes away from the focus */
  faded: string;
  /** the ring around entity discs, so touching discs stay apart */
  ring: string;
  selectedEdge: string;
}

// label colours hold ≥ 4.5:1 against their background (checked by test/e2e/theme.test.ts)
export const CANVAS_PALETTES: Record<ThemeName, CanvasPalette> = {
  light: {
    background: "#ffffff",
    label: "#1f2933",
    edgeLabel: "#3e4c59",
    faded: "#e3e6ea",
    ring: "#ffffff",
    selectedEdge: "#1f2933",
  },
  dark: {
    background: "#15191e",
    label: "#e4e7eb",
    edgeLabel: "#c3cad3",
    faded: "#2f3740",
    ring: "#15191e",
    selectedEdge: "#e4e7eb",
  },
};
