// A hover that only lights its neighbourhood (large graphs, src/viewer/hover.ts) must redraw
// exactly what a full re-reduce would: the nodes left out of its delta reduce the same before and
// after, no edge changes at all, and the lit nodes keep what sigma's WebGL buffers hold
// (position, size, zIndex, program), which are not redrawn.
import { describe, expect, it } from "vitest";
import { generateGraph } from "../../tools/graph-gen";
import { createRandom } from "../../src/layout/prng";
import { curvaturesOf } from "../../src/viewer/curvatures";
import { focusDelta } from "../../src/viewer/focus-delta";
import { DEFAULT_HOVER_SETTINGS, hoverFades, litDelta } from "../../src/viewer/hover";
import { edgeReducer, nodeReducer, reducerContext } from "../../src/viewer/reducers";
import { INITIAL_STATE, type Selection, type ViewState } from "../../src/viewer/state";

const g = generateGraph(80, 320, 5);
const curvatures = curvaturesOf(g, 0.25);
const base: ViewState = { ...INITIAL_STATE, hiddenTypes: ["country"], picked: ["n3"], minMentions: 1 };
const light = (state: Partial<ViewState>) =>
  reducerContext(g, { ...base, ...state }, curvatures, "line", undefined, { hoverFades: false });

describe("a hover that lights without fading", () => {
  it("fades at once only up to the settings' size", () => {
    expect(hoverFades(generateGraph(100, DEFAULT_HOVER_SETTINGS.fadeMaxEdges, 1), DEFAULT_HOVER_SETTINGS)).toBe(true);
    expect(hoverFades(generateGraph(100, DEFAULT_HOVER_SETTINGS.fadeMaxEdges + 1, 1), DEFAULT_HOVER_SETTINGS)).toBe(
      false,
    );
  });

  it("highlights the hovered node and its neighbours, and fades nothing", () => {
    const ctx = light({ hovered: "n1" });
    expect(ctx.focus).toBeNull();
    expect(ctx.lit).toEqual(new Set(["n1", ...g.neighbors("n1")]));
    const plain = light({});
    g.forEachNode((k, a) => {
      const lit = nodeReducer(ctx, k, a);
      const before = nodeReducer(plain, k, a);
      expect(!!lit.highlighted, k).toBe(ctx.lit!.has(k) || base.picked!.includes(k));
      expect(lit.color, k).toBe(before.color);
    });
    g.forEachEdge((k, a) => expect(edgeReducer(ctx, k, a)).toEqual(edgeReducer(plain, k, a)));
  });

  it("re-reduces only the lit nodes, keeping what the WebGL buffers hold", () => {
    const random = createRandom(3);
    const nodes = g.nodes();
    const pick = () => nodes[Math.floor(random() * nodes.length)];
    let checked = 0;
    for (let i = 0; i < 200; i++) {
      const selection: Selection | null = random() < 0.5 ? null : { kind: "node", key: pick() };
      const before = light({ selection, hovered: random() < 0.3 ? null : pick() });
      const after = light({ selection, hovered: random() < 0.3 ? null : pick() });
      const delta = litDelta(before, after);
      if (!delta) {
        expect(before.lit ?? after.lit).toBeNull();
        continue;
      }
      checked++;
      const touched = new Set(delta);
      g.forEachNode((k, a) => {
        const x = nodeReducer(before, k, a);
        const y = nodeReducer(after, k, a);
        if (!touched.has(k)) expect(y, k).toEqual(x);
        else
          for (const field of ["x", "y", "size", "zIndex", "type", "hidden"] as const)
            expect(y[field], `${k}.${field}`).toEqual(x[field]);
      });
      g.forEachEdge((k, a) => expect(edgeReducer(after, k, a)).toEqual(edgeReducer(before, k, a)));
    }
    expect(checked).toBeGreaterThan(100);
  });

  it("a change of selection and hover at once redraws both lit neighbourhoods too", () => {
    const before = light({ hovered: "n1", selection: { kind: "node", key: "n2" } });
    const after = light({ hovered: "n5", selection: { kind: "node", key: "n9" } });
    expect(litDelta(before, after)).toBeNull();
    const delta = focusDelta(g, before, after)!;
    const nodes = new Set(delta.nodes);
    g.forEachNode((k, a) => {
      if (!nodes.has(k)) expect(nodeReducer(after, k, a), k).toEqual(nodeReducer(before, k, a));
    });
  });
});
