// Node keys are data: graphology, imported through src/schema/graphology.ts, holds nodes keyed
// by Object.prototype's names with edges like any others, and writes nothing onto Object.prototype.
import { describe, expect, it } from "vitest";
import { MultiDirectedGraph, MultiGraph, UndirectedGraph } from "../../src/schema/graphology";

const KEYS = [
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  "prototype",
  "valueOf",
  "isPrototypeOf",
  "__defineGetter__",
];

describe("graphology holds nodes keyed by Object.prototype's names", () => {
  for (const Graph of [MultiDirectedGraph, MultiGraph, UndirectedGraph]) {
    it(`${Graph.name}: their edges, neighbours and tests, as for any key; dropping them too`, () => {
      for (const key of KEYS) {
        const g = new Graph();
        g.addNode("a");
        g.addNode(key);
        g.addNode("z");
        g.addEdgeWithKey("in", "a", key);
        g.addEdgeWithKey("out", key, "z");
        if (g.multi) g.addEdgeWithKey("again", "a", key);
        const edges = g.multi ? ["in", "again", "out"] : ["in", "out"];
        expect(g.edges(key).sort(), key).toEqual(edges.sort());
        expect(g.edges("a").sort(), key).toEqual(edges.filter((e) => e !== "out").sort());
        expect(g.neighbors(key).sort(), key).toEqual(["a", "z"]);
        expect(g.neighbors("a"), key).toEqual([key]);
        expect([g.hasEdge("a", key), g.hasEdge("a", "z"), g.areNeighbors("a", key), g.areNeighbors("a", "z")]).toEqual([
          true,
          false,
          true,
          false,
        ]);
        // and names no node has are no edge's end
        expect(
          KEYS.filter((k) => k !== key).some((k) => g.hasEdge("a", k) || g.hasEdge(k, "a")),
          key,
        ).toBe(false);
        expect(g.copy().edges(key).sort(), key).toEqual(edges.sort());
        g.dropEdge("in");
        expect(g.edges("a").length, key).toBe(g.multi ? 1 : 0);
        g.dropNode(key);
        expect([g.order, g.size, g.neighbors("a").length], key).toEqual([2, 0, 0]);
      }
      expect("previous" in {}).toBe(false);
      expect("previous" in Object).toBe(false);
    });
  }

  it("keeps the directed answers of hasDirectedEdge and hasUndirectedEdge", () => {
    const g = new MultiGraph();
    g.mergeEdge("constructor", "__proto__");
    g.mergeUndirectedEdge("__proto__", "toString");
    expect(g.hasDirectedEdge("constructor", "__proto__")).toBe(true);
    expect(g.hasDirectedEdge("__proto__", "constructor")).toBe(false);
    expect(g.hasUndirectedEdge("toString", "__proto__")).toBe(true);
    expect(g.hasUndirectedEdge("constructor", "__proto__")).toBe(false);
    expect(g.hasEdge("toString", "__proto__")).toBe(true);
    // other arities are graphology's own
    expect(g.hasEdge(g.edges("constructor")[0]!)).toBe(true);
    expect(() => (g.hasEdge as (...args: string[]) => boolean)("a", "b", "c")).toThrow(/arity/);
  });
});
