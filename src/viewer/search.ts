// Search box with suggestions (a WAI-ARIA combobox): arrows move, Enter picks, Escape clears.
import { TYPE_LABELS } from "../appearance/appearance";
import type { NewsGraph } from "../schema/model";
import { clear, h } from "./dom";
import { searchNodes, type Suggestion } from "./search-index";
import type { Store } from "./state";
import { isNodeVisible } from "./visibility";

export interface SearchView {
  element: HTMLElement;
  input: HTMLInputElement;
  destroy(): void;
}

let uid = 0;

export function createSearch(graph: NewsGraph, store: Store, onPick: (key: string) => void): SearchView {
  const listId = `ngv-suggestions-${++uid}`;
  const input = h("input", {
    attrs: {
      type: "search",
      placeholder: "Search people, places, events…",
      "aria-label": "Search nodes",
      role: "combobox",
      "aria-autocomplete": "list",
      "aria-expanded": "false",
      "aria-controls": listId,
      autocomplete: "off",
      spellcheck: "false",
    },
  });
  const list = h("ul", { className: "ngv-suggestions", attrs: { id: listId, role: "listbox" } });
  list.hidden = true;
  const element = h("div", { className: "ngv-search" }, [input, list]);
  let items: Suggestion[] = [];
  let active = -1;

  const paint = () => {
    clear(list);
    items.forEach((s, i) => {
      const li = h(
        "li",
        {
          attrs: { role: "option", "aria-selected": String(i === active), "data-type": s.type, "data-node": s.key },
          on: {
            mousedown: (e) => {
              e.preventDefault();
              pick(i);
            },
          },
        },
        [
          h("span", { className: "ngv-badge", text: s.label, attrs: { "data-type": s.type } }),
          h("small", { text: s.via ? `“${s.via}” · ${TYPE_LABELS[s.type]}` : TYPE_LABELS[s.type] }),
        ],
      );
      list.append(li);
    });
    list.hidden = items.length === 0;
    input.setAttribute("aria-expanded", String(!list.hidden));
  };
  const suggest = () => {
    const state = store.getState();
    items = searchNodes(graph, input.value, 8, (key) => isNodeVisible(graph.getNodeAttributes(key), state));
    active = items.length ? 0 : -1;
    paint();
  };
  const pick = (i: number) => {
    const s = items[i];
    if (!s) return;
    items = [];
    paint();
    input.value = s.label;
    store.dispatch({ type: "setQuery", query: s.label });
    onPick(s.key);
  };

  input.addEventListener("input", () => {
    store.dispatch({ type: "setQuery", query: input.value });
    suggest();
  });
  input.addEventListener("focus", () => input.value && suggest());
  input.addEventListener("blur", () => {
    items = [];
    paint();
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      if (!items.length) suggest();
      if (!items.length) return;
      active = (active + (e.key === "ArrowDown" ? 1 : -1) + items.length) % items.length;
      paint();
      e.preventDefault();
    } else if (e.key === "Enter") {
      if (!items.length) suggest();
      pick(Math.max(0, active));
      e.preventDefault();
    } else if (e.key === "Escape") {
      input.value = "";
      store.dispatch({ type: "setQuery", query: "" });
      items = [];
      paint();
    }
  });
  input.value = store.getState().query;
  return { element, input, destroy: () => undefined };
}
