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
  /** Extra sigma settings, merged over ours. */
  sigmaSettings?: Partial<ViewerSettings>;
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
  /** a copy of the graph holding what the filters show */
  visibleGraph(): NewsGraph;
  destroy(): void;
}

export function mountViewer(container: HTMLElement, graph: NewsGraph, options: ViewerOptions = {}): ViewerHandle {
  const compact = options.compact ?? false;
  const showArticle = options.showArticle ?? !compact;
  injectStyles(container.ownerDocument);
  ensurePositions(graph);

  const store: Store = createStore(options.initialState);
  const root = h("div", { className: `ngv${compact ? " ngv-compact" : ""}${showArticle ? "" : " ngv-no-article"}` });
  const stage = h("div", { className: "ngv-stage" });
  const canvasBox = h("div", { className: "ngv-sigma", attrs: { role: "img", "aria-label": `Graph: ${graph.getAttribute("title") ?? ""}` } });
  stage.append(canvasBox);
  root.append(stage);
  container.append(root);

  // --- sigma, drawing through reducers that read the current state
  const curvatures = parallelCurvatures(graph);
  const plan = renderPlan(graph, curvatures);
  const context = (state: ViewState) => reducerContext(graph, state, curvatures, plan.straightEdges);
  let ctx: ReducerContext = context(store.getState());
  const sigma: Sigma = new Sigma(graph as never, canvasBox, {
    // the container may be hidden (display:none, print, a closed tab) when mounted or resized
    allowInvalidContainer: true,
    ...sigmaSettings(plan, options.sigmaSettings),
    renderEdgeLabels: !!ctx.focus || !!ctx.selectedEdge,
    nodeReducer: (key, attrs) => nodeReducer(ctx, key, attrs as NodeAttributes),
    edgeReducer: (key, attrs) => edgeReducer(ctx, key, attrs as EdgeAttributes, () => graph.extremities(key)),
  } as Partial<ViewerSettings>);
  const camera = sigma.getCamera();
  // sigma only follows window resizes; the container also resizes alone (panels, embeds, shown/hidden)
  const view = container.ownerDocument.defaultView;
  const resizeObserver = view && "ResizeObserver" in view
    ? new view.ResizeObserver((entries) => {
        // the size comes with the entry (no layout read); the first call, at mount, matches sigma's and costs nothing
        const { width, height } = entries[entries.length - 1].contentRect;
        const current = sigma.getDimensions();
        if (width === 0 || height === 0 || (Math.round(width) === current.width && Math.round(height) === current.height)) return;
        // as sigma does on window resizes: the next frame resizes the canvases and rebuilds the label grid
        sigma.scheduleRefresh();
      })
    : null;
  resizeObserver?.observe(canvasBox);
  const initialCamera = store.getState().camera;
  if (initialCamera) camera.setState(initialCamera);

  const focusNode = (key: string) => {
    const d = sigma.getNodeDisplayData(key);
    if (!d) return;
    camera.animate({ x: d.x, y: d.y, ratio: Math.min(camera.getState().ratio, 0.7) }, { duration: 450 });
  };
  const select = (key: string | null) => {
    store.dispatch({ type: "select", selection: key && graph.hasNode(key) ? { kind: "node", key } : null });
    if (key && graph.hasNode(key)) focusNode(key);
  };

  // --- views
  const search = createSearch(graph, store, select);
  const legend = createLegend(graph, store, { interactive: !compact, open: !compact && (container.ownerDocument.defaultView?.matchMedia("(min-width: 1100px)").matches ?? false) });
  const controls = createControls(sigma, graph, root, { layout: options.layoutControls ?? !compact });
  stage.append(search.element, legend.element, controls.element);

  const article = showArticle ? createArticleView(graph, store) : null;
  if (article) root.prepend(article.element);

  const details = h("div", { className: "ngv-details-box" });
  let panel: HTMLElement;
  if (compact) {
    const closePopup = h("button", {
      className: "ngv-close",
      text: "×",
      attrs: { type: "button", "aria-label": "Close" },
      on: { click: () => store.dispatch({ type: "select", selection: null }) },
    });
    panel = h("div", { className: "ngv-overlay ngv-popup", attrs: { role: "dialog", "aria-label": "Details" } }, [closePopup, details]);
    stage.append(panel);
  } else {
    panel = h("aside", { className: "ngv-panel", attrs: { "aria-label": "Details", "aria-live": "polite" } }, [details]);
    root.append(panel);
  }
  const renderPanel = (state: ViewState, initial = false) => {
    clear(details);
    const el = renderDetails(graph, state.selection, store.dispatch);
    if (el) details.append(el);
    else if (!compact) details.append(renderOverview(graph, store.dispatch));
    if (compact) panel.hidden = !el;
    // writing scrollTop forces a synchronous layout of the page: a fresh panel is at the top anyway
    if (!initial) panel.scrollTop = 0;
  };
  renderPanel(store.getState(), true);

  // --- state -> sigma and panel
  const onState = (state: ViewState, previous: ViewState) => {
    const filtersChanged =
      state.hiddenTypes !== previous.hiddenTypes || state.hiddenKinds !== previous.hiddenKinds || state.minMentions !== previous.minMentions;
    const focusChanged = state.selection !== previous.selection || state.hovered !== previous.hovered;
    if (filtersChanged || focusChanged) {
      ctx = context(state);
      // edge labels only show around a focus; without one, sigma would still walk labelled nodes' edges every frame
      const edgeLabels = !!ctx.focus || !!ctx.selectedEdge;
      if (sigma.getSetting("renderEdgeLabels") !== edgeLabels) sigma.setSetting("renderEdgeLabels", edgeLabels);
      sigma.refresh({ skipIndexation: !filtersChanged });
    }
    if (state.selection !== previous.selection) renderPanel(state);
    options.onStateChange?.(state, previous);
  };
  const unsubscribe = store.subscribe(onState);

  // --- sigma events -> actions
  let dragged: string | null = null;
  let moved = false;
  sigma.on("enterNode", ({ node }) => store.dispatch({ type: "hover", key: node }));
  sigma.on("leaveNode", () => store.dispatch({ type: "hover", key: null }));
  sigma.on("clickNode", ({ node }) => {
    if (!moved) store.dispatch({ type: "select", selection: { kind: "node", key: node } });
  });
  sigma.on("clickEdge", ({ edge }) => store.dispatch({ type: "select", selection: { kind: "edge", key: edge } }));
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
  if (initial.selection?.kind === "node" && graph.hasNode(initial.selection.key) && !initialCamera) focusNode(initial.selection.key);

  return {
    sigma,
    graph,
    root,
    getState: store.getState,
    dispatch: store.dispatch,
    select,
    selectEdge: (key) => store.dispatch({ type: "select", selection: key && graph.hasEdge(key) ? { kind: "edge", key } : null }),
    focusNode,
    visibleGraph: () => visibleSubgraph(graph, store.getState()),
    destroy() {
      unsubscribe();
      resizeObserver?.disconnect();
      camera.off("updated", onCamera);
      controls.destroy();
      search.destroy();
      legend.destroy();
      article?.destroy();
      sigma.kill();
      root.remove();
    },
  };
}
