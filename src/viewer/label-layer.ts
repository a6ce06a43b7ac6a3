// Draws the node labels on sigma's label canvas after each frame (sigma's own label pass is
// off): candidates in order of importance (forced labels of the focus first, then by size),
// placed without collisions by label-placement.ts, drawn with a halo in the background colour
// so they stay readable over edges.
import type Sigma from "sigma";
import type { NodeDisplayData } from "sigma/types";
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

/**
 * A node's display data as sigma holds it, read in place: getNodeDisplayData copies the object,
 * and the label pass reads every node's after each change of focus (20k copies on a 20k graph,
 * most of the pass). Read only, never written. Sigma replaces its cache on a full refresh, so the
 * cache is looked up on each call.
 */
export function displayDataReader(sigma: Sigma): (key: string) => NodeDisplayData | undefined {
  const internal = sigma as unknown as { nodeDataCache?: Record<string, NodeDisplayData | undefined> };
  if (!internal.nodeDataCache) return (key) => sigma.getNodeDisplayData(key);
  return (key) => internal.nodeDataCache![key];
}

export function createLabelLayer(sigma: Sigma, palette: () => CanvasPalette): LabelLayer {
  const graph = sigma.getGraph();
  const displayData = displayDataReader(sigma);
  const canvas = sigma.getCanvases().labels;
  const context = canvas.getContext("2d")!;
  const widths = new Map<string, number>();
  /** the font the cached widths were measured in (the context's own font reads back normalised, so it is no key) */
  let measuredFont = "";
  let order: string[] | null = null;
  let last: PlacedLabel[] = [];

  const buildOrder = (): string[] => {
    const ranked: Array<{ key: string; forced: number; size: number }> = [];
    graph.forEachNode((key) => {
      const d = displayData(key);
      if (!d || d.hidden || !d.label) return;
      ranked.push({ key, forced: d.forceLabel ? 1 : 0, size: d.size });
    });
    ranked.sort((a, b) => b.forced - a.forced || b.size - a.size || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const keys: string[] = new Array(Math.min(ranked.length, MAX_CANDIDATES));
    for (let i = 0; i < keys.length; i++) keys[i] = ranked[i].key;
    return keys;
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
      const d = displayData(key);
      if (!d || d.hidden || !d.label) continue;
      const size = sigma.scaleSize(d.size);
      // the order is forced labels first, then by size: every node after this one is smaller still
      if (!d.forceLabel && size < threshold) break;
      const p = sigma.framedGraphToViewport(d);
      if (p.x < -200 || p.y < -20 || p.x > width + 200 || p.y > height + 20) continue;
      const label = d.label;
      yield { key, x: p.x, y: p.y, size, width: () => measure(label) };
    }
  }

  /** sigma's renders since mount; the deferred first pass below skips itself if one already drew */
  let renders = 0;
  let alive = true;
  const draw = () => {
    renders++;
    const settings = sigma.getSettings();
    const { width, height } = sigma.getDimensions();
    if (!width || !height) return;
    if (!order) order = buildOrder();
    const font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    if (font !== measuredFont) {
      widths.clear();
      measuredFont = font;
    }
    context.font = font;
    // about one label per 6,000 px² at most (sigma's own grid shows fewer): text is the costly part of a frame
    const maxLabels = Math.max(20, Math.ceil((width * height) / 6000));
    last = placeLabels(candidates(settings.labelRenderedSizeThreshold, width, height), {
      width,
      height,
      labelSize: settings.labelSize,
      maxLabels,
    });
    const colors = palette();
    context.lineJoin = "round";
    context.lineWidth = 3;
    context.strokeStyle = colors.background;
    context.fillStyle = colors.label;
    for (const p of last) {
      const label = displayData(p.key)!.label!;
      context.strokeText(label, p.textX, p.baseline);
      context.fillText(label, p.textX, p.baseline);
    }
  };
  sigma.on("afterRender", draw);
  // Sigma drew its first frame in its constructor, before this layer existed. Its labels follow
  // one frame later instead of now: ranking, measuring and placing them was most of what the
  // viewer added to the time before the graph is first on screen. A render in between draws them.
  const view = canvas.ownerDocument.defaultView;
  const firstPass = () => alive && renders === 0 && draw();
  if (view?.requestAnimationFrame) view.requestAnimationFrame(() => view.requestAnimationFrame(firstPass));
  else draw();

  return {
    invalidate: () => (order = null),
    placed: () => last,
    destroy: () => {
      alive = false;
      sigma.off("afterRender", draw);
    },
  };
}
