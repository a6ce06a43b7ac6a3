import { afterEach, describe, expect, it, vi } from "vitest";
import { nodeSize } from "../../src/appearance/appearance";
import Graph from "graphology";
import noverlap from "graphology-layout-noverlap";
import { computeLayout, hasLayout, iterationsFor, layoutGraph } from "../../src/layout/index";
import { separateCoincident } from "../../src/layout/layout";
import { createNewsGraph, graphToJSONText } from "../../src/schema/model";
import { hostileGraph, randomGraph, summitGraph } from "../render/fixtures";

afterEach(() => vi.restoreAllMocks());

describe("layoutGraph", () => {
  it("gives every node finite x and y, and nothing else: colours and sizes are derived where drawn", () => {
    const graph = layoutGraph(summitGraph());
    expect(graph.order).toBeGreaterThanOrEqual(25);
    graph.forEachNode((_key, a) => {
      expect(Number.isFinite(a.x)).toBe(true);
      expect(Number.isFinite(a.y)).toBe(true);
      expect(a.size).toBeUndefined();
      expect(a.color).toBeUndefined();
    });
    expect(hasLayout(graph)).toBe(true);
    expect(hasLayout(summitGraph())).toBe(false);
  });

  it("is deterministic: the same graph gives byte-identical JSON", () => {
    const a = graphToJSONText(layoutGraph(summitGraph()));
    const b = graphToJSONText(layoutGraph(summitGraph()));
    expect(a).toBe(b);
    expect(a).toContain('"x":');
  });

  it("depends on the seed, and only on it", () => {
    const text = (seed: string) => JSON.stringify([...computeLayout(summitGraph(), { seed })]);
    const a = text("a");
    expect(text("a")).toBe(a);
    expect(text("b")).not.toBe(a);
  });

  it("never uses Math.random (noverlap would, for nodes on one spot)", () => {
    const random = vi.spyOn(Math, "random");
    computeLayout(summitGraph());
    computeLayout(randomGraph(300));
    computeLayout(randomGraph(50, 0), { iterations: 0 });
    expect(random).not.toHaveBeenCalled();
  });

  it("separates nodes on one spot deterministically, so noverlap needs no jitter", () => {
    const random = vi.spyOn(Math, "random");
    const work = new Graph();
    for (const key of ["a", "b", "c"]) work.addNode(key, { x: 1, y: 1, size: 5 });
    separateCoincident(work);
    noverlap.assign(work, 50);
    const spots = new Set(work.mapNodes((_k, a) => `${a.x},${a.y}`));
    expect(spots.size).toBe(3);
    expect(random).not.toHaveBeenCalled();
  });

  it("rounds coordinates to hundredths and writes no -0", () => {
    const layout = computeLayout(summitGraph());
    expect(layout.size).toBe(summitGraph().order);
    for (const { x, y } of layout.values()) {
      expect(Math.round(x * 100) / 100).toBe(x);
      expect(Math.round(y * 100) / 100).toBe(y);
      expect(Object.is(x, -0) || Object.is(y, -0)).toBe(false);
    }
  });

  it("leaves no two node discs overlapping", () => {
    const graph = layoutGraph(summitGraph());
    const nodes = graph.mapNodes((_k, a) => a);
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const d = Math.hypot(nodes[i].x! - nodes[j].x!, nodes[i].y! - nodes[j].y!);
        expect(d, `${nodes[i].label} / ${nodes[j].label}`).toBeGreaterThanOrEqual(
          nodeSize(nodes[i].mentions) + nodeSize(nodes[j].mentions) - 0.5,
        );
      }
    }
  });

  it("keeps linked nodes closer than unlinked ones on average", () => {
    const graph = layoutGraph(summitGraph());
    const dist = (s: string, t: string) =>
      Math.hypot(
        graph.getNodeAttribute(s, "x")! - graph.getNodeAttribute(t, "x")!,
        graph.getNodeAttribute(s, "y")! - graph.getNodeAttribute(t, "y")!,
      );
    const linked = graph.mapEdges((_e, _a, s, t) => dist(s, t));
    const all: number[] = [];
    const keys = graph.nodes();
    for (let i = 0; i < keys.length; i++) for (let j = i + 1; j < keys.length; j++) all.push(dist(keys[i], keys[j]));
    const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
    expect(mean(linked)).toBeLessThan(mean(all) * 0.8);
  });

  it("puts an unlinked node beside the nodes it shares a sentence with", () => {
    const graph = summitGraph();
    const host = "person:li-wen";
    // a sentence only the host and the unlinked node appear in
    const shared = { start: 9000, end: 9004, sentenceStart: 9000, sentenceEnd: 9019 };
    graph.setNodeAttribute(host, "evidence", [...graph.getNodeAttribute(host, "evidence"), shared]);
    graph.addNode("organization:quoted", {
      ...graph.getNodeAttributes(host),
      label: "Quoted",
      type: "organization",
      evidence: [{ ...shared, start: 9012, end: 9018 }],
    });
    const layout = computeLayout(graph);
    const at = (k: string) => layout.get(k)!;
    const keys = [...layout.keys()];
    const spread = Math.max(...keys.map((k) => at(k).x)) - Math.min(...keys.map((k) => at(k).x));
    const q = at("organization:quoted");
    expect(Math.hypot(q.x - at(host).x, q.y - at(host).y)).toBeLessThan(spread * 0.2);
    // and not on the shelf below everything
    expect(q.y).toBeGreaterThan(Math.min(...keys.filter((k) => k !== "organization:quoted").map((k) => at(k).y)));
  });

  it("puts nodes without edges or shared sentences on a shelf below the connected part, grouped by type", () => {
    const graph = summitGraph();
    const extra: [string, "person" | "organization"][] = [
      ["person:x", "person"],
      ["organization:y", "organization"],
      ["person:z", "person"],
    ];
    for (const [key, type] of extra)
      graph.addNode(key, { ...graph.getNodeAttributes("person:li-wen"), label: key, type, evidence: [] });
    const layout = computeLayout(graph);
    const at = (k: string) => layout.get(k)!;
    const radius = (k: string) => nodeSize(graph.getNodeAttribute(k, "mentions"));
    const connectedMinY = Math.min(...graph.filterNodes((k) => graph.degree(k) > 0).map((k) => at(k).y - radius(k)));
    const shelf = extra.map(([key]) => ({ ...at(key), size: radius(key) }));
    for (const p of shelf) expect(p.y + p.size).toBeLessThan(connectedMinY);
    // one row, people first
    expect(new Set(shelf.map((p) => p.y)).size).toBe(1);
    expect(at("person:x").x).toBeLessThan(at("organization:y").x);
    expect(at("person:z").x).toBeLessThan(at("organization:y").x);
  });

  it("computeLayout leaves the graph untouched; other attributes survive layoutGraph", () => {
    const graph = summitGraph();
    const before = JSON.stringify(graph.export());
    computeLayout(graph);
    expect(JSON.stringify(graph.export())).toBe(before);
    layoutGraph(graph);
    expect(graph.getNodeAttribute("person:anna-keller", "role")).toBe("President");
    expect(graph.getNodeAttribute("event:call-1", "date")).toBe("on Tuesday");
  });

  it("handles empty, single-node, edgeless and hostile graphs", () => {
    expect(computeLayout(createNewsGraph())).toEqual(new Map());
    const one = randomGraph(1, 0);
    expect(computeLayout(one)).toEqual(new Map([["n0", { x: 0, y: 0 }]]));
    for (const graph of [randomGraph(40, 0), hostileGraph()]) {
      const layout = computeLayout(graph);
      expect(layout.size).toBe(graph.order);
      for (const p of layout.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    }
  });

  it("caps ForceAtlas2 iterations as graphs grow", () => {
    expect(iterationsFor(25)).toBe(800);
    expect(iterationsFor(1000)).toBeLessThan(iterationsFor(100));
    expect(iterationsFor(10_000)).toBeLessThan(iterationsFor(1000));
    expect(iterationsFor(10_000)).toBeGreaterThanOrEqual(20);
  });

  it("lays out 10k nodes with finite, mostly distinct positions", () => {
    const layout = [...computeLayout(randomGraph(10_000)).values()];
    expect(layout).toHaveLength(10_000);
    const spots = new Set(layout.map((p) => `${p.x},${p.y}`));
    expect(layout.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    expect(spots.size).toBeGreaterThan(9_900);
  });
});
