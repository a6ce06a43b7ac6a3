// The source article with every mention marked in its type's colour.
// Clicking a mention selects its node; selecting a node marks and scrolls to its mentions.
//
// A long article would cost its whole size in DOM and layout (a 52 MB one froze the page for half
// a minute), so the text is cut into chunks (article-chunks.ts). Each chunk is a block holding its
// plain text, which layout skips while it is off screen (content-visibility:auto); its marks are
// built only while it is near the viewport, and dropped again when too many chunks hold them; its
// mention spans are worked out the first time it is rendered (article-mentions.ts).
// The panel's text is always the whole article (copying, find in page), its marks a few screens'.
import type { NewsGraph } from "../schema/model";
import type { MentionSpan } from "../spans/mentions";
import { estimatedLines, type ChunkBounds } from "./article-chunks";
import { lazyArticle, mentionTable } from "./article-mentions";
import { h } from "./dom";
import type { Store, ViewState } from "./state";

export interface ArticleView {
  element: HTMLElement;
  destroy(): void;
}

/** Chunks holding marks beyond those near the viewport: an article this short is always fully marked. */
const MARKED_CHUNKS_BUDGET = 8;
/** The article's top is marked from the first paint, before the observer reports what is in view. */
const EAGER_CHUNKS = 2;
/** The panel's line height in pixels (styles.ts: 14px × 1.6), for the height of chunks not laid out yet. */
const LINE_PX = 22.4;

/** The marks of one rendered chunk, by node, in text order. */
type ChunkMarks = Map<string, HTMLElement[]>;

/** Text and nested marks for `spans` over text[from, to), each mark made by `makeMark`. */
function markedText(
  text: string,
  spans: readonly MentionSpan[],
  from: number,
  to: number,
  makeMark: (span: MentionSpan) => HTMLElement,
): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const fill = (parent: Node, children: readonly MentionSpan[], start: number, end: number) => {
    let at = start;
    for (const span of children) {
      if (span.start > at) parent.appendChild(document.createTextNode(text.slice(at, span.start)));
      const mark = makeMark(span);
      fill(mark, span.children, span.start, span.end);
      parent.appendChild(mark);
      at = span.end;
    }
    if (end > at) parent.appendChild(document.createTextNode(text.slice(at, end)));
  };
  fill(fragment, spans, from, to);
  return fragment;
}

/** A chunk's block before its marks are made: its text, and a height to stand in while layout skips it. */
function chunkSlot(text: string, chunk: ChunkBounds): HTMLElement {
  const slot = h("div", { className: "ngv-chunk" }, [text.slice(chunk.start, chunk.end)]);
  slot.style.setProperty("contain-intrinsic-height", `auto ${Math.ceil(estimatedLines(text, chunk) * LINE_PX)}px`);
  return slot;
}

