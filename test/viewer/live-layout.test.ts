// The copy the live ForceAtlas2 lays out (src/viewer/live-layout.ts): every node of the graph, in
// its order, keyed by its place, with its position, and every edge between the same places, so a
// graph keyed "__proto__" or "constructor" reaches the layout's plain-object index as "0", "1", ….
// The live run itself, in a worker, is test/e2e/keys.test.ts and test/e2e/viewer-core.test.ts.
import { describe, expect, it } from "vitest";
import { positionCopy } from "../../src/viewer/live-layout";
import { prototypeKeysGraph } from "../render/fixtures";

describe("the live layout's copy of the graph", () => {
  it("keys nodes by their place, keeps positions and edges, and no other attribute", () => {
    const graph = prototypeKeysGraph();
    graph.forEachNode((key) => graph.mergeNodeAttributes(key, { x: key.length, y: -key.length }));
    const copy = positionCopy(graph);
    const keys = graph.nodes();
    expect(copy.nodes()).toEqual(keys.map((_, i) => String(i)));
    keys.forEach((key, i) => expect(copy.getNodeAttributes(String(i))).toEqual({ x: key.length, y: -key.length }));
    const place = (key: string) => String(keys.indexOf(key));
    const ends = (
      g: { forEachEdge(cb: (e: string, a: unknown, s: string, t: string) => void): void },
      name: (k: string) => string,
    ) => {
      const out: string[] = [];
      g.forEachEdge((_e, _a, source, target) => void out.push(`${name(source)}->${name(target)}`));
      return out;
    };
    expect(ends(copy, (k) => k)).toEqual(ends(graph, place));
    expect(copy.size).toBe(graph.size);
  });
});
