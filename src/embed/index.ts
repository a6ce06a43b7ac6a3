// Node-side API of the embed: self-contained HTML pages and the <newsgraph-view> module.
// The CLI (`newsgraph embed`, `newsgraph report`) calls these.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { NewsGraph } from "../schema/model";
import { serializeGraph } from "../schema/model";
import { ensureEmbedBundle, ensureEmbedModule } from "./bundle";
import { escapeHtml, jsonForScript, scriptForInline } from "./escape";
import { packGraph } from "./pack";
import { selfContainedPage } from "./page";

export { ensureEmbedBundle, ensureEmbedModule } from "./bundle";

export interface ViewElementOptions {
  /** CSS length; a bare number means pixels */
  height?: string;
  /** graph with search, hover and evidence popup only, no side panels */
  compact?: boolean;
  /** keep the evidence panel but leave out the article column (when the page shows the article itself) */
  noArticle?: boolean;
}

export interface EmbedOptions extends ViewElementOptions {
  /** page title; defaults to the graph's title */
  title?: string;
}

/** `<newsgraph-view>` markup with the graph inlined as packed JSON (no fetch, so file:// works). */
export function viewElementHtml(graph: NewsGraph, options: ViewElementOptions = {}): string {
  const attrs = [
    options.height ? ` height="${escapeHtml(options.height)}"` : "",
    options.compact ? " compact" : "",
    options.noArticle ? " no-article" : "",
  ].join("");
  return (
    `<newsgraph-view${attrs}><script type="application/json">` +
    `${jsonForScript(packGraph(serializeGraph(graph)))}</script></newsgraph-view>`
  );
}

/** The viewer bundle as the text of an inline classic script (what goes between <script> and </script>). */
export async function inlineBundleScript(): Promise<string> {
  return scriptForInline(await ensureEmbedBundle());
}

const PAGE_CSS =
  "html,body{margin:0;height:100%;background:#fff}" +
  "newsgraph-view{display:block;height:100vh}" +
  "noscript{display:block;padding:16px;font:14px system-ui,sans-serif}";

/**
 * ONE self-contained HTML file showing the graph: viewer code, styles and data inlined,
 * no network request, works from file:// and inside an <iframe>.
 */
export async function buildEmbedHtml(graph: NewsGraph, options: EmbedOptions = {}): Promise<string> {
  const title = options.title ?? graph.getAttribute("title") ?? "newsgraph";
  return selfContainedPage({
    title,
    css: PAGE_CSS,
    body: [
      viewElementHtml(graph, { height: options.height ?? "100vh", compact: options.compact }),
      "<noscript>This interactive graph needs JavaScript.</noscript>",
    ],
    scripts: [await inlineBundleScript()],
  });
}

/** Writes the ES module defining <newsgraph-view> (e.g. dist-embed/newsgraph-view.js); returns its path. */
/**
 * Writes the web component: OUT (a classic script, so `<script src>` works from file://, where
 * module scripts are blocked; it also loads as a module) and OUT with .mjs (the ES module, for bundlers).
 */
export async function writeWebComponent(outPath: string = join("dist-embed", "newsgraph-view.js")): Promise<string> {
  const [classic, module] = await Promise.all([ensureEmbedBundle(), ensureEmbedModule()]);
  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(outPath, classic);
  writeFileSync(outPath.replace(/\.js$/, "") + ".mjs", module);
  return outPath;
}
