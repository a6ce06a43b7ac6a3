import { describe, expect, it } from "vitest";
import type { NodeType } from "../../src/schema/graph";
import { createNewsGraph } from "../../src/schema/model";
import { flattenSpans, mentionForest, mentionSpans, type Mention, type MentionSpan } from "../../src/spans/mentions";

const m = (node: string, start: number, end: number, type: NodeType = "person"): Mention => ({
  node,
  start,
  end,
  type,
});
/** "node@start-end" for every kept span, parents before children, in text order */
const flat = (forest: MentionSpan[]) => flattenSpans(forest).map((s) => `${s.node}@${s.start}-${s.end}`);
/** the forest as nested arrays of "node@start-end" */
const shape = (forest: MentionSpan[]): unknown[] =>
  forest.map((s) =>
    s.children.length ? [`${s.node}@${s.start}-${s.end}`, shape(s.children)] : `${s.node}@${s.start}-${s.end}`,
  );

describe("mention forest: nesting", () => {
  it("nests spans inside spans, at any depth, children in text order", () => {
    const forest = mentionForest(
      [m("c", 14, 20), m("a", 0, 30, "organization"), m("b", 0, 10, "country"), m("d", 2, 5, "place")],
      40,
    );
    expect(shape(forest)).toEqual([["a@0-30", [["b@0-10", ["d@2-5"]], "c@14-20"]]]);
  });

  it("nests spans that share a start or an end with their parent", () => {
    expect(shape(mentionForest([m("in", 0, 5), m("out", 0, 12), m("tail", 7, 12)], 12))).toEqual([
      ["out@0-12", ["in@0-5", "tail@7-12"]],
    ]);
  });

  it("keeps touching spans side by side", () => {
    expect(shape(mentionForest([m("b", 5, 9), m("a", 0, 5)], 9))).toEqual(["a@0-5", "b@5-9"]);
  });
});

describe("mention forest: crossing spans", () => {
  it("keeps the longer of two crossing spans, whichever comes first in the text", () => {
    expect(flat(mentionForest([m("short", 0, 6), m("long", 4, 20)], 30))).toEqual(["long@4-20"]);
    expect(flat(mentionForest([m("long", 0, 16), m("short", 12, 20)], 30))).toEqual(["long@0-16"]);
  });

  it("on equal length keeps the entity over the event, then the earlier span", () => {
    expect(flat(mentionForest([m("ev", 0, 8, "event"), m("ent", 4, 12, "place")], 20))).toEqual(["ent@4-12"]);
    expect(flat(mentionForest([m("ent", 0, 8, "place"), m("ev", 4, 12, "event")], 20))).toEqual(["ent@0-8"]);
    expect(flat(mentionForest([m("late", 4, 12), m("early", 0, 8)], 20))).toEqual(["early@0-8"]);
  });

  it("a span dropped for crossing a kept one does not block the spans it crossed", () => {
    // long keeps; mid crosses long and is dropped; small crosses only mid, so it stays (inside long)
    const forest = mentionForest([m("long", 0, 20), m("mid", 15, 30), m("small", 17, 19)], 40);
    expect(shape(forest)).toEqual([["long@0-20", ["small@17-19"]]]);
  });

  it("checks crossings against every kept span, not only the neighbours", () => {
    // nested chain a ⊃ b ⊃ c; x crosses a only (starts inside a, ends after it)
    const forest = mentionForest([m("a", 10, 50), m("b", 20, 40), m("c", 25, 30), m("x", 45, 60)], 100);
    expect(flat(forest)).toEqual(["a@10-50", "b@20-40", "c@25-30"]);
    // y crosses b from the left and is shorter than a and b: dropped; z ends inside c and starts before a: dropped only if shorter
    expect(flat(mentionForest([m("a", 10, 50), m("b", 20, 40), m("y", 12, 30)], 100))).toEqual(["a@10-50", "b@20-40"]);
    expect(flat(mentionForest([m("a", 10, 50), m("z", 0, 27)], 100))).toEqual(["a@10-50"]);
  });
});

describe("mention forest: identical spans, offsets, order", () => {
  it("highlights identical spans once, for an entity before an event, then the smaller key", () => {
    expect(
      flat(mentionForest([m("ev", 3, 9, "event"), m("zed", 3, 9, "person"), m("abe", 3, 9, "person")], 10)),
    ).toEqual(["abe@3-9"]);
    expect(flattenSpans(mentionForest([m("ev", 3, 9, "event"), m("ent", 3, 9, "country")], 10))[0]!.type).toBe(
      "country",
    );
  });

  it("clips spans to the text and leaves out empty, reversed, outside and non-finite ones", () => {
    const forest = mentionForest(
      [
        m("neg", -5, 3),
        m("over", 8, 999),
        m("empty", 4, 4),
        m("reversed", 6, 5),
        m("outside", 12, 20),
        m("before", -9, -2),
        m("nan", Number.NaN, 4),
        m("inf", 1, Infinity),
      ],
      10,
    );
    expect(flat(forest)).toEqual(["neg@0-3", "over@8-10"]);
  });

  it("does not depend on the order of the input", () => {
    const mentions = [
      m("a", 0, 30),
      m("b", 2, 9, "country"),
      m("c", 5, 12, "event"),
      m("d", 14, 20),
      m("e", 14, 20, "event"),
      m("f", 18, 40),
      m("g", 31, 35),
    ];
    const expected = shape(mentionForest(mentions, 50));
    for (let k = 1; k < mentions.length; k++) {
      const rotated = [...mentions.slice(k), ...mentions.slice(0, k)].reverse();
      expect(shape(mentionForest(rotated, 50))).toEqual(expected);
    }
    expect(expected).toEqual([["a@0-30", ["b@2-9", "d@14-20"]], "g@31-35"]);
  });

  it("lists roots and children in text order, and flattens parents before children", () => {
    const forest = mentionForest([m("z", 40, 45), m("y", 20, 30), m("x", 0, 10), m("x2", 22, 24)], 50);
    expect(forest.map((s) => s.start)).toEqual([0, 20, 40]);
    expect(flat(forest)).toEqual(["x@0-10", "y@20-30", "x2@22-24", "z@40-45"]);
  });
});

