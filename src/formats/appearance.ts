// The drawing attributes written to GraphML and GEXF. A graph without its own colours and
// sizes is drawn as the viewer draws it (src/appearance), and the attributes filled in that
// way are listed in `newsgraph.derived` so an import drops them again (lossless round trip).
import { EDGE_COLORS, nodeColor, nodeSize } from "../appearance/appearance";
import { NODE_TYPES, type NodeType } from "../schema/graph";

export const DERIVED_ATTRIBUTE = "newsgraph.derived";

export interface Dressed {
  attributes: Record<string, unknown>;
  /** names of the attributes filled in from the shared appearance */
  derived: string[];
}

export function dressNode(attributes: Record<string, unknown>): Dressed {
  const out = { ...attributes };
  const derived: string[] = [];
  if (typeof out.color !== "string" || out.color === "") {
    const type = out.type as NodeType;
    if ((NODE_TYPES as readonly string[]).includes(type)) {
      out.color = nodeColor(type);
      derived.push("color");
    }
  }
  if (!isFiniteNumber(out.size)) {
    out.size = nodeSize(isFiniteNumber(out.mentions) ? out.mentions : 0);
    derived.push("size");
  }
  return { attributes: out, derived };
}

export function dressEdge(attributes: Record<string, unknown>): Dressed {
  const out = { ...attributes };
  const derived: string[] = [];
  const kind = out.kind as keyof typeof EDGE_COLORS;
  if ((typeof out.color !== "string" || out.color === "") && typeof kind === "string" && kind in EDGE_COLORS) {
    out.color = EDGE_COLORS[kind];
    derived.push("color");
  }
  return { attributes: out, derived };
}

/** "#rgb" or "#rrggbb" to bytes; undefined for anything else (named colours, rgba()). */
export function hexToRgb(color: unknown): { r: number; g: number; b: number } | undefined {
  if (typeof color !== "string") return undefined;
  let m = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(color);
  if (m) return { r: parseInt(m[1] + m[1], 16), g: parseInt(m[2] + m[2], 16), b: parseInt(m[3] + m[3], 16) };
  m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (m) return { r: parseInt(m[1], 16), g: parseInt(m[2], 16), b: parseInt(m[3], 16) };
  return undefined;
}

/** A CSS colour from bytes, or from "rgb(r,g,b)"/"rgba(...)" as Gephi files give them, as "#rrggbb". */
export function toHexColor(value: unknown): string | undefined {
  if (typeof value === "string") {
    if (/^#[0-9a-f]{6}$/i.test(value) || /^#[0-9a-f]{3}$/i.test(value)) return value;
    const m = /^\s*rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*[\d.]+\s*)?\)\s*$/i.exec(value);
    if (m) return rgbToHex(+m[1], +m[2], +m[3]);
    return value.trim() === "" ? undefined : value;
  }
  return undefined;
}

export function rgbToHex(r: number, g: number, b: number): string {
  const byte = (v: number) =>
    Math.max(0, Math.min(255, Math.round(v)))
      .toString(16)
      .padStart(2, "0");
  return `#${byte(r)}${byte(g)}${byte(b)}`;
}

export function isFiniteNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}
