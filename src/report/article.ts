// The article with every mention highlighted in its node type's colour, marked up from the
// mention forest the viewer's article uses too (src/spans/mentions.ts: nested mentions nest, of
// two crossing ones the longer is kept, an entity before an event). The text keeps its line
// breaks (white-space: pre-wrap), so offsets map one to one. Pure: no DOM, no Node APIs.
import { TYPE_LABELS } from "../appearance/appearance";
import type { NewsGraph } from "../schema/model";
import { escapeHtml } from "../embed/escape";
import { mentionSpans, type MentionSpan } from "../spans/mentions";

export interface ArticleHtml {
  html: string;
  /** node key -> id of its first highlighted mention, for links from the table and timeline */
  anchors: Map<string, string>;
}

export function articleHtml(graph: NewsGraph): ArticleHtml {
  const text = graph.getAttribute("source").text;
  // blank lines ending the text would print as empty lines, and could fill a last page of their own
  const tailStart = text.replace(/\s+$/, "").length;
  const anchors = new Map<string, string>();
  let count = 0;
  const markup = (spans: readonly MentionSpan[], from: number, to: number): string => {
    let html = "";
    let at = from;
    for (const s of spans) {
      const id = `mention-${++count}`;
      if (!anchors.has(s.node)) anchors.set(s.node, id);
      const label = graph.getNodeAttribute(s.node, "label");
      html += escapeHtml(text.slice(at, s.start));
      html +=
        `<mark id="${id}" class="ng-mention t-${s.type}" title="${escapeHtml(`${label} · ${TYPE_LABELS[s.type] ?? s.type}`)}">` +
        `${markup(s.children, s.start, s.end)}</mark>`;
      at = s.end;
    }
    if (to < text.length || at >= tailStart) return html + escapeHtml(text.slice(at, to));
    // the article's end: its trailing whitespace is kept (the text stays whole) but collapsed
    return (
      html +
      escapeHtml(text.slice(at, tailStart)) +
      (tailStart < to ? `<span class="ng-tail">${escapeHtml(text.slice(tailStart, to))}</span>` : "")
    );
  };
  return { html: `<div class="ng-article">${markup(mentionSpans(graph), 0, text.length)}</div>`, anchors };
}
