// Node keys are data: every format writes nodes keyed by Object.prototype's names and reads them
// back, and a type read from a file is looked up as data too.
import { describe, expect, it } from "vitest";
import { exportGraph, importGraph } from "../../src/formats/index";
import { graphToJSONText } from "../../src/schema/model";
import { prototypeKeysGraph } from "../render/fixtures";

describe("every format writes and reads back nodes keyed by Object.prototype's names", () => {
  for (const format of ["json", "graphml", "gexf"] as const) {
    it(`${format}: the same nodes, edges and ends`, () => {
      const graph = prototypeKeysGraph();
      const back = importGraph(exportGraph(graph, format), `keys.${format}`);
      expect(back.nodes()).toEqual(graph.nodes());
      expect(back.mapEdges((e, _a, s, t) => [e, s, t])).toEqual(graph.mapEdges((e, _a, s, t) => [e, s, t]));
      expect(back.edges("__proto__").sort()).toEqual(["__proto__", "toString:again", "valueOf"]);
      expect(back.getNodeAttribute("constructor", "label")).toBe("Person constructor");
      if (format === "json") expect(graphToJSONText(back)).toBe(graphToJSONText(graph));
    });
  }

  it("csv: a row for every node and edge, keys as written", () => {
    const graph = prototypeKeysGraph();
    const { nodes, edges } = exportGraph(graph, "csv");
    const keys = nodes
      .trim()
      .split("\r\n")
      .slice(1)
      .map((row) => row.split(",")[0]);
    expect(keys).toEqual(graph.nodes());
    expect(edges.trim().split("\r\n")).toHaveLength(graph.size + 1);
  });
});

describe("a node type read from a file", () => {
  it("that names an Object.prototype property is an unknown type, kept as originalType", () => {
    for (const type of ["constructor", "__proto__", "toString", "hasOwnProperty"]) {
      const loose = {
        attributes: { title: "t" },
        nodes: [{ key: "a", attributes: { label: "A", type } }, { key: "b" }],
        edges: [{ source: "a", target: "b" }],
      };
      const a = importGraph(JSON.stringify(loose), "loose.json").getNodeAttributes("a") as {
        type: string;
        originalType?: unknown;
      };
      expect([a.type, a.originalType], type).toEqual(["organization", type]);
    }
    // and a synonym still maps
    const loose = { attributes: {}, nodes: [{ key: "a", attributes: { type: "GPE" } }], edges: [] };
    expect(importGraph(JSON.stringify(loose), "loose.json").getNodeAttribute("a", "type")).toBe("country");
  });
});
