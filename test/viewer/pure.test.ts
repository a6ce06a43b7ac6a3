import { describe, expect, it } from "vitest";
import { createNewsGraph, type NewsGraph } from "../../src/schema/model";
import { mentionSpans } from "../../src/spans/mentions";
import { evidenceSentence, groupEvidence, markedPieces } from "../../src/viewer/evidence";
import { searchNodes } from "../../src/viewer/search-index";
import { countVisible, isNodeVisible, visibleSubgraph } from "../../src/viewer/visibility";
import { edgeReducer, nodeReducer, reducerContext } from "../../src/viewer/reducers";
import { INITIAL_STATE } from "../../src/viewer/state";

const TEXT = "Vladimir Putin met Donald Trump in Moscow. The meeting was long.";
const ev = (s: string, from = 0) => {
  const start = TEXT.indexOf(s, from);
  const sentenceStart = start < 42 ? 0 : 43;
  const sentenceEnd = sentenceStart === 0 ? 42 : TEXT.length;
  return { start, end: start + s.length, sentenceStart, sentenceEnd };
};

function sample(): NewsGraph {
  const g = createNewsGraph();
  g.replaceAttributes({
    title: "t",
    source: { name: "a.txt", sha256: "0".repeat(64), text: TEXT },
    generator: { name: "x", version: "1" },
  });
  g.addNode("person:putin", {
    label: "Vladimir Putin",
    type: "person",
    aliases: ["Putin"],
    mentions: 3,
    evidence: [ev("Vladimir Putin")],
  });
  g.addNode("person:trump", {
    label: "Donald Trump",
    type: "person",
    aliases: ["Trump"],
    mentions: 1,
    evidence: [ev("Donald Trump")],
  });
  g.addNode("place:moscow", { label: "Moscow", type: "place", aliases: [], mentions: 1, evidence: [ev("Moscow")] });
  g.addNode("event:meeting", {
    label: "Putin–Trump meeting",
    type: "event",
    kind: "meeting",
    aliases: [],
    mentions: 2,
    // the whole first sentence, and a trigger word: spans that contain entity spans
    evidence: [ev("Vladimir Putin met Donald Trump in Moscow."), ev("meeting")],
  });
  g.addDirectedEdgeWithKey("m1", "event:meeting", "person:putin", {
    label: "agent",
    kind: "participant",
    role: "agent",
    evidence: [],
  });
  g.addDirectedEdgeWithKey("r1", "person:putin", "person:trump", { label: "met", kind: "relation", evidence: [] });
  g.addDirectedEdgeWithKey("r2", "person:putin", "person:trump", {
    label: "talked to",
    kind: "relation",
    evidence: [],
  });
  g.addDirectedEdgeWithKey("r3", "person:trump", "place:moscow", { label: "visited", kind: "relation", evidence: [] });
  return g;
}

describe("article mention spans", () => {
  it("nest entity mentions inside event spans, in text order", () => {
    const spans = mentionSpans(sample());
    expect(spans.map((s) => [s.node, s.start, s.end])).toEqual([
      ["event:meeting", 0, 42],
      ["event:meeting", 47, 54],
    ]);
    expect(spans[0].children.map((s) => s.node)).toEqual(["person:putin", "person:trump", "place:moscow"]);
  });

  it("drop crossing spans and clip spans to the text", () => {
    const g = sample();
    g.mergeNodeAttributes("place:moscow", {
      evidence: [
        { start: 38, end: 50, sentenceStart: 0, sentenceEnd: 0 },
        { start: 60, end: 999, sentenceStart: 0, sentenceEnd: 0 },
      ],
    });
    const flat = (spans: ReturnType<typeof mentionSpans>): string[] =>
      spans.flatMap((s) => [`${s.node}@${s.start}-${s.end}`, ...flat(s.children)]);
    const all = flat(mentionSpans(g));
    expect(all).not.toContain("place:moscow@38-50");
    expect(all).toContain(`place:moscow@60-${TEXT.length}`);
  });
});

