// Geometry of the static picture, independent of the output syntax: node shapes, edge
// paths, the labels that survive collision culling, and the picture's bounds.
// Coordinates are layout units = SVG px, with y flipped (sigma draws y upwards).
import { EDGE_COLORS, nodeColor, nodeSize } from "../appearance/appearance";
import { computeLayout, hasLayout } from "../layout/index";
import type { EdgeKind, NodeType } from "../schema/graph";
import type { NewsGraph } from "../schema/model";
import { placeLabels, type Box, type LabelRequest, type PlacedLabel } from "./labels";
import { textWidth } from "./text";
import { cleanText, truncate } from "./xml";

export interface SceneOptions {
  /** nodes with at least this many mentions always get their label; default 2 */
  labelThreshold?: number;
  /** draw edge labels where they fit; default: when the graph has at most 150 edges */
  edgeLabels?: boolean;
  /** labels longer than this (code points) end with "…"; default 48 */
  maxLabelLength?: number;
}

export interface SceneNode {
  key: string;
  type: NodeType;
  x: number;
  y: number;
  radius: number;
  color: string;
  shape: "circle" | "square";
}

export interface SceneEdge {
  key: string;
  kind: EdgeKind;
  color: string;
  width: number;
  /** start, optional quadratic control point, end (the arrow tip) */
  from: [number, number];
  control?: [number, number];
  to: [number, number];
  /** where its label would go */
  middle: [number, number];
  label: string;
}

export interface Scene {
  nodes: SceneNode[];
  edges: SceneEdge[];
  labels: PlacedLabel[];
  edgeLabels: PlacedLabel[];
  /** bounds of nodes and labels */
  bounds: Box;
}

export const DEFAULT_LABEL_THRESHOLD = 2;
const PARALLEL_GAP = 22;

/** Font size of a node label: grows with the node, 11-16 px. */
export function labelFontSize(radius: number): number {
  return Math.max(11, Math.min(16, Math.round(11 + (radius - 7) / 4)));
}

export function buildScene(graph: NewsGraph, options: SceneOptions = {}): Scene {
  const threshold = options.labelThreshold ?? DEFAULT_LABEL_THRESHOLD;
  const maxLength = options.maxLabelLength ?? 48;
  const showEdgeLabels = options.edgeLabels ?? graph.size <= 150;
  // Pictures of graphs without positions get the same layout the CLI would store.
  const layout = hasLayout(graph) ? undefined : computeLayout(graph);

  const nodes: SceneNode[] = [];
  const byKey = new Map<string, SceneNode>();
  graph.forEachNode((key, a) => {
    const p = layout?.get(key) ?? { x: a.x!, y: a.y! };
    // derived from the shared appearance, as the viewer draws them: stored sizes and colours are not the source
    const radius = nodeSize(a.mentions);
    const node: SceneNode = {
      key,
      type: a.type,
      x: p.x,
      y: -p.y,
      radius,
      color: nodeColor(a.type),
      shape: a.type === "event" ? "square" : "circle",
    };
    nodes.push(node);
    byKey.set(key, node);
  });

  const edges = buildEdges(graph, byKey);

  // Node labels: forced ones first, then by importance (mentions, degree), ties by key.
  const requests: (LabelRequest & { rank: number })[] = [];
  graph.forEachNode((key, a) => {
    const text = truncate(cleanText(a.label), maxLength);
    if (!text) return;
    const node = byKey.get(key)!;
    const fontSize = labelFontSize(node.radius);
    const forced = a.mentions >= threshold;
    requests.push({
      key,
      text,
      x: node.x,
      y: node.y,
      radius: node.radius,
      fontSize,
      forced,
      width: textWidth(text, fontSize, forced),
      rank: a.mentions * 4 + graph.degree(key),
    });
  });
  requests.sort(
    (p, q) => Number(q.forced) - Number(p.forced) || q.rank - p.rank || (p.key < q.key ? -1 : p.key > q.key ? 1 : 0),
  );
  const obstacles = nodes.map((n) => {
    const r = n.radius * 0.9;
    return { key: n.key, box: { x0: n.x - r, y0: n.y - r, x1: n.x + r, y1: n.y + r } };
  });
  const labels = placeLabels(requests, obstacles);

  // Edge labels only where free: they go after every node label.
  let edgeLabels: PlacedLabel[] = [];
  if (showEdgeLabels) {
    const edgeRequests: LabelRequest[] = edges
      .filter((e) => e.kind !== "participant" || e.label !== "participant")
      .map((e) => ({
        key: e.key,
        text: e.label,
        x: e.middle[0],
        y: e.middle[1],
        radius: 0,
        fontSize: 9,
        width: textWidth(e.label, 9),
        forced: false,
        centred: true,
      }));
    const taken = [...obstacles, ...labels.map((l) => ({ key: `label:${l.key}`, box: l.box }))];
    edgeLabels = placeLabels(edgeRequests, taken, 1);
  }

  return { nodes, edges, labels, edgeLabels, bounds: boundsOf(nodes, [...labels, ...edgeLabels]) };
}

