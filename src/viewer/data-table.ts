// The data table (Gephi Lite's): the nodes or the edges as rows, sortable by any column,
// filtered by a text, a click on a row selects it. Statistics join as columns once computed.
import { TYPE_LABELS } from "../appearance/appearance";
import type { NewsGraph } from "../schema/model";
import { clear, h } from "./dom";
import type { StatisticsResult } from "./statistics";
import type { Store } from "./state";

type Cell = string | number;
interface Column {
  id: string;
  label: string;
  numeric: boolean;
  value(key: string): Cell;
}

/** rows drawn at once: past this, the filter narrows them */
export const MAX_ROWS = 300;

export interface DataTableView {
  element: HTMLElement;
  /** redraw (statistics arrived, graph changed) */
  refresh(): void;
}

function nodeColumns(graph: NewsGraph, stats: StatisticsResult | null): Column[] {
  const a = (key: string) => graph.getNodeAttributes(key);
  const cols: Column[] = [
    { id: "label", label: "Label", numeric: false, value: (k) => a(k).label },
    { id: "type", label: "Type", numeric: false, value: (k) => TYPE_LABELS[a(k).type] ?? a(k).type },
    { id: "kind", label: "Kind", numeric: false, value: (k) => a(k).kind ?? "" },
    { id: "date", label: "Date", numeric: false, value: (k) => a(k).date ?? "" },
    // sorts by real time: ISO dates compare as strings
    { id: "isoDate", label: "When", numeric: false, value: (k) => a(k).isoDate ?? "" },
    { id: "role", label: "Role", numeric: false, value: (k) => a(k).role ?? "" },
    { id: "mentions", label: "Mentions", numeric: true, value: (k) => a(k).mentions ?? 0 },
    { id: "degree", label: "Degree", numeric: true, value: (k) => graph.degree(k) },
  ];
  if (stats) {
    const s = (k: string) => stats.nodes.get(k);
    cols.push({ id: "pagerank", label: "PageRank", numeric: true, value: (k) => round(s(k)?.pagerank ?? 0) });
    if (stats.betweenness)
      cols.push({
        id: "betweenness",
        label: "Betweenness",
        numeric: true,
        value: (k) => round(s(k)?.betweenness ?? 0),
      });
    cols.push({ id: "community", label: "Community", numeric: true, value: (k) => (s(k)?.community ?? -1) + 1 });
  }
  return cols;
}

function edgeColumns(graph: NewsGraph): Column[] {
  const label = (n: string) => graph.getNodeAttribute(n, "label");
  return [
    { id: "source", label: "Source", numeric: false, value: (e) => label(graph.source(e)) },
    { id: "label", label: "Relation", numeric: false, value: (e) => graph.getEdgeAttribute(e, "label") },
    { id: "target", label: "Target", numeric: false, value: (e) => label(graph.target(e)) },
    { id: "kind", label: "Kind", numeric: false, value: (e) => graph.getEdgeAttribute(e, "kind") },
    { id: "mentions", label: "Mentions", numeric: true, value: (e) => graph.getEdgeAttribute(e, "mentions") ?? 0 },
  ];
}

const round = (v: number) => Math.round(v * 10000) / 10000;

/** Keys sorted by a column (ties by key, so the order is stable), filtered by text in any text column. */
export function tableRows(
  keys: string[],
  columns: Column[],
  sortBy: string,
  descending: boolean,
  filter: string,
): string[] {
  const col = columns.find((c) => c.id === sortBy) ?? columns[0];
  const needle = filter.trim().toLowerCase();
  const rows = needle
    ? keys.filter((k) => columns.some((c) => !c.numeric && String(c.value(k)).toLowerCase().includes(needle)))
    : [...keys];
  const sign = descending ? -1 : 1;
  return rows
    .map((k) => ({ k, v: col.value(k) }))
    .sort((x, y) => {
      const d = col.numeric
        ? (x.v as number) - (y.v as number)
        : String(x.v) < String(y.v)
          ? -1
          : String(x.v) > String(y.v)
            ? 1
            : 0;
      return d !== 0 ? sign * d : x.k < y.k ? -1 : x.k > y.k ? 1 : 0;
    })
    .map((r) => r.k);
}

