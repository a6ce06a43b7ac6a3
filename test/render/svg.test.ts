import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { nodeSize, TYPE_COLORS, TYPE_LABELS } from "../../src/appearance/appearance";
import { layoutGraph } from "../../src/layout/index";
import type { Box } from "../../src/render/labels";
import { buildScene } from "../../src/render/scene";
import { renderSvg, visibleLabels } from "../../src/render/svg";
import { cleanText } from "../../src/render/xml";
import { createNewsGraph } from "../../src/schema/model";
import { HOSTILE_LABELS, hostileGraph, randomGraph, summitGraph } from "./fixtures";
import { elements, groupTexts, parseStrict } from "./helpers";

const ARTIFACTS = join(process.cwd(), "test-artifacts", "render");
mkdirSync(ARTIFACTS, { recursive: true });

function viewBox(svg: string): { x: number; y: number; w: number; h: number } {
  const [x, y, w, h] = parseStrict(svg).documentElement!.getAttribute("viewBox")!.split(" ").map(Number);
  return { x, y, w, h };
}

function intersects(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

describe("renderSvg", () => {
  const graph = layoutGraph(summitGraph());
  const svg = renderSvg(graph);

  it("is well-formed XML for xmldom and xmllint", () => {
    const doc = parseStrict(svg);
    expect(doc.documentElement!.tagName).toBe("svg");
    const file = join(ARTIFACTS, "summit.svg");
    writeFileSync(file, svg);
    expect(() => execFileSync("xmllint", ["--noout", file], { stdio: "pipe" })).not.toThrow();
  });

  it("holds every visible label as text, including every node above the mention threshold", () => {
    const doc = parseStrict(svg);
    const texts = groupTexts(doc, "labels");
    const visible = visibleLabels(graph);
    expect(texts).toEqual(visible.nodes);
    expect(groupTexts(doc, "edge-labels")).toEqual(visible.edges);
    graph.forEachNode((_k, a) => {
      if (a.mentions >= 2) expect(texts).toContain(a.label);
    });
    // a lower threshold forces every label in
    const all = groupTexts(parseStrict(renderSvg(graph, { labelThreshold: 0 })), "labels");
    expect([...all].sort()).toEqual(graph.mapNodes((_k, a) => a.label).sort());
  });

  it("places optional labels only where they overlap nothing, and here no labels overlap", () => {
    const scene = buildScene(graph);
    const boxes = scene.labels.map((l) => l.box);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        expect(intersects(boxes[i], boxes[j]), `${scene.labels[i].text} / ${scene.labels[j].text}`).toBe(false);
      }
    // culling happens in a crowded picture, and the labels kept there overlap nothing
    const crowded = layoutGraph(randomGraph(400, 3), { spacing: 30 });
    const dense = buildScene(crowded, { labelThreshold: 1000 });
    expect(dense.labels.length).toBeGreaterThan(20);
    expect(dense.labels.length).toBeLessThan(crowded.order);
    for (const l of dense.labels) {
      for (const other of dense.labels) if (other !== l) expect(intersects(l.box, other.box)).toBe(false);
      for (const n of dense.nodes) {
        if (n.key === l.key) continue;
        const r = n.radius * 0.9;
        expect(intersects(l.box, { x0: n.x - r, y0: n.y - r, x1: n.x + r, y1: n.y + r })).toBe(false);
      }
    }
  });

  it("draws entities as circles and events as rounded squares, coloured by type and sized by mentions", () => {
    const doc = parseStrict(svg);
    const circles = elements(doc, "circle").filter((c) => c.getAttribute("class")?.startsWith("node "));
    const squares = elements(doc, "rect").filter((c) => c.getAttribute("class")?.startsWith("node "));
    expect(squares).toHaveLength(graph.filterNodes((_k, a) => a.type === "event").length);
    expect(circles).toHaveLength(graph.order - squares.length);
    expect(squares.every((s) => Number(s.getAttribute("rx")) > 0)).toBe(true);
    for (const c of circles) {
      const type = c.getAttribute("class")!.split(" ")[1] as keyof typeof TYPE_COLORS;
      expect(c.getAttribute("fill")).toBe(TYPE_COLORS[type]);
    }
    const anna = circles.find(
      (c) => Number(c.getAttribute("r")) === nodeSize(graph.getNodeAttribute("person:anna-keller", "mentions")),
    );
    expect(anna).toBeDefined();
  });

  it("draws every edge as a path with an arrowhead that exists", () => {
    const doc = parseStrict(svg);
    const markers = new Set(elements(doc, "marker").map((m) => m.getAttribute("id")));
    const paths = elements(doc, "path").filter((p) => p.getAttribute("class")?.startsWith("edge "));
    expect(paths).toHaveLength(graph.size);
    for (const p of paths) expect(markers.has(/^url\(#(.+)\)$/.exec(p.getAttribute("marker-end")!)![1])).toBe(true);
    // the two "at war with" edges between the same countries are curved apart
    expect(paths.filter((p) => p.getAttribute("d")!.includes("Q")).length).toBeGreaterThanOrEqual(2);
  });

  it("has a title and a legend of the types present", () => {
    const doc = parseStrict(svg);
    expect(elements(doc, "title")[0].textContent).toBe(graph.getAttribute("title"));
    const legend = elements(
      elements(doc, "g").find((g) => g.getAttribute("class") === "legend")!,
      "text",
    ).map((t) => t.textContent);
    expect(legend).toContain(`${TYPE_LABELS.person} (8)`);
    expect(legend).toContain(`${TYPE_LABELS.event} (6)`);
    const onlyPeople = createNewsGraph();
    onlyPeople.replaceAttributes(graph.getAttributes());
    onlyPeople.addNode("p", { ...graph.getNodeAttributes("person:anna-keller") });
    const small = parseStrict(renderSvg(onlyPeople));
    const smallLegend = elements(small, "text").map((t) => t.textContent);
    expect(smallLegend).toContain(`${TYPE_LABELS.person} (1)`);
    expect(smallLegend.some((t) => t?.startsWith(TYPE_LABELS.country))).toBe(false);
  });

  it("fits the viewBox to the content with margins", () => {
    const box = viewBox(svg);
    const scene = buildScene(graph);
    for (const n of scene.nodes) {
      expect(n.x - n.radius).toBeGreaterThanOrEqual(box.x + 16);
      expect(n.x + n.radius).toBeLessThanOrEqual(box.x + box.w - 16);
      expect(n.y - n.radius).toBeGreaterThanOrEqual(box.y + 16);
      expect(n.y + n.radius).toBeLessThanOrEqual(box.y + box.h - 16);
    }
    for (const l of scene.labels) {
      expect(l.box.x0).toBeGreaterThanOrEqual(box.x);
      expect(l.box.x1).toBeLessThanOrEqual(box.x + box.w);
    }
    // nothing but margins around it: the content reaches close to every side
    const minX = Math.min(...scene.nodes.map((n) => n.x - n.radius), ...scene.labels.map((l) => l.box.x0));
    expect(minX - box.x).toBeLessThan(80);
    const root = parseStrict(renderSvg(graph, { width: 800 })).documentElement!;
    expect(root.getAttribute("width")).toBe("800");
    expect(Number(root.getAttribute("height"))).toBeCloseTo((800 * box.h) / box.w, 0);
    const fallback = parseStrict(renderSvg(graph, { width: Number.NaN })).documentElement!;
    expect(fallback.getAttribute("width")).toBe(String(box.w));
  });

  it("is deterministic, and lays out graphs without positions exactly as the CLI would", () => {
    expect(renderSvg(layoutGraph(summitGraph()))).toBe(svg);
    expect(renderSvg(summitGraph())).toBe(svg);
  });

  it("escapes hostile labels, titles and colours", () => {
    const hostile = hostileGraph();
    const out = renderSvg(hostile, { labelThreshold: 0, edgeLabels: true });
    writeFileSync(join(ARTIFACTS, "hostile.svg"), out);
    const doc = parseStrict(out);
    expect(() => execFileSync("xmllint", ["--noout", join(ARTIFACTS, "hostile.svg")], { stdio: "pipe" })).not.toThrow();
    const texts = groupTexts(doc, "labels");
    for (const label of HOSTILE_LABELS) expect(texts).toContain(cleanText(label));
    expect(texts).toContain("\u200Fשלום\u200F"); // RTL marks kept
    expect(texts).toContain("🚀 Rocket");
    expect(texts).toContain("BellRinger"); // BEL removed
    expect(out).not.toMatch(/<script|<b>|<!--/);
    expect(out).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(out).toContain("Tom &amp; Jerry &quot;q&quot; &#39;q&#39;");
    expect(out).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/);
    expect(elements(doc, "title")[0].textContent).toBe('<b>Title</b> & "quotes"');
    // the injected colour attribute falls back to the type colour
    const first = elements(doc, "circle").find((c) => c.getAttribute("class") === "node person")!;
    expect(first.getAttribute("fill")).toBe(TYPE_COLORS.person);
    expect(groupTexts(doc, "edge-labels").some((t) => t.includes("<") && t.includes("&"))).toBe(true);
  });

  it("renders an empty graph as a valid picture", () => {
    const empty = createNewsGraph();
    const doc = parseStrict(renderSvg(empty));
    expect(elements(doc, "title")[0].textContent).toBe("Untitled graph");
    expect(viewBox(renderSvg(empty)).w).toBeGreaterThan(0);
  });
});
