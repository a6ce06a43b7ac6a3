// What sigma draws for the viewer's state: the renderer over the graph, drawing through reducers
// that read one context (focus, filters, appearance by attribute, node-level filters, the theme's
// palette), rebuilt only when the state changes in a way that shows; and the container's own
// resizes, which sigma does not follow by itself.
import Sigma from "sigma";
import type { CanvasPalette } from "../appearance/appearance";
import { computeAppearance, type Appearance } from "../appearance/mapping";
import type { EdgeAttributes, NodeAttributes } from "../schema/graph";
import type { NewsGraph } from "../schema/model";
import { focusDelta } from "./focus-delta";
import { DEFAULT_HOVER_SETTINGS, hoverFades, litDelta, relight, type HoverSettings } from "./hover";
import { beforeEachHoverPass, createHoverDrawer } from "./hover-labels";
import { createLabelLayer, type LabelLayer } from "./label-layer";
import { edgeReducer, nodeReducer, reducerContext, type ReducerContext } from "./reducers";
import { parallelCurvatures, renderPlan, sigmaSettings, type ViewerSettings } from "./sigma-setup";
import type { ViewState } from "./state";
import type { StatisticsCache } from "./statistics-cache";
import { keepOf, needsStatistics, stateChanges } from "./drawing-rules";

export interface DrawingOptions {
  /** the theme's palette at mount */
  palette: CanvasPalette;
  /** extra sigma settings, merged over ours */
  settings?: Partial<ViewerSettings>;
  /** how a hover shows (hover.ts), over the defaults */
  hover?: Partial<HoverSettings>;
  statistics: StatisticsCache;
  /** the container's window, for its ResizeObserver */
  view: (Window & typeof globalThis) | null;
}

export interface Drawing {
  sigma: Sigma;
  labels: LabelLayer;
  /** colours and sizes by attribute (null: by type and mentions, the reducers' own) */
  appearance(): Appearance | null;
  /** when set, only these nodes may show (topological filter, "keep only") */
  keep(): Set<string> | null;
  /** redraws what a state change touches; true when the appearance mapping changed */
  update(state: ViewState, previous: ViewState): boolean;
  setPalette(palette: CanvasPalette, state: ViewState): void;
  /** the statistics are in: redraws if the state's mapping waited for them; true if so */
  statisticsArrived(state: ViewState): boolean;
  /** stops following the container and kills sigma */
  destroy(): void;
}

/** The mapping for the state; a large graph's statistics arrive later, drawn without them till then. */
function appearanceOf(graph: NewsGraph, state: ViewState, statistics: StatisticsCache): Appearance | null {
  if (needsStatistics(state)) statistics.request();
  if (state.colorBy === "type" && state.sizeBy === "mentions") return null;
  return computeAppearance(graph, state.colorBy, state.sizeBy, (k) => statistics.current()?.nodes.get(k));
}

/** Has sigma redraw when the container alone changes size (panels, embeds, shown or hidden). */
function followContainerSize(view: DrawingOptions["view"], box: HTMLElement, sigma: Sigma): () => void {
  if (!view || !("ResizeObserver" in view)) return () => undefined;
  const observer = new view.ResizeObserver((entries) => {
    // the size comes with the entry (no layout read); the first call, at mount, matches sigma's and costs nothing
    const { width, height } = entries[entries.length - 1].contentRect;
    const current = sigma.getDimensions();
    if (width === 0 || height === 0 || (Math.round(width) === current.width && Math.round(height) === current.height))
      return;
    // as sigma does on window resizes: the next frame resizes the canvases and rebuilds the label grid
    sigma.scheduleRefresh();
  });
  observer.observe(box);
  return () => observer.disconnect();
}

/**
 * Sets a setting that sigma reads only while it renders. sigma.setSetting would re-reduce every
 * node and edge at once (a full refresh, scheduled but reduced right away), on top of the refresh
 * the viewer makes next: on each hover, twice the work.
 */
function setRenderSetting(sigma: Sigma, key: "renderEdgeLabels", value: boolean): void {
  const internal = (sigma as unknown as { settings?: Partial<ViewerSettings> }).settings;
  if (internal && key in internal) internal[key] = value;
  else sigma.setSetting(key, value);
}

