// What sigma's hover layer draws for each node on it (the hovered node first, then the
// highlighted ones: a hovered neighbourhood, the selection, picked nodes): a box in the theme's
// background behind the node and its full label. The hovered node's box always shows; each other
// label shows only where it overlaps no label drawn before it in the same pass, so a hub's
// neighbourhood does not pile up boxes. Overlapping ones keep the halo around their node.
import type Sigma from "sigma";
import type { CanvasPalette } from "../appearance/appearance";

interface HoverData {
  key?: string;
  /** the node's program: events are squares */
  type?: string;
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
type Box = [x0: number, y0: number, x1: number, y1: number];

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** the outline behind the node: a disc, or a square around an event's square */
function halo(context: CanvasRenderingContext2D, data: HoverData, radius: number): void {
  if (data.type === "event") context.roundRect(data.x - radius, data.y - radius, 2 * radius, 2 * radius, 2);
  else context.arc(data.x, data.y, radius, 0, Math.PI * 2);
}

export interface HoverDrawer {
  /** sigma's `defaultDrawNodeHover` */
  draw(context: CanvasRenderingContext2D, data: HoverData, settings: LabelSettings): void;
  /** a new pass of the hover layer (sigma cleared it): no label is drawn yet */
  startPass(): void;
}

/** Where a hover label goes: right of the node, or left of it where it would leave the stage. */
function placeLabel(data: HoverData, textWidth: number, radius: number, height: number, stageWidth: number) {
  const flip = data.x + radius + textWidth + 6 > stageWidth && data.x - radius - textWidth - 6 >= 0;
  const left = flip ? data.x - radius - textWidth - 6 : data.x;
  const right = flip ? data.x : data.x + radius + textWidth + 6;
  const half = Math.max(height / 2, radius);
  // the label's rectangle and the node's halo together, for the overlap test
  const box: Box = [Math.min(left, data.x - radius), data.y - half, Math.max(right, data.x + radius), data.y + half];
  return { left, right, textX: flip ? left + 2 : data.x + radius + 3, box };
}

export function createHoverDrawer(palette: () => CanvasPalette, hovered: () => string | null): HoverDrawer {
  let drawn: Box[] = [];
  return {
    startPass: () => (drawn = []),
    draw(context, data, settings) {
      const colors = palette();
      const size = settings.labelSize;
      const main = data.key === hovered();
      // sigma draws the hovered node first: a pass starts there, even if startPass was not called
      if (main) drawn = [];
      context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
      const pad = 2;
      const radius = Math.max(data.size, size / 2) + pad;
      const height = size + 2 * pad;
      const stageWidth = context.canvas.width / (window.devicePixelRatio || 1);
      const label = data.label
        ? placeLabel(data, context.measureText(data.label).width, radius, height, stageWidth)
        : null;
      const shown = label && (main || !drawn.some((b) => overlaps(b, label.box)));
      context.fillStyle = colors.background;
      context.shadowBlur = main ? 8 : 4;
      context.shadowColor = "rgba(0,0,0,.35)";
      context.beginPath();
      if (shown) {
        drawn.push(label.box);
        context.roundRect(label.left, data.y - height / 2, label.right - label.left, height, 3);
      }
      halo(context, data, radius);
      context.fill();
      context.shadowBlur = 0;
      if (shown) {
        context.fillStyle = colors.label;
        context.fillText(data.label!, label.textX, data.y + size / 3);
      }
    },
  };
}

/** Has `before` run at the start of each pass of sigma's hover layer (sigma emits no event for it). */
export function beforeEachHoverPass(sigma: Sigma, before: () => void): void {
  const internal = sigma as unknown as { renderHighlightedNodes?: () => void };
  const render = internal.renderHighlightedNodes;
  if (!render) return;
  internal.renderHighlightedNodes = function (this: Sigma) {
    before();
    render.call(this);
  };
}