export function createArticleView(graph: NewsGraph, store: Store): ArticleView {
  const text = graph.getAttribute("source")?.text ?? "";
  const article = lazyArticle(text, mentionTable(graph, text.length));
  const chunks = article.chunks;
  const body = h("div", { className: "ngv-article-text" });
  const element = h("section", { className: "ngv-article", attrs: { "aria-label": "Article" } }, [
    h("h2", { className: "ngv-heading", text: "Article" }),
    body,
  ]);
  const slots = chunks.map((chunk) => chunkSlot(text, chunk));
  const indexOfSlot = new WeakMap<Element, number>(slots.map((slot, index) => [slot, index]));
  const slotsFragment = document.createDocumentFragment();
  for (const slot of slots) slotsFragment.appendChild(slot);
  body.appendChild(slotsFragment);

  const rendered = new Map<number, ChunkMarks>();
  const nodeOfMark = new WeakMap<Element, string>();
  let selected: string | null = null;

  const makeMark = (marks: ChunkMarks) => (span: MentionSpan) => {
    const mark = h("mark", {
      className: span.node === selected ? "ngv-mention ngv-on" : "ngv-mention",
      attrs: { "data-type": span.type, "data-node": span.node, tabindex: "0", role: "button" },
      title: graph.getNodeAttribute(span.node, "label"),
    });
    nodeOfMark.set(mark, span.node);
    const list = marks.get(span.node);
    if (list) list.push(mark);
    else marks.set(span.node, [mark]);
    return mark;
  };
  const renderChunk = (index: number): ChunkMarks => {
    const done = rendered.get(index);
    if (done) return done;
    const marks: ChunkMarks = new Map();
    const chunk = chunks[index];
    slots[index].replaceChildren(markedText(text, article.spansOf(index), chunk.start, chunk.end, makeMark(marks)));
    rendered.set(index, marks);
    return marks;
  };
  const unrenderChunk = (index: number) => {
    const slot = slots[index];
    // dropping the mark that has the keyboard focus would lose it
    if (slot.contains(slot.ownerDocument.activeElement)) return;
    slot.replaceChildren(text.slice(chunks[index].start, chunks[index].end));
    rendered.delete(index);
  };

  // chunks near the viewport (half a screen either side, in the panel's scroller or the page's)
  const near = new Set<number>();
  const observer =
    typeof IntersectionObserver === "function"
      ? new IntersectionObserver(
          (entries) => {
            for (const entry of entries) {
              const index = indexOfSlot.get(entry.target)!;
              if (entry.isIntersecting) near.add(index);
              else near.delete(index);
            }
            for (const index of near) renderChunk(index);
            if (rendered.size <= MARKED_CHUNKS_BUDGET) return;
            for (const index of [...rendered.keys()]) if (!near.has(index)) unrenderChunk(index);
          },
          { rootMargin: "50% 0px", scrollMargin: "50% 0px" } as IntersectionObserverInit,
        )
      : null;
  if (observer) {
    for (let index = 0; index < Math.min(EAGER_CHUNKS, chunks.length); index++) renderChunk(index);
    for (const slot of slots) observer.observe(slot);
  } else chunks.forEach((_, index) => renderChunk(index));

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

  // only chunks holding marks can have lit ones; those rendered later are lit as they are made
  const light = (node: string, on: boolean) => {
    for (const marks of rendered.values()) for (const m of marks.get(node) ?? []) m.classList.toggle("ngv-on", on);
  };
  const update = (state: ViewState, previous?: ViewState) => {
    if (previous && state.selection === previous.selection) return;
    if (selected) light(selected, false);
    selected = state.selection?.kind === "node" ? state.selection.key : null;
    if (!selected) return;
    light(selected, true);
    const firstChunk = article.firstChunkOf(selected);
    // the chunk of the first mention gets its marks now, wherever it is, to scroll to
    const first = firstChunk === undefined ? undefined : renderChunk(firstChunk).get(selected)?.[0];
    if (!first) return;
    // at mount the article is not laid out yet: scroll once it is, in the next frame, not by forcing a layout now
    if (previous) scrollTo(first);
    else requestAnimationFrame(() => element.isConnected && scrollTo(first));
  };
  // scroll inside the article only, never the host page
  const scrollTo = (mark: HTMLElement, settleFrames = 3) => {
    const box = element.getBoundingClientRect();
    const r = mark.getBoundingClientRect();
    if (r.top < box.top || r.bottom > box.bottom) element.scrollTop += r.top - box.top - box.height / 3;
    // chunks coming into view replace their estimated heights with real ones, which may move the
    // mark: check again for a few frames
    if (settleFrames > 0)
      requestAnimationFrame(
        () => mark.isConnected && mark.classList.contains("ngv-on") && scrollTo(mark, settleFrames - 1),
      );
  };
  update(store.getState());
  const unsubscribe = store.subscribe(update);
  return {
    element,
    destroy() {
      unsubscribe();
      observer?.disconnect();
    },
  };
}
