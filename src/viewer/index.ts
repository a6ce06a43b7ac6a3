// The reusable viewer core: mountViewer(container, graph, options) draws a
// NewsGraph with sigma.js and wires the views (search, legend, details panel
// or popup, article) to one small state store. No global state, no element
// ids: safe to mount several times on a page. Used by the app (src/app) and
// the embed (src/embed); depends on neither, nor on src/extract.
import Sigma from "sigma";
import type { NewsGraph } from "../schema/model";
import { createArticleView } from "./article";
import { createControls } from "./controls";
import { renderDetails, renderOverview } from "./details";
import { clear, h } from "./dom";
import { createLegend } from "./legend";
import { ensurePositions } from "./positions";
import { createSearch } from "./search";
import { edgeReducer, nodeReducer, reducerContext, type ReducerContext } from "./reducers";
import { parallelCurvatures, renderPlan, sigmaSettings, type ViewerSettings } from "./sigma-setup";
import { createStore, type Action, type Store, type ViewState } from "./state";
import { injectStyles } from "./styles";
import { visibleSubgraph } from "./visibility";
import type { EdgeAttributes, NodeAttributes } from "../schema/graph";
import { CANVAS_PALETTES, type ThemeName } from "../appearance/appearance";
import { focusPoint, freeBox, toBox, type Box } from "./framing";
import { createLabelLayer, hoverDrawer } from "./label-layer";
import { COLOR_BY_LABELS, computeAppearance, type Appearance } from "../appearance/mapping";
import {
  computeStatistics,
  computeStatisticsInWorker,
  PHASE_LABELS,
  statisticsOffThread,
  type StatisticsPhase,
  type StatisticsResult,
} from "./statistics";
import { topologyKeep } from "./topology";
import { createDataTable, type DataTableView } from "./data-table";
import { createTools, type ToolsView } from "./tools";

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

