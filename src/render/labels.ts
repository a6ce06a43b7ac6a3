// Greedy label placement: labels are placed in order of importance, each at the first
// spot around its node (right, left, below, above) that hits no placed label and no
// other node. "Forced" labels are always placed (at their least crowded spot); the
// others are dropped when no free spot exists.

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LabelRequest {
  /** node (or edge) key: the label never collides with its own node */
  key: string;
  text: string;
  /** anchor point (node centre), SVG coordinates */
  x: number;
  y: number;
  /** gap to keep from the anchor: the node radius */
  radius: number;
  fontSize: number;
  width: number;
  forced: boolean;
  /** centred on the anchor only (edge labels) */
  centred?: boolean;
}

export interface PlacedLabel {
  key: string;
  text: string;
  /** text position: x at `anchor`, y at the baseline */
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
  fontSize: number;
  forced: boolean;
  box: Box;
}

interface Spot {
  x: number;
  y: number;
  anchor: PlacedLabel["anchor"];
  box: Box;
}

/** Candidate spots around the anchor, in order of preference: beside, below, above, then diagonals, then farther out. */
function spots(r: LabelRequest): Spot[] {
  const h = r.fontSize;
  const w = r.width;
  const box = (x0: number, top: number): Box => ({ x0, y0: top, x1: x0 + w, y1: top + h * 1.15 });
  const centredTop = r.y - h * 0.62;
  if (r.centred) return [{ x: r.x, y: r.y + h * 0.35, anchor: "middle", box: box(r.x - w / 2, centredTop) }];
  const result: Spot[] = [];
  for (const extra of [0, h * 0.8]) {
    const gap = r.radius + 3 + extra;
    const diagonal = r.radius * 0.7 + 2 + extra;
    // [x offset, top of the text box, anchor]
    const around: [number, number, PlacedLabel["anchor"]][] = [
      [gap, centredTop, "start"],
      [-gap, centredTop, "end"],
      [0, r.y + gap - h * 0.1, "middle"],
      [0, r.y - gap - h * 1.1, "middle"],
      [diagonal, r.y - diagonal - h * 1.05, "start"],
      [diagonal, r.y + diagonal - h * 0.1, "start"],
      [-diagonal, r.y - diagonal - h * 1.05, "end"],
      [-diagonal, r.y + diagonal - h * 0.1, "end"],
    ];
    for (const [dx, top, anchor] of around) {
      const x = r.x + dx;
      const x0 = anchor === "start" ? x : anchor === "end" ? x - w : x - w / 2;
      result.push({ x, y: top + h * 0.97, anchor, box: box(x0, top) });
    }
  }
  return result;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** A uniform grid over boxes: collision queries stay local on 10k-node graphs. */
class BoxIndex {
  private cells = new Map<string, { box: Box; owner: string }[]>();
  constructor(private cell: number) {}

  private keys(b: Box): string[] {
    const keys: string[] = [];
    for (let i = Math.floor(b.x0 / this.cell); i <= Math.floor(b.x1 / this.cell); i++)
      for (let j = Math.floor(b.y0 / this.cell); j <= Math.floor(b.y1 / this.cell); j++) keys.push(`${i},${j}`);
    return keys;
  }

  add(box: Box, owner: string): void {
    for (const k of this.keys(box)) {
      const list = this.cells.get(k);
      if (list) list.push({ box, owner });
      else this.cells.set(k, [{ box, owner }]);
    }
  }

  /** Number of boxes hit by `box`, ignoring those owned by `owner`. */
  hits(box: Box, owner: string): number {
    const seen = new Set<Box>();
    for (const k of this.keys(box))
      for (const item of this.cells.get(k) ?? [])
        if (item.owner !== owner && !seen.has(item.box) && overlaps(item.box, box)) seen.add(item.box);
    return seen.size;
  }
}

/**
 * Places labels in the given order (callers sort by importance); `obstacles` are node
 * boxes keyed by node. Returns the placed labels in placement order.
 */
export function placeLabels(
  requests: LabelRequest[],
  obstacles: { key: string; box: Box }[],
  padding = 2,
): PlacedLabel[] {
  const index = new BoxIndex(96);
  for (const o of obstacles) index.add(o.box, o.key);
  const placed: PlacedLabel[] = [];
  for (const request of requests) {
    let best: Spot | undefined;
    let bestHits = Infinity;
    for (const spot of spots(request)) {
      const padded = {
        x0: spot.box.x0 - padding,
        y0: spot.box.y0 - padding,
        x1: spot.box.x1 + padding,
        y1: spot.box.y1 + padding,
      };
      const hits = index.hits(padded, request.key);
      if (hits < bestHits) {
        best = spot;
        bestHits = hits;
        if (hits === 0) break;
      }
    }
    if (!best || (bestHits > 0 && !request.forced)) continue;
    index.add(best.box, `label:${request.key}`);
    placed.push({
      key: request.key,
      text: request.text,
      x: best.x,
      y: best.y,
      anchor: best.anchor,
      fontSize: request.fontSize,
      forced: request.forced,
      box: best.box,
    });
  }
  return placed;
}
