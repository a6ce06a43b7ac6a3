// The partial redraw on a change of focus must draw what a full one draws: every node and edge
// left out of the delta reduces to the same display data before and after the change.
import { describe, expect, it } from "vitest";
import { generateGraph } from "../../tools/graph-gen";
import { createRandom } from "../../src/layout/prng";
import type { NewsGraph } from "../../src/schema/model";
import { focusDelta } from "../../src/viewer/focus-delta";
import { edgeReducer, nodeReducer, reducerContext, type ReducerContext } from "../../src/viewer/reducers";
import { curvaturesOf } from "../../src/viewer/curvatures";
import { INITIAL_STATE, type Selection, type ViewState } from "../../src/viewer/state";

/** a small generated graph with parallel and opposite edges added, so curved edges are in play */
function graphWithParallels(): NewsGraph {
  const g = generateGraph(60, 240, 3);
  g.addDirectedEdgeWithKey("p1", "n1", "n2", { label: "met", kind: "relation", evidence: [], mentions: 1 });
  g.addDirectedEdgeWithKey("p2", "n1", "n2", { label: "met", kind: "relation", evidence: [], mentions: 2 });
  g.addDirectedEdgeWithKey("p3", "n2", "n1", { label: "met", kind: "relation", evidence: [], mentions: 1 });
  return g;
}

function randomFocus(g: NewsGraph, random: () => number): Pick<ViewState, "hovered" | "selection"> {
  const nodes = g.nodes();
  const edges = g.edges();
  const node = () => nodes[Math.floor(random() * nodes.length)];
  const r = random();
  const selection: Selection | null =
    r < 0.35
      ? null
      : r < 0.75
        ? { kind: "node", key: node() }
        : { kind: "edge", key: edges[Math.floor(random() * edges.length)] };
  return { hovered: random() < 0.5 ? null : node(), selection };
}

const reduceAll = (g: NewsGraph, ctx: ReducerContext) => ({
  nodes: new Map(g.mapNodes((k, a) => [k, nodeReducer(ctx, k, a)] as const)),
  edges: new Map(g.mapEdges((k, a) => [k, edgeReducer(ctx, k, a)] as const)),
});

describe("focus delta", () => {
  it("leaves out only nodes and edges that draw the same before and after the change", () => {
    const g = graphWithParallels();
    const curvatures = curvaturesOf(g, 0.25);
    const random = createRandom(11);
    // filters and picks held fixed while the focus moves: they are part of both contexts
    const base: ViewState = { ...INITIAL_STATE, hiddenTypes: ["country"], picked: ["n3", "n7"], minMentions: 1 };
    let partial = 0;
    for (let i = 0; i < 300; i++) {
      const before = reducerContext(g, { ...base, ...randomFocus(g, random) }, curvatures, "line");
      const after = reducerContext(g, { ...base, ...randomFocus(g, random) }, curvatures, "line");
      const delta = focusDelta(g, before, after);
      if (!delta) {
        // only when a focus came or went
        expect(!before.bright !== !after.bright).toBe(true);
        continue;
      }
      partial++;
      const a = reduceAll(g, before);
      const b = reduceAll(g, after);
      const nodes = new Set(delta.nodes);
      const edges = new Set(delta.edges);
      for (const k of g.nodes()) if (!nodes.has(k)) expect(b.nodes.get(k), k).toEqual(a.nodes.get(k));
      for (const k of g.edges()) if (!edges.has(k)) expect(b.edges.get(k), k).toEqual(a.edges.get(k));
    }
    // most transitions go from one focus to another and are partial
    expect(partial).toBeGreaterThan(150);
  });

  it("moving from one hovered node to another touches only their neighbourhoods", () => {
    const g = graphWithParallels();
    const ctx = (hovered: string) => reducerContext(g, { ...INITIAL_STATE, hovered }, new Map(), "line");
    const delta = focusDelta(g, ctx("n1"), ctx("n5"))!;
    expect(new Set(delta.nodes)).toEqual(new Set(["n1", "n5", ...g.neighbors("n1"), ...g.neighbors("n5")]));
    expect(new Set(delta.edges)).toEqual(new Set([...g.edges("n1"), ...g.edges("n5")]));
    // hovering from nothing changes every node: no delta, a full redraw
    expect(focusDelta(g, reducerContext(g, INITIAL_STATE, new Map()), ctx("n1"))).toBeNull();
  });
});
