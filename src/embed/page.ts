import { escapeHtml } from "./escape";

/**
 * The opening of a self-contained page, shared by the embed and the report: a CSP that allows
 * no network at all (everything the page needs is in the file), the title, inlined CSS.
 */
export function selfContainedHead(title: string, css: string): string[] {
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; worker-src blob:; connect-src 'none'">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${css}</style>`,
    "</head>",
  ];
}
