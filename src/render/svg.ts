// renderSvg: a static vector picture of a graph for reports and print, the same layout,
// colours and labels as the viewer. Pure string building: deterministic, browser-safe.
//
// Visible labels: a node's label is drawn when the node has at least `labelThreshold`
// mentions (default 2: always, even if crowded), or when it fits without overlapping
// another label or node (greedy, most mentioned / most linked first). Edge labels are
// drawn only where they fit, after all node labels.
import { EDGE_COLORS, nodeColor, TYPE_LABELS } from "../appearance/appearance";
import { NODE_TYPES, type EdgeKind, type NodeType } from "../schema/graph";
import type { NewsGraph } from "../schema/model";
import type { PlacedLabel } from "./labels";
import { buildScene, type Scene, type SceneEdge, type SceneNode, type SceneOptions } from "./scene";
import { textWidth } from "./text";
import { cleanText, escapeXml, num, safeColor, truncate } from "./xml";

export interface SvgOptions extends SceneOptions {
  /** picture title; default the graph's title attribute */
  title?: string;
  /** width attribute in px (height follows the aspect ratio); default the content's own size */
  width?: number;
  /** background colour (hex) or "none"; default white */
  background?: string;
  /** space around the content, px; default 32 */
  margin?: number;
}

export const FONT_STACK = "Inter, 'Segoe UI', 'Helvetica Neue', Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif";
const TEXT_COLOR = "#1f2933";
const MUTED_COLOR = "#52606d";
const EDGE_KIND_LABELS: Record<EdgeKind, string> = {
  relation: "Relation",
  role: "Role",
  participant: "Event participant",
};

export function renderSvg(graph: NewsGraph, options: SvgOptions = {}): string {
  const scene = buildScene(graph, options);
  const margin = options.margin ?? 32;
  const title = truncate(cleanText(options.title ?? graph.getAttribute("title") ?? ""), 120) || "Untitled graph";
  const header = renderHeader(graph, scene, title);

  const contentWidth = scene.bounds.x1 - scene.bounds.x0;
  const width = Math.ceil(Math.max(contentWidth, header.width) + 2 * margin);
  const height = Math.ceil(scene.bounds.y1 - scene.bounds.y0 + header.height + 2 * margin);
  // the header sits above the content, left-aligned with the picture
  const originX = Math.floor(scene.bounds.x0 - margin - Math.max(0, header.width - contentWidth) / 2);
  const originY = Math.floor(scene.bounds.y0 - margin - header.height);
  const outWidth =
    options.width !== undefined && Number.isFinite(options.width) && options.width > 0 ? options.width : width;
  const outHeight = (outWidth * height) / width;
  const background = options.background === "none" ? undefined : safeColor(options.background, "#ffffff");

  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" viewBox="${originX} ${originY} ${width} ${height}" ` +
      `width="${num(outWidth)}" height="${num(outHeight)}" font-family="${escapeXml(FONT_STACK)}" role="img" aria-labelledby="ng-title">`,
  );
  out.push(`<title id="ng-title">${escapeXml(title)}</title>`);
  out.push(renderMarkers(scene.edges));
  if (background)
    out.push(
      `<rect class="background" x="${originX}" y="${originY}" width="${width}" height="${height}" fill="${background}"/>`,
    );
  out.push(`<g class="edges" fill="none" stroke-opacity="0.85">`, ...scene.edges.map(renderEdge), "</g>");
  out.push(`<g class="nodes" stroke="#ffffff" stroke-width="1.5">`, ...scene.nodes.map(renderNode), "</g>");
  if (scene.edgeLabels.length > 0) {
    out.push(
      `<g class="edge-labels" fill="${MUTED_COLOR}" stroke="#ffffff" stroke-width="2.5" stroke-linejoin="round" paint-order="stroke" font-style="italic">`,
      ...scene.edgeLabels.map((l) => renderLabel(l)),
      "</g>",
    );
  }
  out.push(
    `<g class="labels" fill="${TEXT_COLOR}" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">`,
    ...scene.labels.map((l) => renderLabel(l, l.forced ? "600" : undefined)),
    "</g>",
  );
  out.push(`<g class="header" transform="translate(${originX + margin} ${originY + margin})">`, header.svg, "</g>");
  out.push("</svg>");
  return out.join("\n") + "\n";
}

/** The labels a picture of `graph` shows: what "visible" means for tests and reports. */
export function visibleLabels(graph: NewsGraph, options: SceneOptions = {}): { nodes: string[]; edges: string[] } {
  const scene = buildScene(graph, options);
  return { nodes: scene.labels.map((l) => l.text), edges: scene.edgeLabels.map((l) => l.text) };
}

