// Legend and filters: one checkbox per node type and per event kind present,
// a minimum-mentions slider, and live counts.
import { TYPE_LABELS } from "../appearance/appearance";
import type { LegendEntry } from "../appearance/mapping";
// the kinds' table alone: importing it from schema/graph would pull zod into the first paint
import { EVENT_KIND_INFO } from "../schema/event-kinds";
import type { EventKind, NodeType } from "../schema/graph";
import type { NewsGraph } from "../schema/model";
import { clear, h } from "./dom";
import type { Store, ViewState } from "./state";
import { countVisible, VIEW_NODE_TYPES as NODE_TYPES, type Counts } from "./visibility";

export interface LegendView {
  element: HTMLDetailsElement;
  /** the open legend's panel, over the canvas */
  body: HTMLElement;
  /** shows what the colours and sizes mean when they are mapped from another attribute (null: by type) */
  setMapping(title: string | null, entries: LegendEntry[], sizeNote: string | null): void;
  /** latest counts, for the host */
  counts(): Counts;
  destroy(): void;
}

export function createLegend(
  graph: NewsGraph,
  store: Store,
  options: { interactive: boolean; open: boolean },
): LegendView {
  const element = h("details", { className: "ngv-legend" });
  element.open = options.open;
  // the summary is the toolbar's toggle; " & filters" is dropped on narrow stages
  const summary = h(
    "summary",
    { className: "ngv-btn" },
    options.interactive ? ["Legend", h("span", { className: "ngv-summary-more", text: " & filters" })] : ["Legend"],
  );
  const body = h("div", { className: "ngv-overlay ngv-legend-body" });
  const types = h("fieldset", {}, [h("legend", { text: "Types" })]);
  const kinds = h("fieldset", { className: "ngv-kinds" }, [h("legend", { text: "Event kinds" })]);
  const slider = h("input", { attrs: { type: "range", min: "0", step: "1", "aria-label": "Minimum mentions" } });
  const sliderValue = h("span", { className: "ngv-count" });
  const mentions = h("fieldset", {}, [h("label", {}, [h("span", { text: "Min. mentions" }), sliderValue]), slider]);
  const totals = h("div", { className: "ngv-totals", attrs: { "aria-live": "polite" } });
  // types are the colour key, always shown; the finer filters fold away
  const filters = h("details", { className: "ngv-filters" }, [h("summary", { text: "More filters" }), kinds, mentions]);
  const mapping = h("fieldset", { className: "ngv-mapping" });
  mapping.hidden = true;
  const sizeNoteEl = h("p", { className: "ngv-size-note" });
  sizeNoteEl.hidden = true;
  body.append(mapping, types, sizeNoteEl);
  if (options.interactive) body.append(filters, totals);
  element.append(summary, body);

  const typeCounts = new Map<NodeType, HTMLElement>();
  const typeBoxes = new Map<NodeType, HTMLInputElement>();
  for (const type of NODE_TYPES) {
    const count = h("span", { className: "ngv-count" });
    const box = h("input", { attrs: { type: "checkbox", "data-filter-type": type } });
    box.hidden = !options.interactive;
    box.addEventListener("change", () => store.dispatch({ type: "toggleType", nodeType: type, visible: box.checked }));
    types.append(
      h("label", { attrs: { "data-type": type } }, [
        box,
        h("span", { className: "ngv-swatch" }),
        h("span", { text: TYPE_LABELS[type] }),
        count,
      ]),
    );
    typeCounts.set(type, count);
    typeBoxes.set(type, box);
  }
  slider.addEventListener("input", () => store.dispatch({ type: "setMinMentions", value: Number(slider.value) }));

  let counts = countVisible(graph, store.getState());
  const kindBoxes = new Map<EventKind, { box: HTMLInputElement; count: HTMLElement }>();
  const buildKinds = () => {
    clear(kinds);
    kinds.append(h("legend", { text: "Event kinds" }));
    kindBoxes.clear();
    for (const kind of counts.kinds.keys()) {
      const box = h("input", { attrs: { type: "checkbox", "data-filter-kind": kind } });
      const count = h("span", { className: "ngv-count" });
      box.addEventListener("change", () => store.dispatch({ type: "toggleKind", kind, visible: box.checked }));
      kinds.append(
        h("label", { attrs: { "data-type": "event", title: `CAMEO ${EVENT_KIND_INFO[kind]?.cameo ?? "?"}` } }, [
          box,
          h("span", { text: EVENT_KIND_INFO[kind]?.title ?? kind }),
          count,
        ]),
      );
      kindBoxes.set(kind, { box, count });
    }
    kinds.hidden = kindBoxes.size === 0;
    paintKinds(store.getState());
  };
  const paintKinds = (state: ViewState) => {
    for (const [kind, { box, count }] of kindBoxes) {
      const c = counts.kinds.get(kind) ?? { visible: 0, total: 0 };
      box.checked = !state.hiddenKinds.includes(kind);
      count.textContent = c.visible !== c.total ? `${c.visible}/${c.total}` : String(c.total);
    }
  };
  // the folded filters are built when first opened: nothing to pay for at first paint
  let built = false;
  const buildOnce = () => {
    if (built || !filters.open) return;
    built = true;
    buildKinds();
  };
  filters.addEventListener("toggle", buildOnce);
  const initial = store.getState();
  if (options.interactive && (initial.hiddenKinds.length > 0 || initial.minMentions > 0)) {
    filters.open = true;
    buildOnce();
  }

  const update = (state: ViewState, previous?: ViewState, fresh?: Counts) => {
    if (
      previous &&
      state.hiddenTypes === previous.hiddenTypes &&
      state.hiddenKinds === previous.hiddenKinds &&
      state.minMentions === previous.minMentions
    )
      return;
    counts = fresh ?? countVisible(graph, state);
    for (const type of NODE_TYPES) {
      const c = counts.types[type];
      typeBoxes.get(type)!.checked = !state.hiddenTypes.includes(type);
      typeCounts.get(type)!.textContent =
        options.interactive && c.visible !== c.total ? `${c.visible}/${c.total}` : String(c.total);
      typeBoxes.get(type)!.closest("label")!.hidden = c.total === 0 && !state.hiddenTypes.includes(type);
    }
    paintKinds(state);
    slider.max = String(Math.max(1, counts.maxMentions));
    slider.value = String(state.minMentions);
    sliderValue.textContent = `≥ ${state.minMentions}`;
    totals.textContent = `${counts.nodes.visible} of ${counts.nodes.total} nodes · ${counts.edges.visible} of ${counts.edges.total} edges shown`;
  };
  update(store.getState(), undefined, counts);
  const unsubscribe = store.subscribe(update);
  const setMapping = (title: string | null, entries: LegendEntry[], sizeNote: string | null) => {
    clear(mapping);
    mapping.hidden = title === null;
    if (title !== null) {
      mapping.append(h("legend", { text: `Colour: ${title}` }));
      for (const e of entries) {
        const swatch = h("span", { className: "ngv-swatch" });
        swatch.style.background = e.color;
        mapping.append(
          h("label", { attrs: { "data-mapping": e.label } }, [
            swatch,
            h("span", { text: e.label }),
            h("span", { className: "ngv-count", text: String(e.count) }),
          ]),
        );
      }
    }
    // the type checkboxes stay (they filter), their swatches only mean something when colour is by type
    types.classList.toggle("ngv-types-plain", title !== null);
    sizeNoteEl.hidden = sizeNote === null;
    sizeNoteEl.textContent = sizeNote ?? "";
  };
  return { element, body, setMapping, counts: () => counts, destroy: unsubscribe };
}
