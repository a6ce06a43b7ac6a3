// The one step from graph data newsgraph wrote itself to a graph (src/formats/data.ts), shared
// by the app's seed and saved graphs and the embed's inline data (whose pages the browser tests
// in test/embed open).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { graphFromData } from "../../src/formats/data";
import { REPO_ROOT } from "../helpers/paths";

const seed = () => JSON.parse(readFileSync(join(REPO_ROOT, "test", "e2e", "fixtures", "seed-graph.json"), "utf8"));

describe("graphFromData", () => {
  it("gives the graph its data describes", () => {
    const data = seed();
    const graph = graphFromData(data);
    expect(graph.order).toBe(data.nodes.length);
    expect(graph.size).toBe(data.edges.length);
  });

  it("refuses what has no nodes and edges, and evidence that does not fit the text, naming the node", () => {
    expect(() => graphFromData({ nodes: [] })).toThrow(/no nodes and edges/);
    expect(() => graphFromData(null)).toThrow(/no nodes and edges/);
    const data = seed();
    const node = data.nodes.find((n: { attributes?: { evidence?: unknown[] } }) => n.attributes?.evidence?.length);
    node.attributes.evidence[0] = { ...node.attributes.evidence[0], start: 10, end: 5 };
    expect(() => graphFromData(data)).toThrow(new RegExp(`node "${node.key}"`));
  });

  it("checks the whole schema unless asked to leave it to the caller", () => {
    const data = seed();
    data.nodes[0].attributes.type = "banana";
    expect(() => graphFromData(data)).toThrow(/not a newsgraph graph: nodes\.0\.attributes\.type: expected one of/);
    expect(graphFromData(data, { schema: false }).order).toBe(data.nodes.length);
  });
});
