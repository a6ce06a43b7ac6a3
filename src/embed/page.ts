import { contentSecurityPolicy } from "./csp";
import { escapeHtml } from "./escape";

export interface SelfContainedPage {
  title: string;
  /** the page's stylesheet, already made safe to inline (styleForInline) */
  css: string;
  /** the body's markup */
  body: readonly string[];
  /** classic scripts run at the end of the body, already made safe to inline (scriptForInline) */
  scripts: readonly string[];
}

/**
 * A self-contained page, shared by the embed and the report: a CSP that allows no network at all
 * (everything the page needs is in the file) and, by hash, only the page's own inline stylesheet
 * and scripts, the title, the inlined CSS, the body, the scripts. The policy is built from the
 * very strings written into the elements, so it always matches them.
 */
export function selfContainedPage(page: SelfContainedPage): string {
  // hash sources, keywords and scheme names only: nothing in it needs escaping in the attribute
  const csp = contentSecurityPolicy({ scripts: page.scripts, styles: [page.css] });
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    `<title>${escapeHtml(page.title)}</title>`,
    `<style>${page.css}</style>`,
    "</head>",
    "<body>",
    ...page.body,
    ...page.scripts.map((js) => `<script>${js}</script>`),
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