function markerId(color: string): string {
  return `arrow-${color.slice(1).toLowerCase()}`;
}

/** One arrowhead per edge colour (SVG 1.1 markers cannot inherit the stroke colour). */
function renderMarkers(edges: SceneEdge[]): string {
  const used = edges.flatMap((e) => [e.color, EDGE_COLORS[e.kind]]); // edges' own and the legend's
  const colors = [...new Set(used.map((c) => c.toLowerCase()))].sort();
  const markers = colors.map(
    (c) =>
      `<marker id="${markerId(c)}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" ` +
      `markerUnits="userSpaceOnUse" orient="auto"><path d="M0,1 L10,5 L0,9 z" fill="${c}"/></marker>`,
  );
  return `<defs>${markers.join("")}</defs>`;
}

function renderEdge(e: SceneEdge): string {
  const [x0, y0] = e.from;
  const [x1, y1] = e.to;
  const d = e.control
    ? `M${num(x0)},${num(y0)} Q${num(e.control[0])},${num(e.control[1])} ${num(x1)},${num(y1)}`
    : `M${num(x0)},${num(y0)} L${num(x1)},${num(y1)}`;
  return `<path class="edge ${e.kind}" d="${d}" stroke="${e.color}" stroke-width="${num(e.width)}" marker-end="url(#${markerId(e.color.toLowerCase())})"/>`;
}

function renderNode(n: SceneNode): string {
  if (n.shape === "circle")
    return `<circle class="node ${n.type}" cx="${num(n.x)}" cy="${num(n.y)}" r="${num(n.radius)}" fill="${n.color}"/>`;
  const side = n.radius * 1.8;
  return (
    `<rect class="node ${n.type}" x="${num(n.x - side / 2)}" y="${num(n.y - side / 2)}" width="${num(side)}" height="${num(side)}" ` +
    `rx="${num(side * 0.22)}" fill="${n.color}"/>`
  );
}

function renderLabel(l: PlacedLabel, weight?: string): string {
  const bold = weight ? ` font-weight="${weight}"` : "";
  return `<text x="${num(l.x)}" y="${num(l.y)}" font-size="${l.fontSize}" text-anchor="${l.anchor}"${bold}>${escapeXml(l.text)}</text>`;
}

/** Title, a one-line summary and the legend of node types (and edge kinds) present. */
function renderHeader(graph: NewsGraph, scene: Scene, title: string): { svg: string; width: number; height: number } {
  const counts = new Map<NodeType, number>();
  for (const n of scene.nodes) counts.set(n.type, (counts.get(n.type) ?? 0) + 1);
  const kinds = [...new Set(scene.edges.map((e) => e.kind))].sort();
  const source = cleanText(graph.getAttribute("source")?.name ?? "");
  const summary = `${graph.order} nodes · ${graph.size} edges${source ? ` · ${truncate(source, 60)}` : ""}`;

  const parts: string[] = [];
  parts.push(
    `<text class="title" x="0" y="20" font-size="20" font-weight="700" fill="${TEXT_COLOR}">${escapeXml(title)}</text>`,
  );
  parts.push(`<text class="summary" x="0" y="40" font-size="12" fill="${MUTED_COLOR}">${escapeXml(summary)}</text>`);
  let x = 0;
  const y = 62;
  const legend: string[] = [];
  for (const type of NODE_TYPES) {
    const count = counts.get(type);
    if (!count) continue;
    const color = nodeColor(type);
    legend.push(
      type === "event"
        ? `<rect x="${x}" y="${y - 6}" width="12" height="12" rx="3" fill="${color}"/>`
        : `<circle cx="${x + 6}" cy="${y}" r="6" fill="${color}"/>`,
    );
    const text = `${TYPE_LABELS[type]} (${count})`;
    legend.push(`<text x="${x + 17}" y="${y + 4}" font-size="12" fill="${TEXT_COLOR}">${escapeXml(text)}</text>`);
    x += 17 + textWidth(text, 12) + 16;
  }
  for (const kind of kinds) {
    const color = EDGE_COLORS[kind];
    legend.push(
      `<path d="M${num(x)},${y} L${num(x + 18)},${y}" stroke="${color}" stroke-width="2" marker-end="url(#${markerId(color)})"/>`,
    );
    const text = EDGE_KIND_LABELS[kind];
    legend.push(`<text x="${num(x + 24)}" y="${y + 4}" font-size="12" fill="${MUTED_COLOR}">${escapeXml(text)}</text>`);
    x += 24 + textWidth(text, 12) + 16;
  }
  parts.push(`<g class="legend">${legend.join("")}</g>`);
  const width = Math.max(textWidth(title, 20, true), textWidth(summary, 12), x - 16);
  return { svg: parts.join("\n"), width, height: 84 };
}
