// Where the camera puts a focused node: in the middle of the part of the canvas that no
// overlay (open legend, popup, zoom buttons) covers. Pure geometry, testable anywhere.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const area = (b: Box) => Math.max(0, b.right - b.left) * Math.max(0, b.bottom - b.top);

const intersects = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * The largest box left of `free` once each obstacle is cut away by keeping the biggest of the
 * four sides around it (greedy, one obstacle at a time: a handful of overlays, so good enough).
 */
export function freeBox(canvas: Box, obstacles: Box[]): Box {
  let free = canvas;
  for (const o of obstacles) {
    if (!intersects(free, o)) continue;
    const sides: Box[] = [
      { ...free, right: Math.min(free.right, o.left) },
      { ...free, left: Math.max(free.left, o.right) },
      { ...free, bottom: Math.min(free.bottom, o.top) },
      { ...free, top: Math.max(free.top, o.bottom) },
    ];
    const best = sides.reduce((a, b) => (area(b) > area(a) ? b : a));
    // an overlay as big as the canvas leaves nothing useful: keep framing on the whole canvas
    if (area(best) > 0) free = best;
  }
  return free;
}

/** The free box's centre, relative to the canvas's top-left corner. */
export function focusPoint(canvas: Box, obstacles: Box[]): { x: number; y: number } {
  const free = freeBox(canvas, obstacles);
  return { x: (free.left + free.right) / 2 - canvas.left, y: (free.top + free.bottom) / 2 - canvas.top };
}

export function toBox(r: { left: number; top: number; right: number; bottom: number }): Box {
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}
