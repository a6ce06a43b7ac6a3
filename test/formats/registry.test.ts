// The registry (exportGraph / importGraph) and the JSON format: format detection, exact
// round trips through every format, plain graphology exports, and clear errors.
import { validateSerializedGraph } from "../../src/schema/graph";
import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { exportGraph, importGraph, sniffFormat } from "../../src/formats/index";
import { readJSON, writeJSON } from "../../src/formats/json";
import { graphToJSONText } from "../../src/schema/model";
import { hostileGraph, realisticGraph } from "./fixtures";

const realistic = realisticGraph();
const hostile = hostileGraph();

describe("JSON", () => {
  it("is graphology's serialized form (evidence as offset arrays), as the schema module prints it", () => {
    expect(writeJSON(realistic)).toBe(graphToJSONText(realistic));
    expect(validateSerializedGraph(JSON.parse(writeJSON(realistic)))).toEqual(realistic.export());
  });

  it("round-trips byte for byte, hostile strings included", () => {
    for (const g of [realistic, hostile]) {
      const text = exportGraph(g, "json");
      const back = importGraph(text, "graph.json");
      expect(back.export()).toEqual(g.export());
      expect(exportGraph(back, "json")).toBe(text);
    }
  });

  it("accepts a plain graphology export, filling what newsgraph needs", () => {
    const plain = new Graph({ multi: true });
    plain.mergeAttributes({ name: "Trade links" });
    plain.addNode("fr", { label: "France", type: "GPE", x: 1, y: 2 });
    plain.addNode("acme", { name: "Acme Corp" });
    plain.addNode("self");
    plain.addUndirectedEdgeWithKey("u1", "fr", "acme", { weight: 3 });
    plain.addDirectedEdge("acme", "fr", { label: "exports to" });
    plain.addDirectedEdge("self", "self");
    const g = readJSON(JSON.stringify(plain.export()), "links.json");
    expect(g.getAttributes()).toMatchObject({
      title: "Trade links",
      source: { name: "links.json", text: "" },
      generator: { name: "imported" },
    });
    expect(g.getNodeAttributes("fr")).toMatchObject({
      label: "France",
      type: "country",
      x: 1,
      y: 2,
      aliases: [],
      evidence: [],
      mentions: 0,
    });
    expect(g.getNodeAttributes("acme")).toMatchObject({ label: "Acme Corp", type: "organization" });
    // undirected edges keep their stored direction; self-loops are dropped
    expect(g.size).toBe(2);
    expect([g.source("u1"), g.target("u1")]).toEqual(["fr", "acme"]);
    expect(g.getEdgeAttributes("u1")).toMatchObject({ label: "related to", kind: "relation", weight: 3, evidence: [] });
    // generated edge keys are deterministic
    expect(readJSON(JSON.stringify(plain.export()), "links.json").edges()).toEqual(g.edges());
  });

  it.each([
    ["not JSON", "{nodes: [", /not valid JSON/],
    ["JSON that is no graph", '{"hello": "world"}', /not a newsgraph graph: /],
    ["nodes without keys", '{"nodes": [{"attributes": {}}]}', /not a newsgraph graph: /],
    ["an edge to nowhere", '{"nodes": [{"key": "a"}], "edges": [{"source": "a", "target": "b"}]}', /missing node "b"/],
  ])("gives a clear error on %s", (_what, text, message) => {
    expect(() => importGraph(text, "bad.json")).toThrow(message);
  });
});

describe("registry", () => {
  it("round-trips every importable format exactly for a realistic graph", () => {
    for (const format of ["json", "graphml", "gexf"] as const) {
      const back = importGraph(exportGraph(realistic, format), `graph.${format}`);
      expect(back.export(), format).toEqual(realistic.export());
    }
  });

  it("round-trips hostile graphs through the XML formats exactly", () => {
    for (const format of ["graphml", "gexf"] as const) {
      expect(importGraph(exportGraph(hostile, format), format).export(), format).toEqual(hostile.export());
    }
  });

  it("detects the format from the text when the name does not say", () => {
    expect(sniffFormat(exportGraph(realistic, "graphml"))).toBe("graphml");
    expect(sniffFormat("\uFEFF  " + exportGraph(realistic, "gexf"))).toBe("gexf");
    expect(sniffFormat(exportGraph(realistic, "json"))).toBe("json");
    expect(importGraph(exportGraph(realistic, "gexf"), "download.xml").order).toBe(realistic.order);
    expect(importGraph(exportGraph(realistic, "graphml"), "-").order).toBe(realistic.order);
    expect(() => importGraph("name,label\n", "table.txt")).toThrow(/not a graph file/);
    expect(() => importGraph("<html><body/></html>", "page.xml")).toThrow(/root element is <html>/);
  });

  it("rejects unknown export formats", () => {
    expect(() => exportGraph(realistic, "docx" as never)).toThrow(/unknown export format "docx"/);
  });
});
