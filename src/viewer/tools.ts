// Gephi Lite's reading tools beside the data table: statistics, appearance by attribute,
// topological filters and actions on the shift-click selection.
import { COLOR_BY_LABELS, SIZE_BY_LABELS, type ColorBy, type SizeBy } from "../appearance/mapping";
import type { NewsGraph } from "../schema/model";
import { h } from "./dom";
import { MAX_BETWEENNESS_NODES, type StatisticsResult } from "./statistics";
import type { Store, ViewState } from "./state";

export interface ToolsView {
  element: HTMLElement;
  destroy(): void;
}

export interface ToolsHooks {
  /** the statistics, if computed */
  statistics(): StatisticsResult | null;
  /** computes the statistics (once; in a worker for a large graph) */
  computeStatistics(): Promise<StatisticsResult>;
  /** progress text while a worker computes them; returns the unsubscribe */
  onStatisticsProgress(listener: (text: string) => void): () => void;
  /** downloads the picked nodes (and the edges between them) */
  exportPicked(keys: string[]): void;
}

const STAT_SIZES: SizeBy[] = ["degree", "weightedDegree", "pagerank", "betweenness"];

function select<T extends string>(
  label: string,
  options: Array<[T, string]>,
  attrs: Record<string, string>,
): HTMLSelectElement {
  const el = h("select", { attrs: { "aria-label": label, ...attrs } });
  for (const [value, text] of options) el.append(h("option", { text, attrs: { value } }));
  return el;
}

