// Details of the selected node or edge: facts, relations and evidence.
// Used by the side panel and by the compact popup. Graph text only ever goes through textContent.
import { TYPE_LABELS } from "../appearance/appearance";
import type { NewsGraph } from "../schema/model";
import { h } from "./dom";
import { groupEvidence, markedPieces, type EvidenceItem } from "./evidence";
import type { Action, Selection } from "./state";

type Dispatch = (action: Action) => void;

/** Each sentence once, every mention in it marked; the item count says how often it was stated. */
export function evidenceList(text: string, items: readonly EvidenceItem[], type: string, limit = 50): HTMLElement {
  const groups = groupEvidence(text, items);
  const list = h("ul", { className: "ngv-evidence", attrs: { "data-type": type } });
  for (const g of groups.slice(0, limit)) {
    list.append(
      h(
        "li",
        {},
        markedPieces(g).map((p) => (p.marked ? h("mark", { text: p.text }) : p.text)),
      ),
    );
  }
  if (groups.length > limit) list.append(h("li", { text: `… and ${groups.length - limit} more sentences` }));
  return list;
}

/** "Evidence (3 sentences)" */
function evidenceHeading(text: string, items: readonly EvidenceItem[]): string {
  const n = groupEvidence(text, items).length;
  return `Evidence (${n} ${n === 1 ? "sentence" : "sentences"})`;
}

function facts(rows: Array<[string, string | number | undefined]>): HTMLElement {
  const dl = h("dl", { className: "ngv-facts" });
  for (const [name, value] of rows) {
    if (value === undefined || value === "") continue;
    dl.append(h("dt", { text: name }), h("dd", { text: String(value) }));
  }
  return dl;
}

function nodeLink(graph: NewsGraph, key: string, dispatch: Dispatch): HTMLElement {
  const type = graph.getNodeAttribute(key, "type");
  return h("button", {
    className: "ngv-link",
    text: graph.getNodeAttribute(key, "label"),
    attrs: { type: "button", "data-node": key, "data-type": type },
    title: TYPE_LABELS[type] ?? type,
    on: { click: () => dispatch({ type: "select", selection: { kind: "node", key } }) },
  });
}

function edgeLink(graph: NewsGraph, key: string, dispatch: Dispatch): HTMLElement {
  return h("button", {
    className: "ngv-link ngv-rel-label",
    text: graph.getEdgeAttribute(key, "label"),
    attrs: { type: "button", "data-edge": key },
    title: "Show this relation and its evidence",
    on: { click: () => dispatch({ type: "select", selection: { kind: "edge", key } }) },
  });
}

const sourceText = (graph: NewsGraph) => graph.getAttribute("source")?.text ?? "";

function nodeDetails(graph: NewsGraph, key: string, dispatch: Dispatch): HTMLElement {
  const a = graph.getNodeAttributes(key);
  const text = sourceText(graph);
  const root = h("section", { className: "ngv-details", attrs: { "data-type": a.type, "data-node": key } });
  root.append(
    h("span", { className: "ngv-badge", text: TYPE_LABELS[a.type] ?? a.type, attrs: { "data-type": a.type } }),
    h("h2", { className: "ngv-title", text: a.label }),
    facts([
      ["Role", a.role],
      ["Kind", a.kind ? (a.cameo ? `${a.kind} (CAMEO ${a.cameo})` : a.kind) : undefined],
      ["Date", a.date && a.isoDate ? `${a.date} (${a.isoDate})` : a.date],
      ["Place", a.place],
      ["Also", (a.aliases ?? []).filter((x) => x !== a.label).join(", ")],
      ["Mentions", a.mentions],
    ]),
  );
  const relations = h("ul", { className: "ngv-relations" });
  graph.forEachOutEdge(key, (edge, _attrs, _s, target) => {
    relations.append(
      h("li", { className: "ngv-rel" }, [edgeLink(graph, edge, dispatch), " → ", nodeLink(graph, target, dispatch)]),
    );
  });
  graph.forEachInEdge(key, (edge, _attrs, source) => {
    relations.append(
      h("li", { className: "ngv-rel" }, [
        nodeLink(graph, source, dispatch),
        " ",
        edgeLink(graph, edge, dispatch),
        " → ",
        h("span", { className: "ngv-self", text: a.label }),
      ]),
    );
  });
  if (relations.childElementCount)
    root.append(
      h("div", { className: "ngv-section" }, [
        h("h3", { text: `Relations (${relations.childElementCount})` }),
        relations,
      ]),
    );
  root.append(
    h("div", { className: "ngv-section" }, [
      h("h3", { text: evidenceHeading(text, a.evidence ?? []) }),
      evidenceList(text, a.evidence ?? [], a.type),
    ]),
  );
  return root;
}

