// The reusable viewer core: mountViewer(container, graph, options) draws a
// NewsGraph with sigma.js and wires the views (search, legend, details panel
// or popup, article) to one small state store. No global state, no element
// ids: safe to mount several times on a page. Used by the app (src/app) and
// the embed (src/embed); depends on neither, nor on src/extract.
// This file holds the public API and the wiring; the parts it wires live in their own files:
// drawing.ts (sigma and the context its reducers read; its pure rules in drawing-rules.ts),
// camera-focus.ts (the camera follows the selection), interactions.ts (pointer, drag and keys
// to actions), panel.ts (details, data and tools tabs, or the compact popup),
// statistics-cache.ts (statistics on demand, in a worker for a large graph), theme-follow.ts
// (the theme, or the system's) and download.ts (the tools' export).
import type Sigma from "sigma";
import type { NewsGraph } from "../schema/model";
import { CANVAS_PALETTES, type ThemeName } from "../appearance/appearance";
import { COLOR_BY_LABELS } from "../appearance/mapping";
import { createArticleView } from "./article";
import { createCameraFocus } from "./camera-focus";
import { createControls } from "./controls";
import { h } from "./dom";
import { createDrawing } from "./drawing";
import type { HoverSettings } from "./hover";
import type { Box } from "./framing";
import { bindInteractions } from "./interactions";
import { createLegend } from "./legend";
import { createPanel } from "./panel";
import { ensurePositions } from "./positions";
import { createSearch } from "./search";
import type { ViewerSettings } from "./sigma-setup";
import { createStore, type Action, type Store, type ViewState } from "./state";
import { createStatisticsCache } from "./statistics-cache";
import type { StatisticsResult } from "./statistics";
import { injectStyles } from "./styles";
import { followTheme } from "./theme-follow";
import { visibleSubgraph } from "./visibility";

export type { ViewState, Selection, CameraView, Action, Store } from "./state";
export { INITIAL_STATE, reduce, createStore } from "./state";
export { isNodeVisible, countVisible, visibleSubgraph } from "./visibility";
export { searchNodes } from "./search-index";
export { ensurePositions, hasPositions } from "./positions";

export interface ViewerOptions {
  /** Small-iframe mode: just the graph, search, hover and an evidence popup on click; no side panels. */
  compact?: boolean;
  /** Show the article with highlighted mentions beside the graph (default: true unless compact). */
  showArticle?: boolean;
  /** Start from this state (selection, filters, camera…). */
  initialState?: Partial<ViewState>;
  /** Called after every state change (selection, hover, filters, camera…). */
  onStateChange?(state: ViewState, previous: ViewState): void;
  /** Show the ForceAtlas2 button (default: true unless compact). */
  layoutControls?: boolean;
  /** Colour theme; "auto" (the default) follows the system's prefers-color-scheme. */
  theme?: ThemeName | "auto";
  /** Extra sigma settings, merged over ours. */
  sigmaSettings?: Partial<ViewerSettings>;
  /** how a hover shows: up to which size it fades the rest of the graph (hover.ts) */
  hover?: Partial<HoverSettings>;
  /**
   * Makes a Web Worker running ./statistics.worker.ts (the app passes Vite's
   * `() => new Worker(new URL("../viewer/statistics.worker.ts", import.meta.url), { type: "module" })`).
   * Graphs above SYNC_MAX_NODES nodes or SYNC_MAX_EDGES edges then compute their statistics there
   * and the page stays responsive. Without it (the single-file embed and report pages, which have
   * no worker file) statistics are computed on the page.
   */
  statisticsWorker?: () => Worker;
}

export interface ViewerHandle {
  /** the sigma renderer */
  sigma: Sigma;
  graph: NewsGraph;
  /** the viewer's root element, inside the container */
  root: HTMLElement;
  getState(): ViewState;
  dispatch(action: Action): void;
  /** select a node by key (null clears); moves the camera to it */
  select(key: string | null): void;
  /** select an edge by key (null clears) */
  selectEdge(key: string | null): void;
  /** animate the camera to a node */
  focusNode(key: string): void;
  /** switch the colour theme ("auto" follows the system) */
  setTheme(theme: ThemeName | "auto"): void;
  /** the theme in use */
  theme(): ThemeName;
  /** the node label boxes drawn in the last frame, in canvas pixels */
  labelBoxes(): Box[];
  /**
   * Degree, PageRank, betweenness, communities…, computed once on demand: now, on the page, for a
   * small graph (or without a worker); for a large one null until the worker's result is in (it is
   * started by this call; computeStatistics() waits for it).
   */
  statistics(): StatisticsResult | null;
  /** The statistics, computing them (in the worker for a large graph) if not done yet. */
  computeStatistics(): Promise<StatisticsResult>;
  /** a copy of the graph holding what the filters show */
  visibleGraph(): NewsGraph;
  destroy(): void;
}

/** The viewer's frame of elements: the stage (toolbar over the canvas) inside the root. */
function buildShell(graph: NewsGraph, compact: boolean, showArticle: boolean) {
  const root = h("div", { className: `ngv${compact ? " ngv-compact" : ""}${showArticle ? "" : " ngv-no-article"}` });
  const stage = h("div", { className: "ngv-stage" });
  const toolbar = h("div", { className: "ngv-toolbar" });
  const canvasBox = h("div", {
    className: "ngv-sigma",
    attrs: { role: "img", "aria-label": `Graph: ${graph.getAttribute("title") ?? ""}` },
  });
  const canvasArea = h("div", { className: "ngv-canvas" }, [canvasBox]);
  stage.append(toolbar, canvasArea);
  root.append(stage);
  return { root, stage, toolbar, canvasBox, canvasArea };
}

