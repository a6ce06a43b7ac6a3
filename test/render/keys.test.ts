// Node keys are data: a picture of nodes keyed "__proto__", "constructor", "toString",
// "hasOwnProperty" or "prototype" draws every one of them where its layout put it.
import { describe, expect, it } from "vitest";
import { layoutGraph } from "../../src/layout/index";
import { renderSvg } from "../../src/render/svg";
import { prototypeKeysGraph } from "./fixtures";
import { elements, groupTexts, parseStrict } from "./helpers";

describe("renderSvg on nodes keyed by Object.prototype's names", () => {
  // no positions: laid out as the CLI would (built in each test, so each fails on its own)
  const picture = () => renderSvg(prototypeKeysGraph(), { labelThreshold: 0 });

  it("has no NaN anywhere and is well-formed", () => {
    const svg = picture();
    expect(svg).not.toMatch(/NaN|undefined|Infinity/);
    expect(parseStrict(svg).documentElement!.tagName).toBe("svg");
  });

  it("draws every node and every edge, each label once", () => {
    const graph = prototypeKeysGraph();
    const svg = picture();
    const doc = parseStrict(svg);
    const nodes = elements(doc, "circle")
      .concat(elements(doc, "rect"))
      .filter((e) => e.getAttribute("class")?.startsWith("node "));
    expect(nodes).toHaveLength(graph.order);
    for (const n of nodes)
      for (const a of ["cx", "cy", "x", "y"])
        if (n.hasAttribute(a)) expect(Number.isFinite(Number(n.getAttribute(a)))).toBe(true);
    expect(elements(doc, "path").filter((p) => p.getAttribute("class")?.startsWith("edge "))).toHaveLength(graph.size);
    expect(groupTexts(doc, "labels").sort()).toEqual(graph.mapNodes((_k, a) => a.label).sort());
  });

  it("is deterministic, and the same as the picture of the laid-out graph", () => {
    const svg = picture();
    expect(renderSvg(prototypeKeysGraph(), { labelThreshold: 0 })).toBe(svg);
    expect(renderSvg(layoutGraph(prototypeKeysGraph()), { labelThreshold: 0 })).toBe(svg);
  });
});
