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
      context.fillStyle = colors.background;
      context.shadowBlur = main ? 8 : 4;
      context.shadowColor = "rgba(0,0,0,.35)";
      const pad = 2;
      const radius = Math.max(data.size, size / 2) + pad;
      context.beginPath();
      let box: Box | null = null;
      let flip = false;
      let w = 0;
      if (data.label) {
        w = context.measureText(data.label).width;
        const h = size + 2 * pad;
        // placed like the canvas label: to the right, or to the left if it would leave the stage
        const width = context.canvas.width / (window.devicePixelRatio || 1);
        flip = data.x + radius + w + 6 > width && data.x - radius - w - 6 >= 0;
        const x0 = flip ? data.x - radius - w - 6 : data.x - radius;
        box = [
          x0,
          data.y - Math.max(h / 2, radius),
          flip ? data.x + radius : data.x + radius + w + 6,
          data.y + Math.max(h / 2, radius),
        ];
        if (!main && drawn.some((b) => overlaps(b, box!))) box = null;
      }
      if (box && data.label) {
        drawn.push(box);
        const h = size + 2 * pad;
        const x0 = flip ? data.x - radius - w - 6 : data.x;
        context.roundRect(x0, data.y - h / 2, flip ? data.x - x0 : radius + w + 6, h, 3);
        halo(context, data, radius);
        context.fill();
        context.shadowBlur = 0;
        context.fillStyle = colors.label;
        context.fillText(data.label, flip ? x0 + 2 : data.x + radius + 3, data.y + size / 3);
      } else {
        halo(context, data, radius);
        context.fill();
        context.shadowBlur = 0;
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