export function mountViewer(container: HTMLElement, graph: NewsGraph, options: ViewerOptions = {}): ViewerHandle {
  const compact = options.compact ?? false;
  const showArticle = options.showArticle ?? !compact;
  injectStyles(container.getRootNode() as Document | ShadowRoot);
  ensurePositions(graph);

  const store: Store = createStore(options.initialState);
  const { root, stage, toolbar, canvasBox, canvasArea } = buildShell(graph, compact, showArticle);
  container.append(root);
  const view = container.ownerDocument.defaultView;

  // --- the toolbar, filled before sigma is made: its height sets the canvas's, and a canvas that
  // changed size after mount made sigma resize its canvases and redraw everything a frame later
  const select = (key: string | null) => {
    store.dispatch({ type: "select", selection: key && graph.hasNode(key) ? { kind: "node", key } : null });
  };
  const search = createSearch(graph, store, select);
  // open at first only where the stage is wide enough to spare the corner
  const legend = createLegend(graph, store, {
    interactive: !compact,
    open: !compact && (view?.matchMedia("(min-width: 1600px)").matches ?? false),
  });
  toolbar.append(legend.element, search.element);

  // --- sigma, drawing through reducers that read the current state, in the chosen theme
  const stats = createStatisticsCache(graph, options.statisticsWorker);
  const theme = followTheme(view, options.theme ?? "auto", () => applyTheme());
  root.dataset.theme = theme.current();
  const drawing = createDrawing(graph, canvasBox, store.getState(), {
    palette: CANVAS_PALETTES[theme.current()],
    settings: options.sigmaSettings,
    hover: options.hover,
    statistics: stats,
    view,
  });
  const { sigma, labels } = drawing;
  function applyTheme(): void {
    const name = theme.current();
    root.dataset.theme = name;
    drawing.setPalette(CANVAS_PALETTES[name], store.getState());
  }
  const initialCamera = store.getState().camera;
  if (initialCamera) sigma.getCamera().setState(initialCamera);

  // --- views
  const controls = createControls(sigma, graph, root, { layout: options.layoutControls ?? !compact });
  const paintMapping = (state: ViewState) => {
    const appearance = drawing.appearance();
    legend.setMapping(
      appearance && state.colorBy !== "type" ? COLOR_BY_LABELS[state.colorBy] : null,
      appearance?.legend ?? [],
      appearance && state.sizeBy !== "mentions" ? appearance.sizeNote : null,
    );
  };
  paintMapping(store.getState());
  canvasArea.append(controls.element);

  const article = showArticle ? createArticleView(graph, store) : null;
  if (article) root.prepend(article.element);
  const panel = createPanel(graph, store, { compact, statistics: stats, onPopupResize: () => sigma.resize() });
  if (compact) stage.append(panel.element);
  else root.append(panel.element);
  panel.render(store.getState(), true);

  // --- the camera follows the selection, keeping it clear of the overlays (open legend, popup, buttons)
  const focusSelection = createCameraFocus({
    sigma,
    graph,
    canvasBox,
    canvasArea,
    view,
    overlays: () => [
      legend.element.open ? legend.body : null,
      compact && !panel.element.hidden ? panel.element : null,
      controls.element,
    ],
  });

  // --- sigma events and keys -> actions; state -> sigma and panel
  const interactions = bindInteractions(sigma, graph, store, root);
  const unsubscribe = store.subscribe((state, previous) => {
    if (drawing.update(state, previous)) {
      paintMapping(state);
      panel.refreshTable();
    }
    if (state.selection !== previous.selection) {
      panel.showSelection(state);
      if (state.selection) focusSelection(state.selection, interactions.fromCanvas());
    }
    options.onStateChange?.(state, previous);
  });
  // the statistics are in: the table gains its columns; a worker's, late, draw a mapping that waited for them
  stats.onReady((late) => {
    panel.refreshTable();
    if (late && drawing.statisticsArrived(store.getState())) paintMapping(store.getState());
  });

  const initial = store.getState();
  // a selection from the URL: framed once the page is laid out (overlay boxes are known then)
  if (initial.selection && !initialCamera) {
    const first = initial.selection;
    requestAnimationFrame(() => root.isConnected && store.getState().selection === first && focusSelection(first));
  }

  return {
    sigma,
    graph,
    root,
    getState: store.getState,
    dispatch: store.dispatch,
    select,
    selectEdge: (key) =>
      store.dispatch({ type: "select", selection: key && graph.hasEdge(key) ? { kind: "edge", key } : null }),
    focusNode: (key) => focusSelection({ kind: "node", key }),
    setTheme: theme.choose,
    theme: theme.current,
    labelBoxes: () => labels.placed().map((p) => p.box),
    visibleGraph: () => {
      const state = store.getState();
      const hidden = new Set(state.hiddenNodes);
      const keep = drawing.keep();
      return visibleSubgraph(graph, state, (k) => (!keep || keep.has(k)) && !hidden.has(k));
    },
    statistics: stats.request,
    computeStatistics: stats.compute,
    destroy() {
      stats.destroy();
      unsubscribe();
      theme.destroy();
      interactions.destroy();
      controls.destroy();
      search.destroy();
      legend.destroy();
      panel.destroy();
      article?.destroy();
      drawing.destroy();
      root.remove();
    },
  };
}
