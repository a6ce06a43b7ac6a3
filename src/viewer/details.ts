// Details of the selected node or edge: facts, relations and evidence.
// Used by the side panel and by the compact popup. Graph text only ever goes through textContent.
import { TYPE_LABELS } from "../appearance/appearance";
import { evidenceSentence, type Evidence } from "../schema/graph";
import type { NewsGraph } from "../schema/model";
import { h } from "./dom";
import type { Action, Selection } from "./state";

type Dispatch = (action: Action) => void;

/** Splits a sentence around its mention: [before, mention, after]; whole sentence if offsets are off. */
export function splitEvidence(e: Evidence, text: string): [string, string, string] {
  const sentence = evidenceSentence(text, e);
  const a = e.start - e.sentenceStart;
  const b = e.end - e.sentenceStart;
  if (a < 0 || b > sentence.length || a >= b) return [sentence, "", ""];
  return [sentence.slice(0, a), sentence.slice(a, b), sentence.slice(b)];
}

export function evidenceList(items: Evidence[], type: string, text: string, limit = 50): HTMLElement {
  const list = h("ul", { className: "ngv-evidence", attrs: { "data-type": type } });
  for (const e of items.slice(0, limit)) {
    const [before, mention, after] = splitEvidence(e, text);
    list.append(h("li", {}, [before, mention ? h("mark", { text: mention }) : null, after]));
  }
  if (items.length > limit) list.append(h("li", { text: `… and ${items.length - limit} more` }));
  return list;
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

function nodeDetails(graph: NewsGraph, key: string, dispatch: Dispatch): HTMLElement {
  const a = graph.getNodeAttributes(key);
  const root = h("section", { className: "ngv-details", attrs: { "data-type": a.type, "data-node": key } });
  root.append(
    h("span", { className: "ngv-badge", text: TYPE_LABELS[a.type] ?? a.type, attrs: { "data-type": a.type } }),
    h("h2", { className: "ngv-title", text: a.label }),
    facts([
      ["Role", a.role],
      ["Kind", a.kind ? (a.cameo ? `${a.kind} (CAMEO ${a.cameo})` : a.kind) : undefined],
      ["Date", a.date],
      ["Place", a.place],
      ["Also", (a.aliases ?? []).filter((x) => x !== a.label).join(", ")],
      ["Mentions", a.mentions],
    ]),
  );
  const relations = h("ul", { className: "ngv-relations" });
  graph.forEachOutEdge(key, (edge, _attrs, _s, target) => {
    relations.append(h("li", { className: "ngv-rel" }, [edgeLink(graph, edge, dispatch), " → ", nodeLink(graph, target, dispatch)]));
  });
  graph.forEachInEdge(key, (edge, _attrs, source) => {
    relations.append(
      h("li", { className: "ngv-rel" }, [nodeLink(graph, source, dispatch), " ", edgeLink(graph, edge, dispatch), " → ", h("span", { className: "ngv-self", text: a.label })]),
    );
  });
  if (relations.childElementCount)
    root.append(h("div", { className: "ngv-section" }, [h("h3", { text: `Relations (${relations.childElementCount})` }), relations]));
  root.append(
    h("div", { className: "ngv-section" }, [h("h3", { text: `Evidence (${(a.evidence ?? []).length})` }), evidenceList(a.evidence ?? [], a.type, graph.getAttribute("source")?.text ?? "")]),
  );
  return root;
}

function edgeDetails(graph: NewsGraph, key: string, dispatch: Dispatch): HTMLElement {
  const a = graph.getEdgeAttributes(key);
  const [source, target] = graph.extremities(key);
  const root = h("section", { className: "ngv-details", attrs: { "data-edge": key } });
  root.append(
    h("span", { className: "ngv-badge", text: `Relation · ${a.kind}` }),
    h("h2", { className: "ngv-title" }, [nodeLink(graph, source, dispatch), " ", h("span", { text: a.label }), " ", nodeLink(graph, target, dispatch)]),
    facts([
      ["Role", a.role],
      ["Stated", a.mentions],
    ]),
    h("div", { className: "ngv-section" }, [h("h3", { text: `Evidence (${(a.evidence ?? []).length})` }), evidenceList(a.evidence ?? [], "relation", graph.getAttribute("source")?.text ?? "")]),
  );
  return root;
}

/** The details element for a selection, or null if it is gone from the graph. */
export function renderDetails(graph: NewsGraph, selection: Selection | null, dispatch: Dispatch): HTMLElement | null {
  if (!selection) return null;
  if (selection.kind === "node") return graph.hasNode(selection.key) ? nodeDetails(graph, selection.key, dispatch) : null;
  return graph.hasEdge(selection.key) ? edgeDetails(graph, selection.key, dispatch) : null;
}

/** What the panel shows with nothing selected: the graph at a glance, with its most-mentioned nodes. */
export function renderOverview(graph: NewsGraph, dispatch: Dispatch, top = 10): HTMLElement {
  const counts = new Map<string, number>();
  graph.forEachNode((_k, a) => counts.set(a.type, (counts.get(a.type) ?? 0) + 1));
  const root = h("section", { className: "ngv-overview" }, [
    h("h2", { className: "ngv-heading", text: "Overview" }),
    h("p", { className: "ngv-panel-empty", text: "Click a node, a relation or a highlighted mention to see its evidence." }),
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
    for (const n of ranked) list.append(h("li", { className: "ngv-rel" }, [nodeLink(graph, n.key, dispatch), h("span", { className: "ngv-rel-label", text: ` · ${n.mentions}` })]));
    root.append(h("div", { className: "ngv-section" }, [h("h3", { text: "Most mentioned" }), list]));
  }
  return root;
}