describe("mention forest: against the rule, pair by pair", () => {
  /** The rule as written in mentions.ts, checked against every kept span: quadratic, for small inputs. */
  function reference(mentions: Mention[], textLength: number): string[] {
    const candidates = mentions
      .map((x) => ({ ...x, start: Math.max(0, x.start), end: Math.min(textLength, x.end) }))
      .filter((x) => x.end > x.start)
      .sort(
        (a, b) =>
          b.end - b.start - (a.end - a.start) ||
          Number(a.type === "event") - Number(b.type === "event") ||
          a.start - b.start ||
          (a.node < b.node ? -1 : 1),
      );
    const kept: Mention[] = [];
    const crosses = (a: Mention, b: Mention) =>
      (a.start < b.start && b.start < a.end && a.end < b.end) ||
      (b.start < a.start && a.start < b.end && b.end < a.end);
    for (const c of candidates) {
      if (kept.some((k) => k.start === c.start && k.end === c.end) || kept.some((k) => crosses(k, c))) continue;
      kept.push(c);
    }
    return kept.sort((a, b) => a.start - b.start || b.end - a.end).map((k) => `${k.node}@${k.start}-${k.end}`);
  }

  it("keeps the same spans as the rule on random overlapping mentions", () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31), seed % n);
    const types: NodeType[] = ["person", "place", "event", "organization"];
    for (let round = 0; round < 200; round++) {
      const mentions = Array.from({ length: 1 + random(30) }, (_, i) => {
        const start = random(60);
        return m(`n${i}`, start, start + 1 + random(20), types[random(types.length)]);
      });
      expect(flat(mentionForest(mentions, 70))).toEqual(reference(mentions, 70));
    }
  });
});

describe("mention forest: cost", () => {
  it("handles 100k mentions (nested, crossing and disjoint) in well under a quadratic time", () => {
    const mentions: Mention[] = [];
    for (let i = 0; i < 25_000; i++) {
      const at = i * 20;
      mentions.push(
        m(`s${i}`, at, at + 18),
        m(`i${i}`, at + 2, at + 6, "place"),
        m(`x${i}`, at + 10, at + 25, "event"),
        m(`d${i}`, at, at + 18, "event"),
      );
    }
    const started = performance.now();
    const forest = mentionForest(mentions, 25_000 * 20 + 10);
    const ms = performance.now() - started;
    const spans = flattenSpans(forest);
    // each block keeps its sentence-long span and the entity inside it; the crossing event and the duplicate go
    expect(spans).toHaveLength(50_000);
    expect(forest).toHaveLength(25_000);
    // a pairwise check would make 10^9+ comparisons here (tens of seconds); the sweep takes a fraction of a second
    expect(ms).toBeLessThan(5_000);
  });
});

describe("mentionSpans of a graph", () => {
  it("reads every node's evidence over the graph's own source text", () => {
    const text = "Anna Berg of Freedonia met officials.";
    const g = createNewsGraph();
    g.replaceAttributes({
      title: "t",
      source: { name: "a.txt", sha256: "0".repeat(64), text },
      generator: { name: "x", version: "1" },
    });
    const ev = (s: string, end = text.indexOf(s) + s.length) => ({
      start: text.indexOf(s),
      end,
      sentenceStart: 0,
      sentenceEnd: text.length,
    });
    g.addNode("person:berg", {
      label: "Anna Berg",
      type: "person",
      aliases: [],
      mentions: 1,
      evidence: [ev("Anna Berg of Freedonia")],
    });
    g.addNode("country:freedonia", {
      label: "Freedonia",
      type: "country",
      aliases: [],
      mentions: 1,
      evidence: [ev("Freedonia")],
    });
    g.addNode("event:meeting", {
      label: "meeting",
      type: "event",
      aliases: [],
      mentions: 1,
      evidence: [ev("met"), ev("officials.", 500)],
    });
    expect(shape(mentionSpans(g))).toEqual([
      ["person:berg@0-22", ["country:freedonia@13-22"]],
      "event:meeting@23-26",
      `event:meeting@27-${text.length}`,
    ]);
  });
});