export function createDataTable(graph: NewsGraph, store: Store, stats: () => StatisticsResult | null): DataTableView {
  let what: "nodes" | "edges" = "nodes";
  let sortBy = "mentions";
  let descending = true;
  const filter = h("input", { attrs: { type: "search", placeholder: "Filter rows…", "aria-label": "Filter rows" } });
  const nodesButton = h("button", {
    className: "ngv-btn ngv-btn-small",
    text: "Nodes",
    attrs: { type: "button", "aria-pressed": "true", "data-table": "nodes" },
  });
  const edgesButton = h("button", {
    className: "ngv-btn ngv-btn-small",
    text: "Edges",
    attrs: { type: "button", "aria-pressed": "false", "data-table": "edges" },
  });
  const count = h("div", { className: "ngv-table-count", attrs: { "aria-live": "polite" } });
  const table = h("table", { className: "ngv-table" });
  const scroller = h("div", { className: "ngv-table-scroll" }, [table]);
  const element = h("section", { className: "ngv-data", attrs: { "aria-label": "Data table" } }, [
    h("div", { className: "ngv-table-bar" }, [nodesButton, edgesButton, filter]),
    count,
    scroller,
  ]);

  const render = () => {
    const columns = what === "nodes" ? nodeColumns(graph, stats()) : edgeColumns(graph);
    if (!columns.some((c) => c.id === sortBy)) sortBy = "mentions";
    const keys = what === "nodes" ? graph.nodes() : graph.edges();
    const rows = tableRows(keys, columns, sortBy, descending, filter.value);
    clear(table);
    const head = h("tr");
    for (const c of columns) {
      const sorted = c.id === sortBy;
      const th = h(
        "th",
        {
          attrs: {
            scope: "col",
            "aria-sort": sorted ? (descending ? "descending" : "ascending") : "none",
            "data-column": c.id,
          },
        },
        [
          h("button", {
            className: "ngv-sort",
            text: `${c.label}${sorted ? (descending ? " ▾" : " ▴") : ""}`,
            attrs: { type: "button" },
            on: {
              click: () => {
                if (sortBy === c.id) descending = !descending;
                else {
                  sortBy = c.id;
                  descending = c.numeric;
                }
                render();
              },
            },
          }),
        ],
      );
      if (c.numeric) th.classList.add("ngv-num");
      head.append(th);
    }
    const body = h("tbody");
    for (const key of rows.slice(0, MAX_ROWS)) {
      const tr = h("tr", {
        attrs: what === "nodes" ? { "data-node": key, tabindex: "0" } : { "data-edge": key, tabindex: "0" },
      });
      for (const c of columns)
        tr.append(h("td", { className: c.numeric ? "ngv-num" : "", text: String(c.value(key)) }));
      body.append(tr);
    }
    table.append(h("thead", {}, [head]), body);
    count.textContent = `${rows.length} of ${keys.length} ${what}${rows.length > MAX_ROWS ? ` · first ${MAX_ROWS} shown` : ""}`;
  };
  const pick = (target: EventTarget | null) => {
    const tr = (target as Element | null)?.closest?.("tr[data-node], tr[data-edge]") as HTMLElement | null;
    if (!tr) return;
    const node = tr.dataset.node;
    const edge = tr.dataset.edge;
    store.dispatch({ type: "select", selection: node ? { kind: "node", key: node } : { kind: "edge", key: edge! } });
  };
  table.addEventListener("click", (e) => pick(e.target));
  table.addEventListener("keydown", (e) => {
    if (e.key === "Enter") pick(e.target);
  });
  filter.addEventListener("input", render);
  const setWhat = (w: "nodes" | "edges") => {
    what = w;
    sortBy = "mentions";
    descending = true;
    nodesButton.setAttribute("aria-pressed", String(w === "nodes"));
    edgesButton.setAttribute("aria-pressed", String(w === "edges"));
    render();
  };
  nodesButton.addEventListener("click", () => setWhat("nodes"));
  edgesButton.addEventListener("click", () => setWhat("edges"));
  let drawn = false;
  return {
    element,
    refresh: () => {
      drawn = true;
      render();
    },
    get drawn() {
      return drawn;
    },
  } as DataTableView;
}
