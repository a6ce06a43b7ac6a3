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
  /** the text's width in pixels, measured only for a label that may still find room */
  width(): number;
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
  hits(left: number, right: number, top: number, bottom: number): boolean {
    for (let cx = Math.floor(left / CELL); cx <= Math.floor(right / CELL); cx++)
      for (let cy = Math.floor(top / CELL); cy <= Math.floor(bottom / CELL); cy++) {
        const list = this.cells.get(cx * 100_003 + cy);
        if (list)
          for (const o of list) if (left < o.right && o.left < right && top < o.bottom && o.top < bottom) return true;
      }
    return false;
  }
  add(b: Box): void {
    for (let cx = Math.floor(b.left / CELL); cx <= Math.floor(b.right / CELL); cx++)
      for (let cy = Math.floor(b.top / CELL); cy <= Math.floor(b.bottom / CELL); cy++) {
        const k = cx * 100_003 + cy;
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
    // Where each side's box starts: a box hits whatever its zero-width start already hits, so a
    // label blocked there on both sides is dropped without measuring its text (the costly part).
    const rightStart = c.x + c.size + gap;
    const leftEnd = c.x - c.size - gap;
    const rightBlocked = rightStart < 0 || rightStart > width || grid.hits(rightStart, rightStart, top, bottom);
    const leftBlocked = leftEnd < 0 || leftEnd > width || grid.hits(leftEnd, leftEnd, top, bottom);
    if (rightBlocked && leftBlocked) continue;
    const w = c.width();
    if (!rightBlocked && rightStart + w <= width && !grid.hits(rightStart, rightStart + w, top, bottom)) {
      const box: Box = { left: rightStart, right: rightStart + w, top, bottom };
      grid.add(box);
      placed.push({ key: c.key, side: "right", box, textX: box.left, baseline: c.y + labelSize / 3 });
    } else if (!leftBlocked && leftEnd - w >= 0 && !grid.hits(leftEnd - w, leftEnd, top, bottom)) {
      const box: Box = { left: leftEnd - w, right: leftEnd, top, bottom };
      grid.add(box);
      placed.push({ key: c.key, side: "left", box, textX: box.left, baseline: c.y + labelSize / 3 });
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
