// The report page: ONE self-contained HTML file with the interactive graph (the inlined
// <newsgraph-view> element), a table of entities, a timeline of events and the article
// with highlighted mentions. Prints to PDF: the canvas is swapped for a static SVG picture.
// Node only (it inlines the bundle); the section builders are pure.
import type { NewsGraph } from "../schema/model";
import { inlineBundleScript, viewElementHtml } from "../embed/index";
import { escapeHtml, styleForInline } from "../embed/escape";
import { articleHtml } from "./article";
import { entityTableHtml, legendHtml, timelineHtml } from "./sections";
import { reportCss } from "./styles";
import { renderSvg } from "../render/svg";
import { selfContainedPage } from "../embed/page";

export interface ReportOptions {
  /** page title; defaults to the graph's title */
  title?: string;
}

function countsLine(graph: NewsGraph): string {
  let entities = 0;
  let events = 0;
  graph.forEachNode((_k, a) => (a.type === "event" ? events++ : entities++));
  const source = graph.getAttribute("source");
  return `${entities} entities, ${events} events, ${graph.size} links, from ${escapeHtml(source.name)}`;
}

export async function buildReportHtml(graph: NewsGraph, options: ReportOptions = {}): Promise<string> {
  const title = options.title ?? graph.getAttribute("title") ?? "newsgraph report";
  const article = articleHtml(graph);
  // the live canvas does not print: a static SVG picture of the same layout takes its place
  const svg = renderSvg(graph, { title }).replace(/^<\?xml[^>]*>\s*/, "");
  const picture = `<figure class="ng-figure print-only">${svg}</figure>`;
  return selfContainedPage({
    title,
    css: styleForInline(reportCss()),
    body: [
      "<main>",
      `<header><h1>${escapeHtml(title)}</h1><p>${countsLine(graph)}</p></header>`,
      `<section id="graph" class="ng-graph"><h2>Graph</h2>${legendHtml()}`,
      `<div class="screen-only">${viewElementHtml(graph, { height: "620px", noArticle: true })}</div>`,
      picture,
      "</section>",
      `<section id="entities"><h2>Entities</h2>${entityTableHtml(graph, article.anchors)}</section>`,
      `<section id="timeline"><h2>Timeline of events</h2>${timelineHtml(graph, article.anchors)}</section>`,
      `<section id="article"><h2>Article</h2>${legendHtml()}${article.html}</section>`,
      "</main>",
    ],
    scripts: [await inlineBundleScript()],
  });
}