function edgeDetails(graph: NewsGraph, key: string, dispatch: Dispatch): HTMLElement {
  const a = graph.getEdgeAttributes(key);
  const text = sourceText(graph);
  const [source, target] = graph.extremities(key);
  const root = h("section", { className: "ngv-details", attrs: { "data-edge": key } });
  root.append(
    h("span", { className: "ngv-badge", text: `Relation · ${a.kind}` }),
    h("h2", { className: "ngv-title" }, [
      nodeLink(graph, source, dispatch),
      " ",
      h("span", { text: a.label }),
      " ",
      nodeLink(graph, target, dispatch),
    ]),
    facts([
      ["Role", a.role],
      ["Stated", a.mentions],
    ]),
    h("div", { className: "ngv-section" }, [
      h("h3", { text: evidenceHeading(text, a.evidence ?? []) }),
      evidenceList(text, a.evidence ?? [], "relation"),
    ]),
  );
  return root;
}

/** The details element for a selection, or null if it is gone from the graph. */
export function renderDetails(graph: NewsGraph, selection: Selection | null, dispatch: Dispatch): HTMLElement | null {
  if (!selection) return null;
  if (selection.kind === "node")
    return graph.hasNode(selection.key) ? nodeDetails(graph, selection.key, dispatch) : null;
  return graph.hasEdge(selection.key) ? edgeDetails(graph, selection.key, dispatch) : null;
}

/** What the panel shows with nothing selected: the graph at a glance, with its most-mentioned nodes. */
export function renderOverview(graph: NewsGraph, dispatch: Dispatch, top = 10): HTMLElement {
  const counts = new Map<string, number>();
  graph.forEachNode((_k, a) => counts.set(a.type, (counts.get(a.type) ?? 0) + 1));
  const root = h("section", { className: "ngv-overview" }, [
    h("h2", { className: "ngv-heading", text: "Overview" }),
    h("p", {
      className: "ngv-panel-empty",
      text: "Click a node, a relation or a highlighted mention to see its evidence.",
    }),
    facts([
      ...[...counts].map(([type, n]): [string, number] => [TYPE_LABELS[type as keyof typeof TYPE_LABELS] ?? type, n]),
      ["Relations", graph.size],
    ]),
  ]);
  const ranked: Array<{ key: string; mentions: number }> = [];
  graph.forEachNode((key, a) => {
    if (a.type !== "event") ranked.push({ key, mentions: a.mentions ?? 0 });
  });
  ranked.sort((a, b) => b.mentions - a.mentions || (a.key < b.key ? -1 : 1));
  ranked.length = Math.min(ranked.length, top);
  if (ranked.length) {
    const list = h("ul", { className: "ngv-relations" });
    for (const n of ranked)
      list.append(
        h("li", { className: "ngv-rel" }, [
          nodeLink(graph, n.key, dispatch),
          h("span", { className: "ngv-rel-label", text: ` · ${n.mentions}` }),
        ]),
      );
    root.append(h("div", { className: "ngv-section" }, [h("h3", { text: "Most mentioned" }), list]));
  }
  return root;
}
