// The viewer's panel: beside the graph, tabs for the selection's details (or the graph's overview),
// the data table and the reading tools, the last two made when their tab is first opened; in
// compact mode, a popup sheet below the canvas with the details only, shown while something is
// selected.
import type { NewsGraph } from "../schema/model";
import { createDataTable, type DataTableView } from "./data-table";
import { renderDetails, renderOverview } from "./details";
import { clear, h } from "./dom";
import { downloadSubgraph } from "./download";
import type { Store, ViewState } from "./state";
import type { StatisticsCache } from "./statistics-cache";
import { createTools, type ToolsView } from "./tools";

export type TabName = "details" | "data" | "tools";

const TABS: ReadonlyArray<readonly [TabName, string]> = [
  ["details", "Details"],
  ["data", "Data"],
  ["tools", "Tools"],
];

export interface PanelOptions {
  compact: boolean;
  statistics: StatisticsCache;
  /** the compact popup was shown or hidden, so the canvas changed height */
  onPopupResize(): void;
}

export interface Panel {
  /** the side panel, or the compact popup (for the caller to place) */
  element: HTMLElement;
  /** shows the details of the state's selection (or the overview); `initial` at mount */
  render(state: ViewState, initial?: boolean): void;
  /** a new selection: a pick (search, table row, mention) brings the details tab forward */
  showSelection(state: ViewState): void;
  showTab(name: TabName): void;
  /** the data table, if made, re-reads the graph, the state and the statistics */
  refreshTable(): void;
  destroy(): void;
}

/** The popup's close button and body: a sheet below the canvas. */
function popup(details: HTMLElement, close: () => void): HTMLElement {
  const closeButton = h("button", {
    className: "ngv-close",
    text: "×",
    attrs: { type: "button", "aria-label": "Close" },
    on: { click: close },
  });
  // a sheet below the canvas, not over it: a scrolling box over sigma's WebGL canvases makes
  // Chromium drop them from the screen (software compositing), and it would hide the selection
  return h("div", { className: "ngv-popup", attrs: { role: "dialog", "aria-label": "Details" } }, [
    closeButton,
    details,
  ]);
}

export function createPanel(graph: NewsGraph, store: Store, options: PanelOptions): Panel {
  const { compact, statistics } = options;
  const details = h("div", { className: "ngv-details-box" });
  let table: DataTableView | null = null;
  let tools: ToolsView | null = null;
  const tabs: Record<TabName, HTMLElement | null> = { details, data: null, tools: null };
  const tabButtons = new Map<TabName, HTMLButtonElement>();
  let element: HTMLElement;

  const makeTools = () =>
    createTools(graph, store, {
      statistics: statistics.current,
      computeStatistics: statistics.compute,
      onStatisticsProgress: statistics.onProgress,
      exportPicked: (keys) => downloadSubgraph(graph, keys),
    });
  const showTab = (name: TabName) => {
    if (name === "data" && !tabs.data) {
      table = createDataTable(graph, store, statistics.current);
      element.append((tabs.data = table.element));
    }
    if (name === "tools" && !tabs.tools) {
      tools = makeTools();
      element.append((tabs.tools = tools.element));
    }
    if (name === "data") table!.refresh();
    for (const [tab, el] of Object.entries(tabs)) if (el) el.hidden = tab !== name;
    for (const [tab, b] of tabButtons) b.setAttribute("aria-selected", String(tab === name));
  };
  const tabBar = h("div", { className: "ngv-tabs", attrs: { role: "tablist", "aria-label": "Panel" } });
  for (const [name, text] of TABS) {
    const b = h("button", {
      className: "ngv-tab",
      text,
      attrs: { type: "button", role: "tab", "aria-selected": String(name === "details"), "data-tab": name },
    });
    b.addEventListener("click", () => showTab(name));
    tabButtons.set(name, b);
    tabBar.append(b);
  }
  if (compact) element = popup(details, () => store.dispatch({ type: "select", selection: null }));
  else {
    element = h("aside", { className: "ngv-panel", attrs: { "aria-label": "Details" } });
    details.setAttribute("aria-live", "polite");
    element.append(tabBar, details);
  }

  const render = (state: ViewState, initial = false) => {
    clear(details);
    const el = renderDetails(graph, state.selection, store.dispatch);
    if (el) details.append(el);
    else if (!compact) details.append(renderOverview(graph, store.dispatch));
    if (compact && element.hidden !== !el) {
      element.hidden = !el;
      // the canvas just changed height: sigma must know before the camera frames the selection
      if (!initial) options.onPopupResize();
    }
    // writing scrollTop forces a synchronous layout of the page: a fresh panel is at the top anyway
    if (!initial) element.scrollTop = 0;
  };
  return {
    element,
    render,
    showSelection(state) {
      if (state.selection && !compact && details.hidden) showTab("details");
      render(state);
    },
    showTab,
    refreshTable: () => table?.refresh(),
    destroy: () => tools?.destroy(),
  };
}
