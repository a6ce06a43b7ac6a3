// The viewer's stylesheet, scoped under .ngv so two viewers (or a host page)
// never clash. Injected once per document, as a string so the embed needs no CSS pipeline.
import { TYPE_COLORS } from "../appearance/appearance";

const MARKER = "data-newsgraph-viewer-css";

function typeRules(): string {
  return Object.entries(TYPE_COLORS)
    .map(
      ([type, color]) =>
        `.ngv [data-type="${type}"]{--ngv-type:${color}}` +
        `.ngv mark.ngv-mention[data-type="${type}"]{background:${color}26;border-bottom-color:${color}}`,
    )
    .join("\n");
}

export const VIEWER_CSS = `
.ngv{--ngv-bg:#fff;--ngv-fg:#1f2933;--ngv-muted:#52606d;--ngv-line:#d9dee4;--ngv-soft:#f4f6f8;--ngv-accent:#0b55e6;
  --ngv-article-bg:#fcfcfd;--ngv-overlay-bg:rgba(255,255,255,.95);--ngv-pick:#e6efff;--ngv-hl:#ffe58f;--ngv-shadow:rgba(0,0,0,.10);
  position:relative;display:grid;grid-template-columns:minmax(220px,23%) 1fr minmax(260px,25%);grid-template-areas:"article stage panel";
  width:100%;height:100%;min-height:0;overflow:hidden;background:var(--ngv-bg);color:var(--ngv-fg);
  font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;box-sizing:border-box;color-scheme:light}
.ngv[data-theme="dark"]{--ngv-bg:#15191e;--ngv-fg:#e4e7eb;--ngv-muted:#aab4bf;--ngv-line:#343c46;--ngv-soft:#212830;--ngv-accent:#8ab4ff;
  --ngv-article-bg:#181d23;--ngv-overlay-bg:rgba(27,32,39,.96);--ngv-pick:#263a5c;--ngv-hl:#6b5a14;--ngv-shadow:rgba(0,0,0,.45);color-scheme:dark}
.ngv *,.ngv *::before,.ngv *::after{box-sizing:border-box}
.ngv.ngv-no-article{grid-template-columns:1fr minmax(260px,28%);grid-template-areas:"stage panel"}
.ngv.ngv-compact{grid-template-columns:1fr;grid-template-areas:"stage"}
/* the stage: a toolbar row (legend toggle, search) above the canvas, never over it */
.ngv-stage{grid-area:stage;position:relative;min-width:0;min-height:0;overflow:hidden;display:grid;grid-template-rows:auto minmax(0,1fr);container-type:size}
.ngv-toolbar{position:relative;z-index:3;display:flex;gap:8px;align-items:flex-start;padding:8px 10px;border-bottom:1px solid var(--ngv-line);background:var(--ngv-bg)}
.ngv-canvas{position:relative;min-height:0;min-width:0;container-type:size}
.ngv-sigma{position:absolute;inset:0}
.ngv-article{grid-area:article;overflow:auto;padding:12px 16px;border-right:1px solid var(--ngv-line);background:var(--ngv-article-bg)}
.ngv-heading{font-size:12px;text-transform:uppercase;letter-spacing:.06em;color:var(--ngv-muted);margin:4px 0 8px}
.ngv-article-text{white-space:pre-wrap;overflow-wrap:anywhere;font-size:14px;line-height:1.6}
/* article.ts: layout skips a chunk off screen; the clip margin keeps the outline of a mark at its edge */
.ngv-chunk{content-visibility:auto;overflow-clip-margin:4px}
.ngv mark.ngv-mention{color:inherit;background:transparent;border-bottom:2px solid #999;border-radius:2px;cursor:pointer;padding:0 1px}
.ngv mark.ngv-mention[data-type="event"]{background:transparent;border-bottom-style:dashed}
.ngv mark.ngv-mention.ngv-on{outline:2px solid var(--ngv-fg);outline-offset:1px}
.ngv mark.ngv-mention:focus-visible{outline:2px solid var(--ngv-accent)}
.ngv-panel{grid-area:panel;overflow:auto;padding:12px 16px;border-left:1px solid var(--ngv-line)}
.ngv-panel-empty{color:var(--ngv-muted)}
.ngv-title{font-size:18px;font-weight:650;margin:2px 0 6px;overflow-wrap:anywhere}
.ngv-badge{display:inline-flex;align-items:center;gap:6px;font-size:12px;padding:1px 8px;border-radius:10px;background:var(--ngv-soft);color:var(--ngv-fg)}
.ngv-badge::before{content:"";width:10px;height:10px;border-radius:50%;background:var(--ngv-type,#888)}
.ngv-badge[data-type="event"]::before{border-radius:2px}
.ngv-facts{display:grid;grid-template-columns:auto 1fr;gap:2px 10px;margin:10px 0;font-size:13px}
.ngv-facts dt{color:var(--ngv-muted)}
.ngv-facts dd{margin:0;overflow-wrap:anywhere}
.ngv-section{margin-top:14px}
.ngv-section h3{font-size:13px;margin:0 0 6px;color:var(--ngv-muted);font-weight:600}
.ngv-relations{list-style:none;margin:0;padding:0}
.ngv-relations li{margin:2px 0}
.ngv-link{all:unset;cursor:pointer;color:var(--ngv-accent);overflow-wrap:anywhere}
.ngv-link:hover{text-decoration:underline}
.ngv-link:focus-visible{outline:2px solid var(--ngv-accent);outline-offset:1px}
.ngv-rel{font-size:13px}
.ngv-rel-label{color:var(--ngv-muted)}
.ngv-evidence{list-style:none;margin:0;padding:0}
.ngv-evidence li{margin:0 0 8px;padding:6px 8px;border-left:3px solid var(--ngv-type,#999);background:var(--ngv-soft);font-size:13px;overflow-wrap:anywhere}
.ngv-evidence mark{background:var(--ngv-hl);color:inherit;padding:0 1px}
.ngv-overlay{position:absolute;z-index:2;background:var(--ngv-overlay-bg);border:1px solid var(--ngv-line);border-radius:8px;box-shadow:0 1px 4px var(--ngv-shadow)}
.ngv-btn{all:unset;box-sizing:border-box;cursor:pointer;display:inline-flex;align-items:center;gap:6px;height:36px;padding:0 12px;border:1px solid var(--ngv-line);border-radius:8px;background:var(--ngv-bg);color:var(--ngv-fg);font-weight:600;white-space:nowrap}
.ngv-btn:hover{background:var(--ngv-soft)}
.ngv-btn:focus-visible{outline:2px solid var(--ngv-accent);outline-offset:1px}
.ngv-btn[aria-pressed="true"]{background:var(--ngv-pick);border-color:var(--ngv-accent)}
.ngv-search{position:relative;flex:1 1 auto;min-width:0;border:1px solid var(--ngv-line);border-radius:8px;background:var(--ngv-bg)}
.ngv-search input{width:100%;height:34px;border:0;background:transparent;padding:0 12px;font:inherit;color:inherit;border-radius:8px}
.ngv-search input:focus{outline:2px solid var(--ngv-accent)}
.ngv-search input::placeholder{color:var(--ngv-muted)}
.ngv-suggestions{position:absolute;z-index:5;left:-1px;right:-1px;top:calc(100% + 4px);list-style:none;margin:0;padding:4px 0;max-height:min(260px,calc(100cqh - 70px));overflow:auto;
  background:var(--ngv-bg);border:1px solid var(--ngv-line);border-radius:8px;box-shadow:0 4px 14px var(--ngv-shadow)}
.ngv-suggestions[hidden]{display:none}
.ngv-suggestions li{padding:4px 12px;cursor:pointer;display:flex;gap:8px;align-items:center}
.ngv-suggestions li[aria-selected="true"]{background:var(--ngv-pick)}
.ngv-suggestions small{color:var(--ngv-muted)}
/* the legend: its toggle sits in the toolbar, its body opens over the canvas's top-left corner, clear of the zoom buttons */
.ngv-legend{flex:none;font-size:13px}
.ngv-legend>summary{list-style:none}
.ngv-legend>summary::-webkit-details-marker{display:none}
.ngv-legend>summary::after{content:"▾";font-size:11px;color:var(--ngv-muted)}
.ngv-legend[open]>summary{background:var(--ngv-pick);border-color:var(--ngv-accent)}
.ngv-legend-body{top:calc(100% + 8px);left:10px;width:230px;max-width:calc(100cqw - 76px);max-height:calc(100cqh - 76px);overflow:auto;padding:6px 10px}
.ngv-legend .ngv-filters{margin-top:4px;border-top:1px solid var(--ngv-line);padding-top:4px}
.ngv-legend .ngv-filters summary{font-weight:500;color:var(--ngv-muted);cursor:pointer}
.ngv-legend fieldset{border:0;margin:6px 0 0;padding:0}
.ngv-legend legend{font-size:12px;color:var(--ngv-muted);padding:0}
.ngv-legend label{display:flex;align-items:center;gap:6px;cursor:pointer;white-space:nowrap;min-height:22px}
.ngv-legend .ngv-swatch{width:11px;height:11px;border-radius:50%;background:var(--ngv-type,#888);flex:none}
.ngv-legend [data-type="event"] .ngv-swatch{border-radius:2px}
.ngv-legend .ngv-count{margin-left:auto;color:var(--ngv-muted);font-variant-numeric:tabular-nums;padding-left:8px}
.ngv-legend input[type=range]{width:100%}
.ngv-kinds{max-height:150px;overflow:auto}
.ngv-totals,.ngv-size-note{margin-top:6px;color:var(--ngv-muted);font-size:12px}
.ngv-controls{right:10px;bottom:10px;display:flex;flex-direction:column;padding:2px}
.ngv-controls button{all:unset;cursor:pointer;width:32px;height:32px;display:grid;place-items:center;font-size:16px;border-radius:6px;color:var(--ngv-fg)}
.ngv-controls button:hover{background:var(--ngv-soft)}
.ngv-controls button:focus-visible{outline:2px solid var(--ngv-accent)}
.ngv-controls button[aria-pressed="true"]{background:var(--ngv-pick);color:var(--ngv-accent)}
/* compact popup: a sheet along the bottom of the stage, below the canvas */
.ngv-compact .ngv-stage{grid-template-rows:auto minmax(0,1fr) auto}
.ngv-popup{position:relative;z-index:3;background:var(--ngv-bg);border-top:1px solid var(--ngv-line);box-shadow:0 -2px 6px var(--ngv-shadow);max-height:48cqh;overflow:auto;padding:10px 36px 10px 12px}
.ngv-popup[hidden]{display:none}
.ngv-close{all:unset;position:absolute;top:6px;right:8px;cursor:pointer;font-size:18px;line-height:1;padding:4px;color:var(--ngv-muted)}
.ngv-self{color:var(--ngv-muted);font-style:italic}
.ngv-tabs{display:flex;gap:2px;margin:-4px 0 10px;border-bottom:1px solid var(--ngv-line)}
.ngv-tab{all:unset;cursor:pointer;padding:6px 10px;font-weight:600;color:var(--ngv-muted);border-bottom:2px solid transparent;margin-bottom:-1px}
.ngv-tab[aria-selected="true"]{color:var(--ngv-fg);border-bottom-color:var(--ngv-accent)}
.ngv-tab:focus-visible{outline:2px solid var(--ngv-accent)}
.ngv-btn-small{height:30px;padding:0 10px;font-size:13px}
.ngv-btn[disabled]{opacity:.55;cursor:not-allowed}
.ngv-table-bar{display:flex;gap:6px;align-items:center;margin-bottom:6px}
.ngv-table-bar input,.ngv-tools select,.ngv-tools input{min-width:0;flex:1;height:30px;border:1px solid var(--ngv-line);border-radius:6px;background:var(--ngv-bg);color:var(--ngv-fg);font:inherit;padding:0 8px}
.ngv-table-count{font-size:12px;color:var(--ngv-muted);margin-bottom:4px}
.ngv-table-scroll{overflow:auto;max-height:calc(100vh - 220px)}
.ngv-table{border-collapse:collapse;font-size:12.5px;width:100%}
.ngv-table th{position:sticky;top:0;background:var(--ngv-bg);text-align:left;border-bottom:1px solid var(--ngv-line);white-space:nowrap}
.ngv-table td{padding:3px 6px;border-bottom:1px solid var(--ngv-soft);max-width:180px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;unicode-bidi:isolate}
.ngv-table tr[data-node],.ngv-table tr[data-edge]{cursor:pointer}
.ngv-table tbody tr:hover{background:var(--ngv-soft)}
.ngv-table .ngv-num{text-align:right;font-variant-numeric:tabular-nums}
.ngv-sort{all:unset;cursor:pointer;padding:4px 6px;font-weight:600;color:var(--ngv-fg)}
.ngv-sort:focus-visible{outline:2px solid var(--ngv-accent)}
.ngv-tools h3{font-size:13px;margin:14px 0 6px;color:var(--ngv-muted);font-weight:600}
.ngv-tools h3:first-child{margin-top:0}
.ngv-tool-row{display:flex;gap:8px;align-items:center;margin:4px 0}
.ngv-tool-row>span{width:48px;color:var(--ngv-muted)}
.ngv-tool-note{font-size:12.5px;color:var(--ngv-muted);margin:6px 0}
.ngv-tool-actions{display:flex;flex-wrap:wrap;gap:6px;margin-bottom:6px}
.ngv-mapping{margin-bottom:4px}
.ngv-types-plain .ngv-swatch{display:none}
/* graph text may hold bidi controls (U+202E…): isolate it so it never reorders the text around it */
.ngv mark,.ngv-link,.ngv-badge,.ngv-title,.ngv-title span,.ngv-self,.ngv-suggestions small,.ngv-legend label span,.ngv-rel-label,.ngv-facts dd{unicode-bidi:isolate}
/* a phone: the graph first, then the panel and the article, the page scrolls */
@media (max-width:760px){
  .ngv,.ngv.ngv-no-article{grid-template-columns:1fr;grid-template-rows:minmax(360px,62vh) auto auto;grid-template-areas:"stage" "panel" "article";overflow:auto}
  .ngv.ngv-compact{grid-template-rows:1fr;grid-template-areas:"stage"}
  .ngv-article{border-right:0;border-top:1px solid var(--ngv-line);overflow:visible}
  .ngv-panel{border-left:0;border-top:1px solid var(--ngv-line);overflow:visible}
}
/* a low canvas (compact embed with its sheet open): the buttons in a row */
@container (max-height:230px){.ngv-controls{flex-direction:row}}
/* a narrow stage: the legend toggle is just "Legend" */
@container (max-width:520px){.ngv-summary-more{display:none}}
${typeRules()}
`;

