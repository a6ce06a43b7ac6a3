// Node keys are data: nodes keyed "__proto__", "constructor", "toString", "hasOwnProperty" or
// "prototype" are laid out like any other, linked, beside a sentence's nodes or on the shelf.
import { describe, expect, it } from "vitest";
import { computeLayout, hasLayout, layoutGraph } from "../../src/layout/index";
import { graphToJSONText } from "../../src/schema/model";
import { PROTOTYPE_KEYS, prototypeKeysGraph } from "../render/fixtures";

describe("layoutGraph on nodes keyed by Object.prototype's names", () => {
  it("gives every node finite x and y", () => {
    const graph = layoutGraph(prototypeKeysGraph());
    expect(hasLayout(graph)).toBe(true);
    for (const key of [...PROTOTYPE_KEYS, "valueOf", "isPrototypeOf", "event:talks"]) {
      const { x, y } = graph.getNodeAttributes(key);
      expect(Number.isFinite(x) && Number.isFinite(y), key).toBe(true);
    }
  });

  it("answers one position per node, keyed by the node's own key", () => {
    const graph = prototypeKeysGraph();
    const layout = computeLayout(graph);
    expect([...layout.keys()]).toEqual(graph.nodes());
    // no two nodes share a spot: none fell back to a default
    expect(new Set([...layout.values()].map((p) => `${p.x},${p.y}`)).size).toBe(graph.order);
  });

  it("is deterministic: the same graph gives byte-identical JSON", () => {
    const a = graphToJSONText(layoutGraph(prototypeKeysGraph()));
    expect(graphToJSONText(layoutGraph(prototypeKeysGraph()))).toBe(a);
    expect(a).not.toContain("null");
    expect(JSON.stringify([...computeLayout(prototypeKeysGraph())])).toBe(
      JSON.stringify([...computeLayout(prototypeKeysGraph())]),
    );
  });

  it("puts the unlinked node that shares their sentence beside them, and the other on the shelf below", () => {
    const layout = computeLayout(prototypeKeysGraph());
    const at = (key: string) => layout.get(key)!;
    const linked = ["event:talks", ...PROTOTYPE_KEYS].map(at);
    expect(at("isPrototypeOf").y).toBeLessThan(Math.min(...linked.map((p) => p.y)));
    expect(at("valueOf").y).toBeGreaterThan(at("isPrototypeOf").y);
  });

  it("writes nothing onto Object.prototype or Object", () => {
    layoutGraph(prototypeKeysGraph());
    expect("previous" in {}).toBe(false);
    expect("previous" in Object).toBe(false);
  });
});