/** Straight edges, or curves fanned out when two nodes share several edges (either direction). */
function buildEdges(graph: NewsGraph, byKey: Map<string, SceneNode>): SceneEdge[] {
  const groups = new Map<string, string[]>();
  graph.forEachEdge((key, _a, source, target) => {
    const pair = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const group = groups.get(pair);
    if (group) group.push(key);
    else groups.set(pair, [key]);
  });
  const edges: SceneEdge[] = [];
  graph.forEachEdge((key, a, source, target) => {
    const s = byKey.get(source)!;
    const t = byKey.get(target)!;
    const dx = t.x - s.x;
    const dy = t.y - s.y;
    const length = Math.hypot(dx, dy) || 1;
    const group = groups.get(source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`)!;
    // offsets measured on the normal of the canonical (sorted) direction, so A->B and B->A bow apart
    const flip = source < target ? 1 : -1;
    const offset = group.length > 1 ? (group.indexOf(key) - (group.length - 1) / 2) * PARALLEL_GAP * flip : 0;
    const mentions = a.mentions ?? 1;
    const width = Math.min(4, (a.kind === "relation" ? 1.3 : 1) + 0.5 * Math.log2(Math.max(1, mentions)));
    const color = EDGE_COLORS[a.kind] ?? EDGE_COLORS.relation;
    const label = truncate(cleanText(a.label), 32);
    const tipGap = t.radius + 1.5;
    if (offset === 0) {
      const ux = dx / length;
      const uy = dy / length;
      edges.push({
        key,
        kind: a.kind,
        color,
        width,
        label,
        from: [s.x + ux * s.radius, s.y + uy * s.radius],
        to: [t.x - ux * tipGap, t.y - uy * tipGap],
        middle: [(s.x + t.x) / 2, (s.y + t.y) / 2],
      });
      return;
    }
    // quadratic curve whose apex sits `offset` px off the straight line
    const cx = (s.x + t.x) / 2 - (dy / length) * offset * 2;
    const cy = (s.y + t.y) / 2 + (dx / length) * offset * 2;
    const toward = (p: SceneNode, gap: number): [number, number] => {
      const l = Math.hypot(cx - p.x, cy - p.y) || 1;
      return [p.x + ((cx - p.x) / l) * gap, p.y + ((cy - p.y) / l) * gap];
    };
    edges.push({
      key,
      kind: a.kind,
      color,
      width,
      label,
      from: toward(s, s.radius),
      control: [cx, cy],
      to: toward(t, tipGap),
      middle: [0.25 * s.x + 0.5 * cx + 0.25 * t.x, 0.25 * s.y + 0.5 * cy + 0.25 * t.y],
    });
  });
  return edges;
}

function boundsOf(nodes: SceneNode[], labels: PlacedLabel[]): Box {
  const b: Box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (const n of nodes) {
    b.x0 = Math.min(b.x0, n.x - n.radius);
    b.y0 = Math.min(b.y0, n.y - n.radius);
    b.x1 = Math.max(b.x1, n.x + n.radius);
    b.y1 = Math.max(b.y1, n.y + n.radius);
  }
  for (const l of labels) {
    b.x0 = Math.min(b.x0, l.box.x0);
    b.y0 = Math.min(b.y0, l.box.y0);
    b.x1 = Math.max(b.x1, l.box.x1);
    b.y1 = Math.max(b.y1, l.box.y1);
  }
  return Number.isFinite(b.x0) ? b : { x0: 0, y0: 0, x1: 0, y1: 0 };
}
