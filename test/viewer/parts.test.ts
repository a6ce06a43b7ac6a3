// The pure decisions inside the viewer's parts (src/viewer/drawing-rules.ts, camera-focus.ts,
// interactions.ts, theme-follow.ts, statistics-cache.ts, download.ts); the parts themselves
// run in the browser tests (test/e2e/viewer-core.test.ts and others).
import { describe, expect, it } from "vitest";
import { createNewsGraph, type NewsGraph } from "../../src/schema/model";
import { wellInside } from "../../src/viewer/camera-focus";
import { subgraphOf } from "../../src/viewer/download";
import { keepOf, needsStatistics, stateChanges } from "../../src/viewer/drawing-rules";
import { dropsSelection } from "../../src/viewer/interactions";
import { INITIAL_STATE, type ViewState } from "../../src/viewer/state";
import { progressText } from "../../src/viewer/statistics-cache";
import { resolveTheme } from "../../src/viewer/theme-follow";

/** a - b - c, and d alone */
function line(): NewsGraph {
  const g = createNewsGraph();
  g.replaceAttributes({
    title: "t",
    source: { name: "a.txt", sha256: "0".repeat(64), text: "" },
    generator: { name: "x", version: "1" },
  });
  for (const key of ["a", "b", "c", "d"])
    g.addNode(`person:${key}`, { label: key, type: "person", aliases: [], mentions: 1, evidence: [] });
  g.addDirectedEdgeWithKey("ab", "person:a", "person:b", { type: "related", label: "knows", evidence: [] } as never);
  g.addDirectedEdgeWithKey("bc", "person:b", "person:c", { type: "related", label: "knows", evidence: [] } as never);
  return g;
}

const state = (patch: Partial<ViewState>): ViewState => ({ ...INITIAL_STATE, ...patch });

describe("the drawing", () => {
  it("tells which parts of the picture a state change touches", () => {
    const none = { filters: false, focus: false, appearance: false, nodes: false, picked: false };
    expect(stateChanges(INITIAL_STATE, INITIAL_STATE)).toEqual(none);
    expect(stateChanges(state({ minMentions: 2 }), INITIAL_STATE)).toEqual({ ...none, filters: true });
    expect(stateChanges(state({ hovered: "person:a" }), INITIAL_STATE)).toEqual({ ...none, focus: true });
    expect(stateChanges(state({ sizeBy: "degree" }), INITIAL_STATE)).toEqual({ ...none, appearance: true });
    expect(stateChanges(state({ hiddenNodes: ["person:a"] }), INITIAL_STATE)).toEqual({ ...none, nodes: true });
    expect(stateChanges(state({ picked: ["person:a"] }), INITIAL_STATE)).toEqual({ ...none, picked: true });
    // the camera and the search box draw nothing new
    expect(stateChanges(state({ query: "a", camera: { x: 0, y: 0, ratio: 1, angle: 0 } }), INITIAL_STATE)).toEqual(
      none,
    );
  });

  it("needs the statistics only for communities and centralities", () => {
    expect(needsStatistics(INITIAL_STATE)).toBe(false);
    expect(needsStatistics(state({ colorBy: "kind" }))).toBe(false);
    expect(needsStatistics(state({ colorBy: "community" }))).toBe(true);
    expect(needsStatistics(state({ sizeBy: "pagerank" }))).toBe(true);
  });

  it("keeps what both the topological filter and keep-only leave", () => {
    const g = line();
    expect(keepOf(g, INITIAL_STATE)).toBeNull();
    const ego = { kind: "ego", node: "person:a", depth: 1 } as const;
    expect([...keepOf(g, state({ topology: ego }))!].sort()).toEqual(["person:a", "person:b"]);
    expect([...keepOf(g, state({ keepOnly: ["person:b", "person:d"] }))!].sort()).toEqual(["person:b", "person:d"]);
    expect([...keepOf(g, state({ topology: ego, keepOnly: ["person:b", "person:d"] }))!]).toEqual(["person:b"]);
  });
});

describe("the viewer's other parts", () => {
  it("leaves a clicked item where it is only when it sits well inside the free box", () => {
    const free = { left: 0, top: 0, right: 100, bottom: 100 };
    expect(wellInside({ x: 50, y: 50 }, free, 24)).toBe(true);
    expect(wellInside({ x: 20, y: 50 }, free, 24)).toBe(false);
    expect(wellInside({ x: 50, y: 90 }, free, 24)).toBe(false);
  });

  it("drops the selection on Escape, except in the search box", () => {
    const inSearch = { closest: (s: string) => (s === ".ngv-search" ? {} : null) } as unknown as EventTarget;
    const elsewhere = { closest: () => null } as unknown as EventTarget;
    expect(dropsSelection({ key: "Escape", target: elsewhere })).toBe(true);
    expect(dropsSelection({ key: "Escape", target: null })).toBe(true);
    expect(dropsSelection({ key: "Escape", target: inSearch })).toBe(false);
    expect(dropsSelection({ key: "Enter", target: elsewhere })).toBe(false);
  });

  it("follows the system's theme only under auto", () => {
    expect(resolveTheme("auto", true)).toBe("dark");
    expect(resolveTheme("auto", false)).toBe("light");
    expect(resolveTheme("light", true)).toBe("light");
    expect(resolveTheme("dark", false)).toBe("dark");
  });

  it("words the statistics' progress", () => {
    expect(progressText("pagerank", 2, 3)).toMatch(/^Computing statistics: .+ \(2 of 3\)…$/);
  });

  it("exports the picked nodes, once each, and only the edges between them", () => {
    const out = subgraphOf(line(), ["person:a", "person:b", "person:a", "person:gone"]);
    expect(out.nodes()).toEqual(["person:a", "person:b"]);
    expect(out.edges()).toEqual(["ab"]);
    expect(out.getAttribute("title")).toBe("t");
  });
});
