// newsgraph as a library, in Node: everything the browser entry has, plus what needs Node
// (PNG pictures, the self-contained embed page and the report page). Importing it loads the
// shipped models from models/, so extractGraph() works at once.
import "./models/node-register";
export * from "./browser";
export { renderPng, type PngOptions } from "./render/png";
export { buildEmbedHtml, type EmbedOptions } from "./embed/index";
export { buildReportHtml, type ReportOptions } from "./report/index";
