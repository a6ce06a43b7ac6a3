// Which node labels the canvas draws, and on which side: sigma's label grid ignores a label's
// width, so labels overlap and run off the stage. Here every label's box is measured and
// placed right of its node, else left of it; one that would hit a placed label or leave the
// stage is dropped. Candidates come in order of importance, so the important ones win. Pure.
import type { Box } from "./framing";

export interface LabelCandidate {
  key: string;
  /** node centre and rendered radius, in viewport pixels */
  x: number;
  y: number;
  size: number;
  /** measured text width in pixels */
  width: number;
}

export interface PlacedLabel {
  key: string;
  side: "right" | "left";
  box: Box;
  /** where the text starts (left edge) and its baseline */
  textX: number;
  baseline: number;
}

export interface PlacementOptions {
  width: number;
  height: number;
  /** font size in pixels */
  labelSize: number;
  /** gap between a node and its label */
  gap?: number;
  /** stop after this many labels: beyond it a frame is text soup anyway, and drawing costs */
  maxLabels?: number;
}

const CELL = 64;

/** A uniform grid of placed boxes: collision checks look at the few cells a box spans. */
class BoxGrid {
  private cells = new Map<number, Box[]>();
  private keys(b: Box): number[] {
    const out: number[] = [];
    for (let cx = Math.floor(b.left / CELL); cx <= Math.floor(b.right / CELL); cx++)
      for (let cy = Math.floor(b.top / CELL); cy <= Math.floor(b.bottom / CELL); cy++) out.push(cx * 100_003 + cy);
    return out;
  }
  hits(b: Box): boolean {
    for (const k of this.keys(b))
      for (const o of this.cells.get(k) ?? []) if (b.left < o.right && o.left < b.right && b.top < o.bottom && o.top < b.bottom) return true;
    return false;
  }
  add(b: Box): void {
    for (const k of this.keys(b)) {
      const list = this.cells.get(k);
      if (list) list.push(b);
      else this.cells.set(k, [b]);
    }
  }
}

export function placeLabels(candidates: Iterable<LabelCandidate>, options: PlacementOptions): PlacedLabel[] {
  const { width, height, labelSize } = options;
  const gap = options.gap ?? 3;
  const max = options.maxLabels ?? 300;
  const grid = new BoxGrid();
  const placed: PlacedLabel[] = [];
  const half = labelSize / 2 + 1;
  for (const c of candidates) {
    if (placed.length >= max) break;
    const top = c.y - half;
    const bottom = c.y + half;
    if (top < 0 || bottom > height) continue;
    const right: Box = { left: c.x + c.size + gap, right: c.x + c.size + gap + c.width, top, bottom };
    const left: Box = { left: c.x - c.size - gap - c.width, right: c.x - c.size - gap, top, bottom };
    for (const [side, box] of [["right", right], ["left", left]] as const) {
      if (box.left < 0 || box.right > width || grid.hits(box)) continue;
      grid.add(box);
      placed.push({ key: c.key, side, box, textX: box.left, baseline: c.y + labelSize / 3 });
      break;
    }
  }
  return placed;
}

/** Pairs of boxes that intersect (for tests and checks): zero on a good frame. */
export function overlappingPairs(boxes: Box[]): number {
  let n = 0;
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) n++;
    }
  return n;
}
