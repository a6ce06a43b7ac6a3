// The source article with every mention marked in its type's colour.
// Clicking a mention selects its node; selecting a node marks and scrolls to its mentions.
import type { NewsGraph } from "../schema/model";
import { mentionSpans, type MentionSpan } from "../spans/mentions";
import { h } from "./dom";
import type { Store, ViewState } from "./state";

export interface ArticleView {
  element: HTMLElement;
  destroy(): void;
}

export function createArticleView(graph: NewsGraph, store: Store): ArticleView {
  const text = graph.getAttribute("source")?.text ?? "";
  const body = h("div", { className: "ngv-article-text" });
  const element = h("section", { className: "ngv-article", attrs: { "aria-label": "Article" } }, [
    h("h2", { className: "ngv-heading", text: "Article" }),
    body,
  ]);
  const marksByNode = new Map<string, HTMLElement[]>();
  const nodeOfMark = new WeakMap<Element, string>();

  const render = (parent: HTMLElement, spans: MentionSpan[], from: number, to: number) => {
    let at = from;
    for (const span of spans) {
      if (span.start > at) parent.append(text.slice(at, span.start));
      const mark = h("mark", {
        className: "ngv-mention",
        attrs: { "data-type": span.type, "data-node": span.node, tabindex: "0", role: "button" },
        title: graph.getNodeAttribute(span.node, "label"),
      });
      render(mark, span.children, span.start, span.end);
      parent.append(mark);
      nodeOfMark.set(mark, span.node);
      const list = marksByNode.get(span.node) ?? [];
      list.push(mark);
      marksByNode.set(span.node, list);
      at = span.end;
    }
    if (to > at) parent.append(text.slice(at, to));
  };
  render(body, mentionSpans(graph), 0, text.length);

  const selectFrom = (target: EventTarget | null) => {
    const mark = (target as Element | null)?.closest?.("mark.ngv-mention");
    const node = mark && nodeOfMark.get(mark);
    if (node) store.dispatch({ type: "select", selection: { kind: "node", key: node } });
    return !!node;
  };
  body.addEventListener("click", (event) => selectFrom(event.target));
  body.addEventListener("keydown", (event) => {
    if ((event.key === "Enter" || event.key === " ") && selectFrom(event.target)) event.preventDefault();
  });

  let lit: HTMLElement[] = [];
  const update = (state: ViewState, previous?: ViewState) => {
    if (previous && state.selection === previous.selection) return;
    for (const m of lit) m.classList.remove("ngv-on");
    lit = state.selection?.kind === "node" ? (marksByNode.get(state.selection.key) ?? []) : [];
    for (const m of lit) m.classList.add("ngv-on");
    const first = lit[0];
    if (!first) return;
    // at mount the article is not laid out yet: scroll once it is, in the next frame, not by forcing a layout now
    if (previous) scrollTo(first);
    else requestAnimationFrame(() => element.isConnected && scrollTo(first));
  };
  // scroll inside the article only, never the host page
  const scrollTo = (mark: HTMLElement) => {
    const box = element.getBoundingClientRect();
    const r = mark.getBoundingClientRect();
    if (r.top < box.top || r.bottom > box.bottom) element.scrollTop += r.top - box.top - box.height / 3;
  };
  update(store.getState());
  const unsubscribe = store.subscribe(update);
  return { element, destroy: unsubscribe };
}
