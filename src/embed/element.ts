// <newsgraph-view>: one interactive graph per element, each with its own shadow root,
// sigma instance and state, so a page can host several. Data comes from a child
// <script type="application/json"> (works from file://, no fetch) or from the `src`
// attribute. Attributes: src, height (CSS length, bare number = px), compact (graph, search
// and evidence popup only), no-article (side panel but no article column).
// Graph text only ever reaches the DOM through the viewer (textContent).
// Browser only: this file goes into the embed bundle.
import type { NewsGraph } from "../schema/model";
import { mountViewer } from "../viewer/index";
import { unpackGraph } from "./pack";
import { graphFromData } from "../formats/data";

type ViewerHandle = ReturnType<typeof mountViewer>;

const HOST_CSS = `
:host{display:block;position:relative;height:480px;min-height:160px;contain:content;background:#fff}
:host([hidden]){display:none}
.ngx-root{position:absolute;inset:0}
.ngx-message{position:absolute;inset:0;display:flex;align-items:center;justify-content:center;padding:16px;
  font:14px/1.4 system-ui,sans-serif;color:#616e7c;text-align:center}
.ngx-error{color:#b42318}
`;

/** The graph of GRAPH.json content, plain or packed (formats/data.ts: shape and evidence checked, no zod in the bundle). */
export function graphFromEmbedData(value: unknown): NewsGraph {
  return graphFromData(unpackGraph(value));
}

function inlineData(host: HTMLElement): string | null {
  for (const child of Array.from(host.children)) {
    if (child instanceof HTMLScriptElement && child.type === "application/json") return child.textContent;
  }
  return null;
}

export class NewsgraphViewElement extends HTMLElement {
  static observedAttributes = ["src", "compact", "no-article", "height"];

  readonly #root: ShadowRoot;
  readonly #mount: HTMLDivElement;
  #viewer: ViewerHandle | null = null;
  #graph: NewsGraph | null = null;
  /** bumps on every (re)load so a slow fetch cannot mount over a newer one */
  #generation = 0;
  #ready: Promise<void> = Promise.resolve();

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: "open" });
    // styles live in the shadow root only (adopted sheets; the viewer adds its own on mount)
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(HOST_CSS);
    this.#root.adoptedStyleSheets = [sheet];
    this.#mount = document.createElement("div");
    this.#mount.className = "ngx-root";
    this.#root.append(this.#mount);
  }

  /** The graph shown, once loaded. */
  get graph(): NewsGraph | null {
    return this.#graph;
  }

  /** The viewer handle (select, getState, destroy), once mounted. */
  get viewer(): ViewerHandle | null {
    return this.#viewer;
  }

  /** Resolves when the current graph is mounted (or failed to load). */
  get ready(): Promise<void> {
    return this.#ready;
  }

  connectedCallback(): void {
    this.#applyHeight();
    if (this.#viewer) return;
    // the parser may connect us before our inline <script> child exists
    if (document.readyState === "loading" && !this.getAttribute("src") && inlineData(this) === null) {
      document.addEventListener("DOMContentLoaded", () => this.isConnected && !this.#viewer && this.#load(), {
        once: true,
      });
      return;
    }
    this.#load();
  }

  disconnectedCallback(): void {
    this.#generation++;
    this.#unmount();
  }

  attributeChangedCallback(name: string, previous: string | null, value: string | null): void {
    if (previous === value) return;
    if (name === "height") this.#applyHeight();
    else if (this.isConnected && (this.#viewer || this.#graph)) this.#load();
  }

  #applyHeight(): void {
    const height = this.getAttribute("height");
    // setProperty ignores invalid values, so an attribute can never inject other CSS
    if (height) this.style.setProperty("height", /^\d+(\.\d+)?$/.test(height) ? `${height}px` : height);
    else this.style.removeProperty("height");
  }

  #unmount(): void {
    this.#viewer?.destroy();
    this.#viewer = null;
    this.#mount.replaceChildren();
  }

  #message(text: string, error = false): void {
    const p = document.createElement("p");
    p.className = error ? "ngx-message ngx-error" : "ngx-message";
    p.textContent = text;
    this.#mount.replaceChildren(p);
  }

  #load(): void {
    const generation = ++this.#generation;
    this.#ready = this.#readData()
      .then((value) => {
        if (generation !== this.#generation) return;
        this.#unmount();
        this.#graph = graphFromEmbedData(value);
        this.#viewer = mountViewer(this.#mount, this.#graph, {
          compact: this.hasAttribute("compact"),
          showArticle: !this.hasAttribute("compact") && !this.hasAttribute("no-article"),
        });
        this.dispatchEvent(new CustomEvent("newsgraph-ready", { bubbles: true, composed: true }));
      })
      .catch((error: unknown) => {
        if (generation !== this.#generation) return;
        this.#unmount();
        this.#message(`Could not show the graph: ${error instanceof Error ? error.message : String(error)}`, true);
        this.dispatchEvent(new CustomEvent("newsgraph-error", { bubbles: true, composed: true, detail: error }));
      });
  }

  async #readData(): Promise<unknown> {
    const inline = inlineData(this);
    if (inline !== null) return JSON.parse(inline);
    const src = this.getAttribute("src");
    if (!src) throw new Error('no graph data: give a src attribute or a child <script type="application/json">');
    this.#message("Loading graph…");
    const response = await fetch(new URL(src, document.baseURI));
    if (!response.ok) throw new Error(`${src}: HTTP ${response.status}`);
    return response.json();
  }
}

/** Registers the element once per page (a second bundle on the same page is a no-op). */
export function defineNewsgraphView(name = "newsgraph-view"): void {
  if (!customElements.get(name)) customElements.define(name, NewsgraphViewElement);
}
