// Appearance by attribute: which attribute colours the nodes and which sizes them, as Gephi
// Lite's appearance panel does. Turns a mapping into a colour and a size per node, and into the
// legend's entries that explain it. Pure; the viewer's reducers and the legend read it.
import type { NewsGraph } from "../schema/model";
import { nodeColor, nodeSize, TYPE_COLORS, TYPE_LABELS } from "./appearance";

export type ColorBy = "type" | "community" | "kind" | "file";
export type SizeBy = "mentions" | "degree" | "weightedDegree" | "pagerank" | "betweenness";

export const COLOR_BY_LABELS: Record<ColorBy, string> = {
  type: "Type",
  community: "Community (Louvain)",
  kind: "Event kind",
  file: "Colours in the file",
};
export const SIZE_BY_LABELS: Record<SizeBy, string> = {
  mentions: "Mentions",
  degree: "Degree",
  weightedDegree: "Weighted degree",
  pagerank: "PageRank",
  betweenness: "Betweenness",
};

/** Categorical colours for communities and kinds (Tableau 10, colour-blind aware); beyond them, grey. */
export const CATEGORY_COLORS = [
  "#4e79a7",
  "#f28e2b",
  "#e15759",
  "#76b7b2",
  "#59a14f",
  "#edc948",
  "#b07aa1",
  "#ff9da7",
  "#9c755f",
  "#bab0ac",
];
export const OTHER_COLOR = "#9aa5b1";

export interface LegendEntry {
  label: string;
  color: string;
  count: number;
}

export interface Appearance {
  color: Map<string, string>;
  size: Map<string, number>;
  /** what each colour means, most common first */
  legend: LegendEntry[];
  /** what the size means: "Size: PageRank (0.01–0.12)" */
  sizeNote: string;
}

/** Node values a mapping may read beyond the node's own attributes (statistics). */
export type NodeValues = (key: string) => Partial<Record<SizeBy | "community", number>> | undefined;

const MIN_SIZE = 4;
const MAX_SIZE = 22;

export function computeAppearance(graph: NewsGraph, colorBy: ColorBy, sizeBy: SizeBy, values: NodeValues): Appearance {
  const color = new Map<string, string>();
  const size = new Map<string, number>();
  // colours: categories ranked by how many nodes they hold, so the biggest get the clearest colours
  const category = (key: string): string | null => {
    const a = graph.getNodeAttributes(key);
    if (colorBy === "type") return a.type;
    if (colorBy === "kind") return a.type === "event" ? (a.kind ?? "other") : null;
    if (colorBy === "community") {
      const c = values(key)?.community;
      return c === undefined || c < 0 ? null : String(c);
    }
    return null;
  };
  const counts = new Map<string, number>();
  graph.forEachNode((key) => {
    const c = category(key);
    if (c !== null) counts.set(c, (counts.get(c) ?? 0) + 1);
  });
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const palette = new Map<string, string>();
  ranked.forEach(([c], i) =>
    palette.set(c, colorBy === "type" ? nodeColor(c as never) : (CATEGORY_COLORS[i] ?? OTHER_COLOR)),
  );
  graph.forEachNode((key, a) => {
    if (colorBy === "file")
      color.set(key, typeof a.color === "string" && /^#[0-9a-f]{6}$/i.test(a.color) ? a.color : nodeColor(a.type));
    else {
      const c = category(key);
      color.set(key, c === null ? OTHER_COLOR : palette.get(c)!);
    }
  });
  const name = (c: string) =>
    colorBy === "type"
      ? (TYPE_LABELS[c as keyof typeof TYPE_LABELS] ?? c)
      : colorBy === "community"
        ? `Community ${Number(c) + 1}`
        : c;
  const legend: LegendEntry[] =
    colorBy === "file"
      ? []
      : ranked.slice(0, CATEGORY_COLORS.length).map(([c, n]) => ({ label: name(c), color: palette.get(c)!, count: n }));
  if (colorBy !== "file" && colorBy !== "type") {
    const rest = graph.order - ranked.slice(0, CATEGORY_COLORS.length).reduce((s, [, n]) => s + n, 0);
    if (rest > 0)
      legend.push({ label: colorBy === "kind" ? "not an event" : "other", color: OTHER_COLOR, count: rest });
  }
  if (colorBy === "type")
    legend.sort((a, b) => Object.values(TYPE_LABELS).indexOf(a.label) - Object.values(TYPE_LABELS).indexOf(b.label));

  // sizes: mentions keep the shared curve; statistics scale by square root between MIN and MAX
  let sizeNote = "Size: mentions";
  if (sizeBy === "mentions") graph.forEachNode((key, a) => size.set(key, nodeSize(a.mentions ?? 1)));
  else {
    let lo = Infinity;
    let hi = -Infinity;
    graph.forEachNode((key) => {
      const v = values(key)?.[sizeBy] ?? 0;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    });
    graph.forEachNode((key) => {
      const v = values(key)?.[sizeBy] ?? 0;
      const t = hi > lo ? Math.sqrt((v - lo) / (hi - lo)) : 0.5;
      size.set(key, Math.round((MIN_SIZE + t * (MAX_SIZE - MIN_SIZE)) * 100) / 100);
    });
    const fmt = (v: number) => (Math.abs(v) < 1 && v !== 0 ? v.toPrecision(2) : String(Math.round(v * 100) / 100));
    sizeNote = `Size: ${SIZE_BY_LABELS[sizeBy]} (${fmt(lo)}–${fmt(hi)})`;
  }
  return { color, size, legend, sizeNote };
}

export { TYPE_COLORS };