const sheets = new WeakMap<Document, CSSStyleSheet>();

/** The stylesheet for a document, built once and shared by every viewer (and shadow root) in it. */
function viewerSheet(doc: Document): CSSStyleSheet | null {
  const View = doc.defaultView;
  if (!View || !("CSSStyleSheet" in View) || !("replaceSync" in View.CSSStyleSheet.prototype)) return null;
  let sheet = sheets.get(doc);
  if (!sheet) {
    sheet = new View.CSSStyleSheet();
    sheet.replaceSync(VIEWER_CSS);
    sheets.set(doc, sheet);
  }
  return sheet;
}

/**
 * Adds the viewer's styles where the container lives: a shadow root gets an adopted stylesheet
 * (nothing reaches the host page), a document gets one <style> in its head.
 */
export function injectStyles(where: Document | ShadowRoot = document): void {
  const doc = where instanceof Document ? where : where.ownerDocument;
  const sheet = viewerSheet(doc);
  if (sheet && !(where instanceof Document)) {
    if (!where.adoptedStyleSheets.includes(sheet)) where.adoptedStyleSheets = [...where.adoptedStyleSheets, sheet];
    return;
  }
  const parent = where instanceof Document ? where.head : where;
  if (parent.querySelector(`style[${MARKER}]`)) return;
  const style = doc.createElement("style");
  style.setAttribute(MARKER, "");
  style.textContent = VIEWER_CSS;
  parent.append(style);
}
