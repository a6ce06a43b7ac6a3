// The report page's stylesheet: readable on screen, and printable to PDF (the live
// canvas swapped for a static SVG picture, sections starting on new pages, colours kept).
import { typeColorCss } from "./sections";

export function reportCss(): string {
  return `
:root{color-scheme:light;--ink:#1f2933;--muted:#616e7c;--line:#d9e2ec;--paper:#fff}
*{box-sizing:border-box}
body{margin:0;background:#f5f7fa;color:var(--ink);font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{max-width:1100px;margin:0 auto;padding:24px 20px 64px}
header h1{font-size:1.7rem;line-height:1.25;margin:0 0 6px;overflow-wrap:anywhere}
header p{margin:0;color:var(--muted)}
section{background:var(--paper);border:1px solid var(--line);border-radius:8px;padding:16px 20px;margin-top:20px}
section h2{font-size:1.2rem;margin:0 0 12px}
a{color:inherit}
.ng-legend{display:flex;flex-wrap:wrap;gap:4px 16px;list-style:none;padding:0;margin:0 0 10px}
.ng-swatch{display:inline-block;width:.8em;height:.8em;border-radius:50%;background:var(--c);margin-right:.35em;vertical-align:-.05em;print-color-adjust:exact;-webkit-print-color-adjust:exact}
.ng-graph newsgraph-view{display:block;border:1px solid var(--line);border-radius:6px}
.ng-figure{margin:0}
.ng-figure svg{width:100%;height:auto}
.print-only{display:none}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;vertical-align:top;padding:6px 8px;border-bottom:1px solid var(--line);overflow-wrap:anywhere}
thead th{font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);white-space:nowrap;overflow-wrap:normal}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.ng-type{white-space:nowrap}
.ng-alias{display:inline-block;background:#eef2f7;border-radius:4px;padding:0 6px;margin:1px 0}
.ng-timeline{list-style:none;margin:0;padding:0;border-left:3px solid var(--c,#CC79A7)}
.ng-event{display:grid;grid-template-columns:9.5em 1fr;gap:12px;padding:8px 0 12px 14px;position:relative;break-inside:avoid}
.ng-event::before{content:"";position:absolute;left:-8px;top:14px;width:13px;height:13px;border-radius:50%;background:#CC79A7;border:2px solid var(--paper);print-color-adjust:exact;-webkit-print-color-adjust:exact}
.ng-date{font-weight:600;overflow-wrap:anywhere}
.ng-nodate{font-weight:400;color:var(--muted);font-style:italic}
.ng-event h3{margin:0;font-size:1rem;overflow-wrap:anywhere}
.ng-meta{margin:0;color:var(--muted);font-size:.9rem}
.ng-participants{list-style:none;padding:0;margin:4px 0;display:flex;flex-wrap:wrap;gap:4px 14px}
.ng-role{color:var(--muted);font-size:.85em}
.ng-quote{margin:6px 0 0;padding-left:10px;border-left:2px solid var(--line);color:#3e4c59;overflow-wrap:anywhere}
.ng-article{white-space:pre-wrap;overflow-wrap:anywhere;font-family:Georgia,"Times New Roman",serif;font-size:1.02rem;line-height:1.7}
.ng-tail{white-space:normal}
mark{color:inherit;border-radius:3px;padding:0 1px;background:color-mix(in srgb,var(--c) 24%,white);box-shadow:inset 0 -2px 0 var(--c);print-color-adjust:exact;-webkit-print-color-adjust:exact}
mark.t-event{background:none;box-shadow:none;border-bottom:2px dashed var(--c)}
mark:target{outline:2px solid var(--c)}
.ng-empty{color:var(--muted);font-style:italic}
/* graph text may hold bidi controls (U+202E…): keep their effect inside the name */
h1,mark,a,.ng-alias,.ng-role,.ng-date,.ng-kind,.ng-place,.ng-participants li,.ng-quote{unicode-bidi:isolate}
${typeColorCss()}
@media print{
  @page{margin:14mm}
  body{background:#fff;font-size:11pt}
  main{max-width:none;padding:0}
  section{border:0;padding:0;margin-top:8mm}
  .screen-only{display:none!important}
  .print-only{display:block}
  .ng-figure{break-inside:avoid}
  .ng-graph>.ng-legend{display:none}
  #entities,#article{break-before:page}
  tr,.ng-event{break-inside:avoid}
  /* a section's heading stays with what it heads, never alone at the foot of a page */
  h2,h3{break-after:avoid}
  thead{display:table-header-group}
  a{text-decoration:none}
}
`;
}
