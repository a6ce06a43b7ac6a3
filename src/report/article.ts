// The article with every mention highlighted in its node type's colour. Entity mentions
// win over event triggers where spans overlap; the text keeps its line breaks
// (white-space: pre-wrap), so offsets map one to one. Pure: no DOM, no Node APIs.
import { TYPE_LABELS } from "../appearance/appearance";
import type { NodeType } from "../schema/graph";
import type { NewsGraph } from "../schema/model";
import { escapeHtml } from "../embed/escape";

interface Span {
  start: number;
  end: number;
  key: string;
  label: string;
  type: NodeType;
}

/** Mention spans that can be highlighted: inside the text, non-empty, non-overlapping, in text order. */
export function mentionSpans(graph: NewsGraph): Span[] {
  const length = graph.getAttribute("source").text.length;
  const all: Span[] = [];
  graph.forEachNode((key, a) => {
    for (const e of a.evidence) {
      if (e.start < e.end && e.end <= length) all.push({ start: e.start, end: e.end, key, label: a.label, type: a.type });
    }
  });
  // entities first, then longer spans, then text order: the greedy pass keeps the best of overlapping spans
  const rank = (s: Span) => (s.type === "event" ? 1 : 0);
  all.sort((x, y) => rank(x) - rank(y) || y.end - y.start - (x.end - x.start) || x.start - y.start || (x.key < y.key ? -1 : 1));
  const kept: Span[] = [];
  for (const s of all) {
    if (!kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s);
  }
  return kept.sort((x, y) => x.start - y.start);
}

export interface ArticleHtml {
  html: string;
  /** node key -> id of its first highlighted mention, for links from the table and timeline */
  anchors: Map<string, string>;
}

export function articleHtml(graph: NewsGraph): ArticleHtml {
  const text = graph.getAttribute("source").text;
  const anchors = new Map<string, string>();
  let html = "";
  let at = 0;
  mentionSpans(graph).forEach((s, i) => {
    const id = `mention-${i + 1}`;
    if (!anchors.has(s.key)) anchors.set(s.key, id);
    html += escapeHtml(text.slice(at, s.start));
    html +=
      `<mark id="${id}" class="ng-mention t-${s.type}" title="${escapeHtml(`${s.label} · ${TYPE_LABELS[s.type] ?? s.type}`)}">` +
      `${escapeHtml(text.slice(s.start, s.end))}</mark>`;
    at = s.end;
  });
  html += escapeHtml(text.slice(at));
  return { html: `<div class="ng-article">${html}</div>`, anchors };
}