export function createDrawing(
  graph: NewsGraph,
  canvasBox: HTMLElement,
  initial: ViewState,
  options: DrawingOptions,
): Drawing {
  const curvatures = parallelCurvatures(graph);
  const plan = renderPlan(graph, curvatures);
  let palette = options.palette;
  let appearance = appearanceOf(graph, initial, options.statistics);
  let keep = keepOf(graph, initial);
  const fades = hoverFades(graph, { ...DEFAULT_HOVER_SETTINGS, ...options.hover });
  const context = (state: ViewState): ReducerContext =>
    reducerContext(graph, state, curvatures, plan.straightEdges, palette, { appearance, keep, hoverFades: fades });
  let ctx = context(initial);
  const hoverDrawer = createHoverDrawer(
    () => palette,
    () => ctx.hovered,
  );
  const sigma: Sigma = new Sigma(graph as never, canvasBox, {
    // the container may be hidden (display:none, print, a closed tab) when mounted or resized
    allowInvalidContainer: true,
    ...sigmaSettings(plan, options.settings, palette),
    renderEdgeLabels: !!ctx.focus || !!ctx.selectedEdge,
    // node labels are placed and drawn by the label layer (width-aware, no collisions)
    renderLabels: false,
    defaultDrawNodeHover: hoverDrawer.draw as never,
    nodeReducer: (key, attrs) => nodeReducer(ctx, key, attrs as NodeAttributes),
    edgeReducer: (key, attrs) => edgeReducer(ctx, key, attrs as EdgeAttributes),
  } as Partial<ViewerSettings>);
  beforeEachHoverPass(sigma, hoverDrawer.startPass);
  const labels = createLabelLayer(sigma, () => palette);
  const stopFollowing = followContainerSize(options.view, canvasBox, sigma);

  /**
   * A new context for the state, then a frame; reindex when positions, sizes or visibility
   * changed. A change of focus alone re-reduces only what it touches (focus-delta.ts); sigma then
   * indexes the graph again, as the zIndex of the neighbourhoods changed. A hover that only lights
   * a neighbourhood redraws sigma's hover layer alone (hover.ts).
   */
  const redraw = (state: ViewState, reindex: boolean, focusOnly = false) => {
    const previous = ctx;
    ctx = context(state);
    const lit = focusOnly ? litDelta(previous, ctx) : null;
    if (lit) return relight(sigma, lit);
    // edge labels only show around a focus; without one, sigma would still walk labelled nodes' edges every frame
    const edgeLabels = !!ctx.focus || !!ctx.selectedEdge;
    if (sigma.getSetting("renderEdgeLabels") !== edgeLabels) setRenderSetting(sigma, "renderEdgeLabels", edgeLabels);
    labels.invalidate();
    const delta = focusOnly ? focusDelta(graph, previous, ctx) : null;
    if (delta) sigma.refresh({ partialGraph: delta, skipIndexation: false });
    else sigma.refresh({ skipIndexation: !reindex });
  };

  return {
    sigma,
    labels,
    appearance: () => appearance,
    keep: () => keep,
    update(state, previous) {
      const changed = stateChanges(state, previous);
      if (changed.appearance) appearance = appearanceOf(graph, state, options.statistics);
      if (changed.nodes) keep = keepOf(graph, state);
      const reindex = changed.filters || changed.appearance || changed.nodes;
      if (reindex || changed.focus || changed.picked) redraw(state, reindex, !reindex && !changed.picked);
      return changed.appearance;
    },
    setPalette(next, state) {
      palette = next;
      sigma.setSetting("labelColor", { color: palette.label });
      sigma.setSetting("edgeLabelColor", { color: palette.edgeLabel });
      redraw(state, false);
    },
    statisticsArrived(state) {
      if (!needsStatistics(state)) return false;
      appearance = appearanceOf(graph, state, options.statistics);
      redraw(state, true);
      return true;
    },
    destroy() {
      stopFollowing();
      labels.destroy();
      sigma.kill();
    },
  };
}
