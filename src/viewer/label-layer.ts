// Draws the node labels on sigma's label canvas after each frame (sigma's own label pass is
// off): candidates in order of importance (forced labels of the focus first, then by size),
// placed without collisions by label-placement.ts, drawn with a halo in the background colour
// so they stay readable over edges.
import type Sigma from "sigma";
import type { CanvasPalette } from "../appearance/appearance";
import { placeLabels, type LabelCandidate, type PlacedLabel } from "./label-placement";

/** at most this many candidates are looked at per frame, so huge graphs keep their frame rate */
const MAX_CANDIDATES = 4000;

export interface LabelLayer {
  /** the state changed (focus, filters): the order of importance is rebuilt at the next frame */
  invalidate(): void;
  /** labels drawn in the last frame */
  placed(): PlacedLabel[];
  destroy(): void;
}

export function createLabelLayer(sigma: Sigma, palette: () => CanvasPalette): LabelLayer {
  const graph = sigma.getGraph();
  const canvas = sigma.getCanvases().labels;
  const context = canvas.getContext("2d")!;
  const widths = new Map<string, number>();
  let order: string[] | null = null;
  let last: PlacedLabel[] = [];

  const buildOrder = (): string[] => {
    const ranked: Array<{ key: string; forced: number; size: number }> = [];
    graph.forEachNode((key) => {
      const d = sigma.getNodeDisplayData(key);
      if (!d || d.hidden || !d.label) return;
      ranked.push({ key, forced: d.forceLabel ? 1 : 0, size: d.size });
    });
    ranked.sort((a, b) => b.forced - a.forced || b.size - a.size || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return ranked.slice(0, MAX_CANDIDATES).map((r) => r.key);
  };

  const measure = (label: string): number => {
    let w = widths.get(label);
    if (w === undefined) {
      w = context.measureText(label).width;
      widths.set(label, w);
    }
    return w;
  };

  function* candidates(threshold: number, width: number, height: number): Generator<LabelCandidate> {
    for (const key of order!) {
      const d = sigma.getNodeDisplayData(key);
      if (!d || d.hidden || !d.label) continue;
      const size = sigma.scaleSize(d.size);
      if (!d.forceLabel && size < threshold) continue;
      const p = sigma.framedGraphToViewport(d);
      if (p.x < -200 || p.y < -20 || p.x > width + 200 || p.y > height + 20) continue;
      yield { key, x: p.x, y: p.y, size, width: measure(d.label) };
    }
  }

  const draw = () => {
    const settings = sigma.getSettings();
    const { width, height } = sigma.getDimensions();
    if (!width || !height) return;
    if (!order) order = buildOrder();
    const font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    if (context.font !== font) widths.clear();
    context.font = font;
    // about one label per 6,000 px² at most (sigma's own grid shows fewer): text is the costly part of a frame
    const maxLabels = Math.max(20, Math.ceil((width * height) / 6000));
    last = placeLabels(candidates(settings.labelRenderedSizeThreshold, width, height), { width, height, labelSize: settings.labelSize, maxLabels });
    const colors = palette();
    context.lineJoin = "round";
    context.lineWidth = 3;
    context.strokeStyle = colors.background;
    context.fillStyle = colors.label;
    for (const p of last) {
      const label = sigma.getNodeDisplayData(p.key)!.label!;
      context.strokeText(label, p.textX, p.baseline);
      context.fillText(label, p.textX, p.baseline);
    }
  };
  sigma.on("afterRender", draw);
  // sigma drew its first frame in its constructor, before this layer existed
  draw();

  return {
    invalidate: () => (order = null),
    placed: () => last,
    destroy: () => sigma.off("afterRender", draw),
  };
}

interface HoverData {
  x: number;
  y: number;
  size: number;
  label?: string | null;
}
interface LabelSettings {
  labelSize: number;
  labelFont: string;
  labelWeight: string;
}

/** sigma's hover drawer (a box behind the full label) in the theme's colours instead of always white */
export function hoverDrawer(palette: () => CanvasPalette) {
  return (context: CanvasRenderingContext2D, data: HoverData, settings: LabelSettings): void => {
    const colors = palette();
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    context.fillStyle = colors.background;
    context.shadowBlur = 8;
    context.shadowColor = "rgba(0,0,0,.35)";
    const pad = 2;
    const radius = Math.max(data.size, size / 2) + pad;
    context.beginPath();
    if (data.label) {
      const w = context.measureText(data.label).width;
      const h = size + 2 * pad;
      // placed like the canvas label: to the right, or to the left if it would leave the stage
      const width = context.canvas.width / (window.devicePixelRatio || 1);
      const flip = data.x + radius + w + 6 > width && data.x - radius - w - 6 >= 0;
      const x0 = flip ? data.x - radius - w - 6 : data.x;
      context.roundRect(x0, data.y - h / 2, (flip ? data.x - x0 : radius + w + 6), h, 3);
      context.arc(data.x, data.y, radius, 0, Math.PI * 2);
      context.fill();
      context.shadowBlur = 0;
      context.fillStyle = colors.label;
      context.fillText(data.label, flip ? x0 + 2 : data.x + radius + 3, data.y + size / 3);
    } else {
      context.arc(data.x, data.y, radius, 0, Math.PI * 2);
      context.fill();
      context.shadowBlur = 0;
    }
  };
}
