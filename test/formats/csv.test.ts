// CSV: RFC 4180 tables read back by Python's csv module, safe to open in a spreadsheet.
import { describe, expect, it } from "vitest";
import { cell, writeCSV } from "../../src/formats/csv";
import { exportGraph } from "../../src/formats/index";
import { HOSTILE, hostileGraph, realisticGraph } from "./fixtures";
import { runPython } from "./python";

const hostile = hostileGraph();
const tables = writeCSV(hostile);

/** Rows as Python's csv module (a real RFC 4180 reader) parses them. */
function readCSV(text: string): string[][] {
  return runPython<string[][]>(
    `import csv, io, json, sys
print(json.dumps(list(csv.reader(io.StringIO(sys.argv[1], newline="")))))`,
    text,
  );
}

describe("CSV", () => {
  it("has the documented columns and one row per node and edge", () => {
    const nodes = readCSV(tables.nodes);
    const edges = readCSV(tables.edges);
    expect(nodes[0]).toEqual([
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
    ]);
    expect(edges[0]).toEqual(["key", "source", "target", "label", "kind", "role", "mentions"]);
    expect(nodes).toHaveLength(hostile.order + 1);
    expect(edges).toHaveLength(hostile.size + 1);
    expect(tables.nodes.endsWith("\r\n")).toBe(true);
  });

  it("quotes commas, quotes and line breaks so every value reads back whole", () => {
    const nodes = readCSV(tables.nodes);
    const row = (key: string) => nodes.find((r) => r[0] === key)!;
    expect(row("person:script")).toEqual([
      "person:script",
      HOSTILE.script,
      "person",
      `Deputy "Minister" & <b>`,
      "",
      "",
      "",
      "",
      "3",
      [HOSTILE.quotes, HOSTILE.control, HOSTILE.newlines].join("; "),
      "",
      "",
    ]);
    expect(row("event:call")).toEqual([
      "event:call",
      HOSTILE.newlines,
      "event",
      "",
      "call",
      "'" + HOSTILE.tab,
      "",
      HOSTILE.arabic,
      "2",
      "",
      "",
      "",
    ]);
    expect(row("person:tom & jerry").slice(10)).toEqual(["-12.5", "3.25"]);
    expect(row("country:🚀")[1]).toBe(HOSTILE.emoji);
    expect(row("place:<b>москва</b>")[1]).toBe(HOSTILE.cyrillic);
  });

  it("neutralises cells a spreadsheet would run as formulas", () => {
    const nodes = readCSV(tables.nodes);
    const formula = nodes.find((r) => r[0] === "person:formula")!;
    expect(formula[1]).toBe("'" + HOSTILE.formula);
    expect(formula[3]).toBe("'" + HOSTILE.at);
    // aliases cell starts with "+": neutralised as a whole
    expect(formula[9]).toBe("'" + [HOSTILE.plus, HOSTILE.minus].join("; "));
    const edges = readCSV(tables.edges);
    expect(edges.map((r) => r[3])).toContain("'" + HOSTILE.at);
    for (const table of [nodes, edges]) {
      for (const r of table) for (const c of r) if (!/^-?\d/.test(c)) expect(c).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it("neutralises formulas behind leading spaces, newlines and control characters, and full-width signs", () => {
    for (const value of [
      " =1+1",
      "\n=cmd|' /C calc'!A0",
      "\r\n @SUM(A1)",
      "\u00A0+1",
      "\u0001-2",
      "\uFF1DHYPERLINK(1)",
      "\t x",
    ]) {
      const [row] = readCSV(cell(value) + "\r\n");
      expect(row[0], JSON.stringify(value)).toBe("'" + value);
    }
    for (const value of ["a = b", "x+1", "plain"]) expect(cell(value)).toBe(value);
  });

  it("writes numbers as numbers, even negative ones", () => {
    expect(cell(-12.5)).toBe("-12.5");
    expect(cell("-12.5")).toBe("'-12.5");
    expect(cell(undefined)).toBe("");
    expect(cell('a,"b"')).toBe('"a,""b"""');
  });

  it("is deterministic and offered by the registry", () => {
    expect(exportGraph(hostileGraph(), "csv")).toEqual(tables);
    const realistic = writeCSV(realisticGraph());
    expect(readCSV(realistic.nodes)).toHaveLength(realisticGraph().order + 1);
  });
});
