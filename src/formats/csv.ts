// CSV: one table of nodes, one of edges (RFC 4180: CRLF rows, fields quoted when they hold
// a comma, quote or line break). Safe to open in a spreadsheet: a text cell whose first
// non-blank character is = + - @ (or their full-width forms), or that starts with TAB or CR,
// gets a leading apostrophe so it is never run as a formula (spreadsheets skip leading blanks).
// Numbers we write (mentions, x, y) are left as numbers: a number cannot be a formula.
import type { NewsGraph } from "../schema/model";

export interface CSVTables {
  nodes: string;
  edges: string;
}

const NODE_COLUMNS = [
  "key",
  "label",
  "type",
  "role",
  "kind",
  "date",
  "isoDate",
  "place",
  "mentions",
  "aliases",
  "x",
  "y",
] as const;
const EDGE_COLUMNS = ["key", "source", "target", "label", "kind", "role", "mentions"] as const;

type Cell = string | number | undefined;

export function writeCSV(graph: NewsGraph): CSVTables {
  const nodes: Cell[][] = [];
  graph.forEachNode((key, a) => {
    nodes.push([
      key,
      a.label,
      a.type,
      a.role,
      a.kind,
      a.date,
      a.isoDate,
      a.place,
      a.mentions,
      (a.aliases ?? []).join("; "),
      a.x,
      a.y,
    ]);
  });
  const edges: Cell[][] = [];
  graph.forEachEdge((key, a, source, target) => {
    edges.push([key, source, target, a.label, a.kind, a.role, a.mentions]);
  });
  return { nodes: table(NODE_COLUMNS, nodes), edges: table(EDGE_COLUMNS, edges) };
}

function table(columns: readonly string[], rows: Cell[][]): string {
  return [columns.join(","), ...rows.map((row) => row.map(cell).join(","))].map((line) => line + "\r\n").join("");
}

const FORMULA_START = /^[\s\u0000-\u001F]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/;

/** One field: numbers as written, text neutralised against formulas, then quoted if needed. */
export function cell(value: Cell): string {
  if (value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const text = FORMULA_START.test(value) ? "'" + value : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