export function mountViewer(container: HTMLElement, graph: NewsGraph, options: ViewerOptions = {}): ViewerHandle {
  const compact = options.compact ?? false;
  const showArticle = options.showArticle ?? !compact;
  injectStyles(container.getRootNode() as Document | ShadowRoot);
  ensurePositions(graph);

  const store: Store = createStore(options.initialState);
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
  container.append(root);

  // --- sigma, drawing through reducers that read the current state
  const curvatures = parallelCurvatures(graph);
  const plan = renderPlan(graph, curvatures);
  // --- theme: explicit, or the system's (followed live)
  const view = container.ownerDocument.defaultView;
  const darkQuery = view?.matchMedia?.("(prefers-color-scheme: dark)") ?? null;
  let themeChoice: ThemeName | "auto" = options.theme ?? "auto";
  const currentTheme = (): ThemeName =>
    themeChoice === "auto" ? (darkQuery?.matches ? "dark" : "light") : themeChoice;
  let palette = CANVAS_PALETTES[currentTheme()];
  root.dataset.theme = currentTheme();
  // --- statistics (on demand), appearance by attribute and node-level filters, cached per change
  // the panel's data table and tools, made when their tab is first opened
  let table: DataTableView | null = null;
  let tools: ToolsView | null = null;
  let stats: StatisticsResult | null = null;
  let statsPending: Promise<StatisticsResult> | null = null;
  /** "Computing statistics: PageRank (2 of 3)…" while the worker runs */
  let statsProgress: string | null = null;
  const progressListeners = new Set<(text: string) => void>();
  const stopWorker = new AbortController();
  const offThread = !!options.statisticsWorker && statisticsOffThread(graph.order, graph.size);
  const onProgress = (phase: StatisticsPhase, step: number, steps: number) => {
    statsProgress = `Computing statistics: ${PHASE_LABELS[phase]} (${step} of ${steps})…`;
    for (const listener of progressListeners) listener(statsProgress);
  };
  const computeStats = (): Promise<StatisticsResult> => {
    if (stats) return Promise.resolve(stats);
    if (!offThread) {
      stats = computeStatistics(graph);
      table?.refresh();
      return Promise.resolve(stats);
    }
    statsPending ??= computeStatisticsInWorker(graph, options.statisticsWorker!, onProgress, stopWorker.signal)
      // a worker that cannot start or fails: the page computes them after all
      .catch((e: unknown) => {
        if (stopWorker.signal.aborted) throw e;
        return computeStatistics(graph);
      })
      .then((result) => {
        stats = result;
        statsProgress = null;
        if (!stopWorker.signal.aborted) statisticsArrived();
        return result;
      });
    return statsPending;
  };
  const statistics = (): StatisticsResult | null => {
    if (!stats) void computeStats().catch(() => undefined);
    return stats;
  };
  let appearance: Appearance | null = null;
  let keep: Set<string> | null = null;
  const needsStats = (state: ViewState) => state.colorBy === "community" || state.sizeBy !== "mentions";
  const updateAppearance = (state: ViewState) => {
    // a large graph's statistics arrive later: drawn without them until then (statisticsArrived)
    if (needsStats(state)) statistics();
    appearance =
      state.colorBy === "type" && state.sizeBy === "mentions"
        ? null
        : computeAppearance(graph, state.colorBy, state.sizeBy, (k) => stats?.nodes.get(k));
  };
  const updateKeep = (state: ViewState) => {
    const topo = topologyKeep(graph, state.topology);
    const only = state.keepOnly ? new Set(state.keepOnly) : null;
    keep = topo && only ? new Set([...topo].filter((k) => only.has(k))) : (topo ?? only);
  };
  updateAppearance(store.getState());
  updateKeep(store.getState());
  const context = (state: ViewState) =>
    reducerContext(graph, state, curvatures, plan.straightEdges, palette, { appearance, keep });
  let ctx: ReducerContext = context(store.getState());
  // one function for every edge, not a closure per edge per refresh
  const edgeEnds = (key: string) => graph.extremities(key);
  const sigma: Sigma = new Sigma(graph as never, canvasBox, {
    // the container may be hidden (display:none, print, a closed tab) when mounted or resized
    allowInvalidContainer: true,
    ...sigmaSettings(plan, options.sigmaSettings, palette),
    renderEdgeLabels: !!ctx.focus || !!ctx.selectedEdge,
    // node labels are placed and drawn by the label layer (width-aware, no collisions)
    renderLabels: false,
    defaultDrawNodeHover: hoverDrawer(() => palette) as never,
    nodeReducer: (key, attrs) => nodeReducer(ctx, key, attrs as NodeAttributes),
    edgeReducer: (key, attrs) => edgeReducer(ctx, key, attrs as EdgeAttributes, edgeEnds),
  } as Partial<ViewerSettings>);
  const camera = sigma.getCamera();
  const labels = createLabelLayer(sigma, () => palette);
  const applyTheme = () => {
    const name = currentTheme();
    palette = CANVAS_PALETTES[name];
    root.dataset.theme = name;
    sigma.setSetting("labelColor", { color: palette.label });
    sigma.setSetting("edgeLabelColor", { color: palette.edgeLabel });
    ctx = context(store.getState());
    labels.invalidate();
    sigma.refresh({ skipIndexation: true });
  };
  const onSystemTheme = () => themeChoice === "auto" && applyTheme();
  darkQuery?.addEventListener?.("change", onSystemTheme);
  // sigma only follows window resizes; the container also resizes alone (panels, embeds, shown/hidden)
  const resizeObserver =
    view && "ResizeObserver" in view
      ? new view.ResizeObserver((entries) => {
          // the size comes with the entry (no layout read); the first call, at mount, matches sigma's and costs nothing
          const { width, height } = entries[entries.length - 1].contentRect;
          const current = sigma.getDimensions();
          if (
            width === 0 ||
            height === 0 ||
            (Math.round(width) === current.width && Math.round(height) === current.height)
          )
            return;
          // as sigma does on window resizes: the next frame resizes the canvases and rebuilds the label grid
          sigma.scheduleRefresh();
        })
      : null;
  resizeObserver?.observe(canvasBox);
  const initialCamera = store.getState().camera;
  if (initialCamera) camera.setState(initialCamera);

  // --- the camera follows the selection, keeping it clear of the overlays (open legend, popup, buttons)
  const obstacles = () =>
    [legend.element.open ? legend.body : null, compact && !panel.hidden ? panel : null, controls.element]
      .filter((e): e is HTMLElement => !!e)
      .map((e) => toBox(e.getBoundingClientRect()));
  /** the framed-graph point to centre the camera on so that `at` lands in the free part of the canvas */
  const cameraTarget = (at: { x: number; y: number }, ratio: number) => {
    const canvas = toBox(canvasBox.getBoundingClientRect());
    const target = focusPoint(canvas, obstacles());
    const { width, height } = sigma.getDimensions();
    const centre = sigma.viewportToFramedGraph({ x: width / 2, y: height / 2 });
    const point = sigma.viewportToFramedGraph(target);
    // offsets in framed units grow linearly with the camera ratio
    const k = ratio / camera.getState().ratio;
    return { x: at.x - (point.x - centre.x) * k, y: at.y - (point.y - centre.y) * k, ratio };
  };
  const focusPointOf = (selection: { kind: "node" | "edge"; key: string }) => {
    if (selection.kind === "node")
      return graph.hasNode(selection.key) ? sigma.getNodeDisplayData(selection.key) : undefined;
    if (!graph.hasEdge(selection.key)) return undefined;
    const [a, b] = graph.extremities(selection.key).map((n) => sigma.getNodeDisplayData(n));
    return a && b ? { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } : undefined;
  };
  const focusSelection = (selection: { kind: "node" | "edge"; key: string }, onlyIfHidden = false) => {
    const d = focusPointOf(selection);
    if (!d || sigma.getDimensions().width === 0) return;
    // stacked layout (phone): a pick in the article or panel below brings the graph back into view
    if (!onlyIfHidden) revealCanvas();
    if (onlyIfHidden) {
      // a click on the canvas: move only if the item sits under an overlay or near the edge
      const p = sigma.framedGraphToViewport(d);
      const canvas = toBox(canvasBox.getBoundingClientRect());
      const free = freeBox(canvas, obstacles());
      const x = p.x + canvas.left;
      const y = p.y + canvas.top;
      const margin = 24;
      if (x > free.left + margin && x < free.right - margin && y > free.top + margin && y < free.bottom - margin)
        return;
    }
    camera.animate(cameraTarget(d, Math.min(camera.getState().ratio, 0.7)), { duration: 450 });
  };
  const revealCanvas = () => {
    const r = canvasArea.getBoundingClientRect();
    const viewportHeight = view?.innerHeight ?? 0;
    const visible = Math.min(r.bottom, viewportHeight) - Math.max(r.top, 0);
    if (viewportHeight && visible < r.height / 2) canvasArea.scrollIntoView({ block: "nearest" });
  };
  const focusNode = (key: string) => focusSelection({ kind: "node", key });
  const select = (key: string | null) => {
    store.dispatch({ type: "select", selection: key && graph.hasNode(key) ? { kind: "node", key } : null });
  };
  /** set while a selection comes from a click on the canvas, where the item is already in view */
  let clickedOnCanvas = false;

  // --- views
  const search = createSearch(graph, store, select);
  // open at first only where the stage is wide enough to spare the corner
  const legend = createLegend(graph, store, {
    interactive: !compact,
    open: !compact && (view?.matchMedia("(min-width: 1600px)").matches ?? false),
  });
  const controls = createControls(sigma, graph, root, { layout: options.layoutControls ?? !compact });
  toolbar.append(legend.element, search.element);
  const paintMapping = (state: ViewState) =>
    legend.setMapping(
      appearance && state.colorBy !== "type" ? COLOR_BY_LABELS[state.colorBy] : null,
      appearance?.legend ?? [],
      appearance && state.sizeBy !== "mentions" ? appearance.sizeNote : null,
    );
  paintMapping(store.getState());
  canvasArea.append(controls.element);

  const article = showArticle ? createArticleView(graph, store) : null;
  if (article) root.prepend(article.element);

  const details = h("div", { className: "ngv-details-box" });
  // --- the side panel's tabs: details of the selection, the data table, the reading tools
  const tabs = { details: details, data: null as HTMLElement | null, tools: null as HTMLElement | null };
  const tabButtons = new Map<string, HTMLButtonElement>();
  const showTab = (name: "details" | "data" | "tools") => {
    if (name === "data" && !tabs.data) {
      table = createDataTable(graph, store, () => stats);
      tabs.data = table.element;
      panel.append(tabs.data);
    }
    if (name === "tools" && !tabs.tools) {
      tools = createTools(graph, store, {
        statistics: () => stats,
        computeStatistics: computeStats,
        onStatisticsProgress: (listener) => {
          progressListeners.add(listener);
          if (statsProgress) listener(statsProgress);
          return () => progressListeners.delete(listener);
        },
        exportPicked: (keys) => downloadSubgraph(graph, new Set(keys)),
      });
      tabs.tools = tools.element;
      panel.append(tabs.tools);
    }
    if (name === "data") table!.refresh();
    for (const [tab, el] of Object.entries(tabs)) if (el) el.hidden = tab !== name;
    for (const [tab, b] of tabButtons) b.setAttribute("aria-selected", String(tab === name));
  };
  const tabBar = h("div", { className: "ngv-tabs", attrs: { role: "tablist", "aria-label": "Panel" } });
  for (const [name, text] of [
    ["details", "Details"],
    ["data", "Data"],
    ["tools", "Tools"],
  ] as const) {
    const b = h("button", {
      className: "ngv-tab",
      text,
      attrs: { type: "button", role: "tab", "aria-selected": String(name === "details"), "data-tab": name },
    });
    b.addEventListener("click", () => showTab(name));
    tabButtons.set(name, b);
    tabBar.append(b);
  }
  let panel: HTMLElement;
  if (compact) {
    const closePopup = h("button", {
      className: "ngv-close",
      text: "×",
      attrs: { type: "button", "aria-label": "Close" },
      on: { click: () => store.dispatch({ type: "select", selection: null }) },
    });
    // a sheet below the canvas, not over it: a scrolling box over sigma's WebGL canvases makes
    // Chromium drop them from the screen (software compositing), and it would hide the selection
    panel = h("div", { className: "ngv-popup", attrs: { role: "dialog", "aria-label": "Details" } }, [
      closePopup,
      details,
    ]);
    stage.append(panel);
  } else {
    panel = h("aside", { className: "ngv-panel", attrs: { "aria-label": "Details" } });
    details.setAttribute("aria-live", "polite");
    panel.append(tabBar, details);
    root.append(panel);
  }
  const renderPanel = (state: ViewState, initial = false) => {
    clear(details);
    const el = renderDetails(graph, state.selection, store.dispatch);
    if (el) details.append(el);
    else if (!compact) details.append(renderOverview(graph, store.dispatch));
    if (compact && panel.hidden !== !el) {
      panel.hidden = !el;
      // the canvas just changed height: sigma must know before the camera frames the selection
      if (!initial) sigma.resize();
    }
    // writing scrollTop forces a synchronous layout of the page: a fresh panel is at the top anyway
    if (!initial) panel.scrollTop = 0;
  };
  renderPanel(store.getState(), true);

  // --- state -> sigma and panel
  const onState = (state: ViewState, previous: ViewState) => {
    const filtersChanged =
      state.hiddenTypes !== previous.hiddenTypes ||
      state.hiddenKinds !== previous.hiddenKinds ||
      state.minMentions !== previous.minMentions;
    const focusChanged = state.selection !== previous.selection || state.hovered !== previous.hovered;
    const appearanceChanged = state.colorBy !== previous.colorBy || state.sizeBy !== previous.sizeBy;
    const nodesChanged =
      state.topology !== previous.topology ||
      state.keepOnly !== previous.keepOnly ||
      state.hiddenNodes !== previous.hiddenNodes;
    const pickedChanged = state.picked !== previous.picked;
    if (appearanceChanged) {
      updateAppearance(state);
      paintMapping(state);
      table?.refresh();
    }
    if (nodesChanged) updateKeep(state);
    if (filtersChanged || focusChanged || appearanceChanged || nodesChanged || pickedChanged) {
      ctx = context(state);
      // edge labels only show around a focus; without one, sigma would still walk labelled nodes' edges every frame
      const edgeLabels = !!ctx.focus || !!ctx.selectedEdge;
      if (sigma.getSetting("renderEdgeLabels") !== edgeLabels) sigma.setSetting("renderEdgeLabels", edgeLabels);
      labels.invalidate();
      sigma.refresh({ skipIndexation: !(filtersChanged || appearanceChanged || nodesChanged) });
    }
    if (state.selection !== previous.selection) {
      // a pick (search, table row, mention) brings the details forward
      if (state.selection && !compact && tabs.details.hidden) showTab("details");
      renderPanel(state);
      if (state.selection) focusSelection(state.selection, clickedOnCanvas);
    }
    options.onStateChange?.(state, previous);
  };
  const unsubscribe = store.subscribe(onState);
  /** a worker's statistics are in: the table gains its columns, a mapping that waited for them is drawn */
  function statisticsArrived(): void {
    table?.refresh();
    const state = store.getState();
    if (!needsStats(state)) return;
    updateAppearance(state);
    paintMapping(state);
    ctx = context(state);
    labels.invalidate();
    sigma.refresh();
  }

  // --- sigma events -> actions
  let dragged: string | null = null;
  let moved = false;
  sigma.on("enterNode", ({ node }) => store.dispatch({ type: "hover", key: node }));
  sigma.on("leaveNode", () => store.dispatch({ type: "hover", key: null }));
  const selectFromCanvas = (selection: { kind: "node" | "edge"; key: string }) => {
    clickedOnCanvas = true;
    store.dispatch({ type: "select", selection });
    clickedOnCanvas = false;
  };
  sigma.on("clickNode", ({ node, event }) => {
    if (moved) return;
    // shift-click picks several nodes for an action (tools: hide, keep only, export)
    if ((event.original as MouseEvent).shiftKey) store.dispatch({ type: "togglePick", key: node });
    else selectFromCanvas({ kind: "node", key: node });
  });
  sigma.on("clickEdge", ({ edge }) => selectFromCanvas({ kind: "edge", key: edge }));
  sigma.on("clickStage", () => store.dispatch({ type: "select", selection: null }));
  // dragging a node moves it in the graph (the graph is the source of truth for positions)
  sigma.on("downNode", ({ node }) => {
    dragged = node;
    moved = false;
    if (!sigma.getCustomBBox()) sigma.setCustomBBox(sigma.getBBox());
  });
  sigma.on("moveBody", ({ event }) => {
    if (!dragged) return;
    const pos = sigma.viewportToGraph(event);
    graph.mergeNodeAttributes(dragged, { x: pos.x, y: pos.y });
    moved = true;
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  });
  const endDrag = () => {
    dragged = null;
    setTimeout(() => (moved = false), 0);
  };
  sigma.on("upNode", endDrag);
  sigma.on("upStage", endDrag);
  const onCamera = () => store.dispatch({ type: "setCamera", camera: { ...camera.getState() } });
  camera.on("updated", onCamera);
  // Escape anywhere in the viewer (outside the search box, which clears itself) drops the selection
  const onKey = (event: KeyboardEvent) => {
    if (event.key === "Escape" && !(event.target as Element | null)?.closest?.(".ngv-search")) {
      store.dispatch({ type: "select", selection: null });
    }
  };
  root.addEventListener("keydown", onKey);

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
    focusNode,
    setTheme(theme) {
      themeChoice = theme;
      applyTheme();
    },
    theme: currentTheme,
    labelBoxes: () => labels.placed().map((p) => p.box),
    visibleGraph: () => {
      const state = store.getState();
      const hidden = new Set(state.hiddenNodes);
      return visibleSubgraph(graph, state, (k) => (!keep || keep.has(k)) && !hidden.has(k));
    },
    statistics,
    computeStatistics: computeStats,
    destroy() {
      stopWorker.abort();
      progressListeners.clear();
      unsubscribe();
      resizeObserver?.disconnect();
      labels.destroy();
      darkQuery?.removeEventListener?.("change", onSystemTheme);
      camera.off("updated", onCamera);
      controls.destroy();
      search.destroy();
      legend.destroy();
      tools?.destroy();
      article?.destroy();
      sigma.kill();
      root.remove();
    },
  };
}

/** Downloads the given nodes and the edges between them as GRAPH.json (graphology's serialized form). */
function downloadSubgraph(graph: NewsGraph, keys: Set<string>): void {
  const out = graph.nullCopy() as NewsGraph;
  out.replaceAttributes({ ...graph.getAttributes() });
  for (const k of keys) if (graph.hasNode(k)) out.addNode(k, { ...graph.getNodeAttributes(k) });
  graph.forEachEdge((key, attrs, source, target) => {
    if (out.hasNode(source) && out.hasNode(target)) out.addDirectedEdgeWithKey(key, source, target, { ...attrs });
  });
  const doc = document;
  const a = doc.createElement("a");
  a.href = URL.createObjectURL(new Blob([JSON.stringify(out.export())], { type: "application/json" }));
  a.download = "selection.json";
  a.style.display = "none";
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