describe("evidence, each sentence once", () => {
  const text = "Putin met Trump. Putin said Putin would go. Trump left.";
  const at = (word: string, from = 0) => text.indexOf(word, from);
  const item = (start: number, len: number, sentenceStart: number, sentence: string) => ({
    start,
    end: start + len,
    sentenceStart,
    sentenceEnd: sentenceStart + sentence.length,
  });
  const s1 = "Putin met Trump.";
  const s2 = "Putin said Putin would go.";
  it("groups items by sentence, in text order, with every mention marked", () => {
    const items = [
      item(at("Putin", 17), 5, 17, s2),
      item(0, 5, 0, s1),
      item(at("Putin", 23), 5, 17, s2),
      item(0, 5, 0, s1),
    ];
    const groups = groupEvidence(text, items);
    expect(groups.map((g) => g.sentence)).toEqual([s1, s2]);
    expect(groups.map((g) => g.count)).toEqual([2, 2]);
    expect(groups[1].marks).toEqual([
      [0, 5],
      [11, 16],
    ]);
    expect(markedPieces(groups[1])).toEqual([
      { text: "Putin", marked: true },
      { text: " said ", marked: false },
      { text: "Putin", marked: true },
      { text: " would go.", marked: false },
    ]);
  });
  it("merges overlapping marks and ignores offsets outside the sentence", () => {
    const groups = groupEvidence(text, [
      item(0, 9, 0, s1),
      item(6, 9, 0, s1),
      { start: 5, end: 500, sentenceStart: 0, sentenceEnd: s1.length },
    ]);
    expect(groups[0].marks).toEqual([[0, 15]]);
    expect(groups[0].count).toBe(3);
  });
  it("reads the sentence from the text by offsets, or from an older file's copy", () => {
    expect(evidenceSentence(text, item(0, 5, 0, s1))).toBe(s1);
    expect(evidenceSentence(text, { start: 17, end: 22, sentenceStart: 17, sentence: s2 })).toBe(s2);
  });
});

describe("search", () => {
  it("matches labels and aliases, best first", () => {
    const g = sample();
    expect(searchNodes(g, "putin").map((s) => s.key)).toEqual(["person:putin", "event:meeting"]);
    expect(searchNodes(g, "trump")[0]).toEqual({
      key: "person:trump",
      label: "Donald Trump",
      type: "person",
      via: "Trump",
    });
    expect(searchNodes(g, "MOS")[0].key).toBe("place:moscow");
    expect(searchNodes(g, "   ")).toEqual([]);
    expect(searchNodes(g, "putin", 8, (k) => k !== "person:putin").map((s) => s.key)).toEqual(["event:meeting"]);
  });
});

describe("filters", () => {
  it("hide by type, event kind and mentions, and count what is left", () => {
    const g = sample();
    const filters = { hiddenTypes: [], hiddenKinds: ["meeting" as const], minMentions: 1 };
    expect(isNodeVisible(g.getNodeAttributes("event:meeting"), filters)).toBe(false);
    const c = countVisible(g, { hiddenTypes: ["place"], hiddenKinds: [], minMentions: 2 });
    expect(c.nodes).toEqual({ visible: 2, total: 4 });
    expect(c.types.person).toEqual({ visible: 1, total: 2 });
    expect(c.edges).toEqual({ visible: 1, total: 5 - 1 });
    expect(c.maxMentions).toBe(3);
    const sub = visibleSubgraph(g, { hiddenTypes: ["event"], hiddenKinds: [], minMentions: 0 });
    expect(sub.nodes()).toEqual(["person:putin", "person:trump", "place:moscow"]);
    expect(sub.edges()).toEqual(["r1", "r2", "r3"]);
    expect(sub.getAttribute("source").text).toBe(TEXT);
  });
});

describe("sigma reducers", () => {
  it("map node types onto registered programs and fade what is not around the focus", () => {
    const g = sample();
    const ctx = reducerContext(g, { ...INITIAL_STATE, hovered: "place:moscow" }, new Map());
    const moscow = nodeReducer(ctx, "place:moscow", g.getNodeAttributes("place:moscow"));
    const putin = nodeReducer(ctx, "person:putin", g.getNodeAttributes("person:putin"));
    const trump = nodeReducer(ctx, "person:trump", g.getNodeAttributes("person:trump"));
    const event = nodeReducer(ctx, "event:meeting", g.getNodeAttributes("event:meeting"));
    expect([moscow.type, putin.type, event.type]).toEqual(["entity", "entity", "event"]);
    expect(putin.color).toBe("#e3e6ea");
    expect(trump.color).not.toBe("#e3e6ea");
    expect(moscow.label).toBe("Moscow");
    expect(edgeReducer(ctx, "r3", g.getEdgeAttributes("r3")).label).toBe("visited");
    expect(edgeReducer(ctx, "r1", g.getEdgeAttributes("r1")).hidden).toBe(true);
  });
});