export function createTools(graph: NewsGraph, store: Store, hooks: ToolsHooks): ToolsView {
  const hasFileColours = graph.someNode((_k, a) => typeof a.color === "string");
  const colorBy = select<ColorBy>(
    "Colour nodes by",
    (Object.keys(COLOR_BY_LABELS) as ColorBy[])
      .filter((c) => c !== "file" || hasFileColours)
      .map((c) => [c, COLOR_BY_LABELS[c]]),
    { "data-tool": "color-by" },
  );
  const sizeBy = select<SizeBy>(
    "Size nodes by",
    (Object.keys(SIZE_BY_LABELS) as SizeBy[])
      .filter((s) => s !== "betweenness" || graph.order <= MAX_BETWEENNESS_NODES)
      .map((s) => [s, SIZE_BY_LABELS[s]]),
    { "data-tool": "size-by" },
  );
  const statsNote = h("p", { className: "ngv-tool-note", attrs: { "aria-live": "polite" } });
  const statsButton = h("button", {
    className: "ngv-btn ngv-btn-small",
    text: "Compute statistics",
    attrs: { type: "button", "data-tool": "statistics" },
  });
  const showComputed = (s: StatisticsResult) => {
    statsNote.textContent =
      `Degree, weighted degree, PageRank${s.betweenness ? ", betweenness" : ""} and ${s.communities} Louvain communities computed: ` +
      `see them in the data table, or colour and size by them.${s.betweenness ? "" : ` Betweenness is skipped above ${MAX_BETWEENNESS_NODES} nodes.`}`;
    statsButton.disabled = true;
    statsNote.removeAttribute("aria-busy");
  };
  let waiting = false;
  const computeStats = () => {
    const known = hooks.statistics();
    if (known) return showComputed(known);
    if (waiting) return;
    waiting = true;
    statsButton.disabled = true;
    statsNote.setAttribute("aria-busy", "true");
    if (!statsNote.textContent?.startsWith("Computing")) statsNote.textContent = "Computing statistics…";
    hooks.computeStatistics().then(showComputed, (e: Error) => {
      waiting = false;
      statsNote.removeAttribute("aria-busy");
      statsNote.textContent = `The statistics could not be computed: ${e.message}`;
      statsButton.disabled = false;
    });
  };
  // progress of a computation (started here, or by an appearance that needs the statistics)
  const stopProgress = hooks.onStatisticsProgress((text) => {
    statsNote.textContent = text;
    computeStats();
  });
  statsButton.addEventListener("click", computeStats);
  colorBy.addEventListener("change", () => {
    const value = colorBy.value as ColorBy;
    if (value === "community") computeStats();
    store.dispatch({ type: "setAppearance", colorBy: value });
  });
  sizeBy.addEventListener("change", () => {
    const value = sizeBy.value as SizeBy;
    if (STAT_SIZES.includes(value)) computeStats();
    store.dispatch({ type: "setAppearance", sizeBy: value });
  });

  // topological filters, anchored on the selected node
  const topology = select(
    "Topological filter",
    [
      ["none", "None"],
      ["ego", "Ego network of the selection"],
      ["component", "Connected component of the selection"],
      ["core", "k-core"],
    ],
    { "data-tool": "topology" },
  );
  const depth = h("input", {
    attrs: { type: "number", min: "1", max: "3", value: "1", "aria-label": "Ego network depth", "data-tool": "depth" },
  });
  const k = h("input", {
    attrs: { type: "number", min: "1", max: "50", value: "2", "aria-label": "k of the k-core", "data-tool": "k" },
  });
  const topologyNote = h("p", { className: "ngv-tool-note" });
  const applyTopology = () => {
    const state = store.getState();
    const node = state.selection?.kind === "node" ? state.selection.key : null;
    const mode = topology.value;
    depth.hidden = mode !== "ego";
    k.hidden = mode !== "core";
    topologyNote.textContent = "";
    if (mode === "none") return store.dispatch({ type: "setTopology", topology: null });
    if (mode === "core")
      return store.dispatch({
        type: "setTopology",
        topology: { kind: "core", k: Math.max(1, Math.floor(Number(k.value) || 1)) },
      });
    if (!node) {
      topologyNote.textContent = "Select a node first: the filter starts from it.";
      return store.dispatch({ type: "setTopology", topology: null });
    }
    if (mode === "ego")
      return store.dispatch({
        type: "setTopology",
        topology: { kind: "ego", node, depth: Math.min(3, Math.max(1, Math.floor(Number(depth.value) || 1))) },
      });
    store.dispatch({ type: "setTopology", topology: { kind: "component", node } });
  };
  topology.addEventListener("change", applyTopology);
  depth.addEventListener("input", applyTopology);
  k.addEventListener("input", applyTopology);
  depth.hidden = true;
  k.hidden = true;

  // the shift-click selection
  const pickedNote = h("p", { className: "ngv-tool-note", attrs: { "aria-live": "polite" } });
  const act = (text: string, tool: string, run: () => void) =>
    h("button", {
      className: "ngv-btn ngv-btn-small",
      text,
      attrs: { type: "button", "data-tool": tool },
      on: { click: run },
    });
  const hide = act("Hide", "hide-picked", () => store.dispatch({ type: "hidePicked" }));
  const keep = act("Keep only", "keep-picked", () => store.dispatch({ type: "keepPicked" }));
  const exportButton = act("Export", "export-picked", () => hooks.exportPicked(store.getState().picked));
  const clearButton = act("Clear", "clear-picked", () => store.dispatch({ type: "clearPicked" }));
  const showAll = act("Show all nodes", "show-all", () => store.dispatch({ type: "showAllNodes" }));

  const element = h("section", { className: "ngv-tools", attrs: { "aria-label": "Tools" } }, [
    h("h3", { text: "Statistics" }),
    statsButton,
    statsNote,
    h("h3", { text: "Appearance" }),
    h("label", { className: "ngv-tool-row" }, [h("span", { text: "Colour" }), colorBy]),
    h("label", { className: "ngv-tool-row" }, [h("span", { text: "Size" }), sizeBy]),
    h("h3", { text: "Topological filter" }),
    topology,
    h("div", { className: "ngv-tool-row" }, [depth, k]),
    topologyNote,
    h("h3", { text: "Selection" }),
    pickedNote,
    h("div", { className: "ngv-tool-actions" }, [hide, keep, exportButton, clearButton]),
    showAll,
  ]);

  const update = (state: ViewState) => {
    colorBy.value = state.colorBy;
    sizeBy.value = state.sizeBy;
    const n = state.picked.length;
    pickedNote.textContent = n
      ? `${n} node${n === 1 ? "" : "s"} picked`
      : "Shift-click nodes on the graph to pick several.";
    for (const b of [hide, keep, exportButton, clearButton]) b.disabled = n === 0;
    showAll.hidden = state.hiddenNodes.length === 0 && !state.keepOnly;
    // the anchored filters follow the selection
    if (state.topology && state.topology.kind !== "core") {
      const node = state.selection?.kind === "node" ? state.selection.key : null;
      if (node && node !== state.topology.node) queueMicrotask(applyTopology);
    }
  };
  update(store.getState());
  const unsubscribe = store.subscribe(update);
  // statistics already computed (an appearance from the URL needed them): say so
  const known = hooks.statistics();
  if (known) showComputed(known);
  return {
    element,
    destroy() {
      unsubscribe();
      stopProgress();
    },
  };
}
