import { describe, expect, it } from "vitest";
import type { NodeType } from "../../src/schema/graph";
import { flattenSpans, mentionForest, mentionSpans, type Mention, type MentionSpan } from "../../src/spans/mentions";
import {
  chunkArticle,
  clipForest,
  CHUNK_LIMITS,
  estimatedLines,
  textCut,
  type ArticleChunk,
  type ChunkLimits,
} from "../../src/viewer/article-chunks";
import { FAR_NODE, largeArticleGraph } from "../helpers/large-article";

const SMALL: ChunkLimits = { min: 10, max: 40, longestWholeMention: 80 };
const m = (node: string, start: number, end: number, type: NodeType = "person"): Mention => ({
  node,
  start,
  end,
  type,
});
const pieces = (chunk: ArticleChunk) => flattenSpans(chunk.spans).map((s) => `${s.node}@${s.start}-${s.end}`);

/** Chunks tile the text: in order, each starting where the last ended, from 0 to its end. */
function expectTiling(chunks: ArticleChunk[], length: number) {
  expect(chunks[0]?.start ?? 0).toBe(0);
  chunks.forEach((c, i) => {
    expect(c.end).toBeGreaterThan(c.start);
    if (i > 0) expect(c.start).toBe(chunks[i - 1].end);
  });
  expect(chunks.at(-1)?.end ?? 0).toBe(length);
}

describe("article chunks: where the text is cut", () => {
  it("keeps a short text whole, and an empty one has no chunks", () => {
    expect(chunkArticle("A short report.", [], SMALL).map((c) => [c.start, c.end])).toEqual([[0, 15]]);
    expect(chunkArticle("", [], SMALL)).toEqual([]);
  });

  it("cuts after the last newline that fits, so paragraphs stay whole", () => {
    const text = "First paragraph here.\nSecond one, a bit longer.\nThird.\n".repeat(4);
    const chunks = chunkArticle(text, [], SMALL);
    expectTiling(chunks, text.length);
    for (const c of chunks.slice(0, -1)) {
      expect(text[c.end - 1]).toBe("\n");
      expect(c.end - c.start).toBeGreaterThanOrEqual(SMALL.min);
      expect(c.end - c.start).toBeLessThanOrEqual(SMALL.max);
    }
  });

  it("in a paragraph too long for a chunk, cuts after a sentence, else a space, else anywhere", () => {
    const sentences = "The ferry left at noon. It came back late! Why so? Nobody said.";
    expect(sentences.slice(0, textCut(sentences, 0, SMALL))).toBe("The ferry left at noon. ");
    const quoted = "He said “we sail at dawn.” Then he left the quay for good.";
    expect(quoted.slice(0, textCut(quoted, 0, SMALL))).toBe("He said “we sail at dawn.” ");
    const words = "one two three four five six seven eight nine ten eleven";
    expect(words.slice(0, textCut(words, 0, SMALL))).toBe("one two three four five six seven eight ");
    const solid = "x".repeat(100);
    expect(textCut(solid, 0, SMALL)).toBe(SMALL.max);
  });

  it("never splits a surrogate pair", () => {
    const emoji = "🙂".repeat(50); // no space, no sentence: cut at a character
    const cut = textCut(emoji, 0, SMALL);
    expect(cut % 2).toBe(0);
    const chunks = chunkArticle(emoji, [], SMALL);
    expectTiling(chunks, emoji.length);
    expect(chunks.map((c) => emoji.slice(c.start, c.end)).join("")).toBe(emoji);
    for (const c of chunks) expect(c.start % 2).toBe(0);
  });
});

describe("article chunks: mentions", () => {
  it("moves a cut off a mention crossing it, to the mention's start", () => {
    // the newline at 36 would cut "Port Sabrel" (30-41) if it were not part of it
    const text = "A ship from the north reached Port\nSabrel at dawn and stayed three days in the harbour.";
    const roots = mentionForest([m("place:sabrel", 30, 41, "place")], text.length);
    const chunks = chunkArticle(text, roots, SMALL);
    expectTiling(chunks, text.length);
    expect(chunks[0].end).toBe(30);
    expect(pieces(chunks[1])).toEqual(["place:sabrel@30-41"]);
    // no chunk ends strictly inside the mention
    for (const c of chunks) expect(c.end <= 30 || c.end >= 41).toBe(true);
  });

  it("keeps a mention that begins a chunk whole up to the longest whole mention, beyond the chunk size", () => {
    const text = "x".repeat(70) + " tail";
    const roots = mentionForest([m("event:long", 0, 70, "event"), m("person:inner", 50, 60)], text.length);
    const chunks = chunkArticle(text, roots, SMALL);
    expect(chunks[0]).toMatchObject({ start: 0, end: 70 });
    expect(chunks[0].spans[0]).toBe(roots[0]); // whole: the same span, not a copy
    expect(pieces(chunks[0])).toEqual(["event:long@0-70", "person:inner@50-60"]);
  });

  it("cuts a mention longer than that into pieces, its nested spans with it", () => {
    const text = "y".repeat(200);
    const roots = mentionForest(
      [m("event:huge", 0, 200, "event"), m("place:a", 35, 45, "place"), m("place:b", 100, 110, "place")],
      text.length,
    );
    const chunks = chunkArticle(text, roots, SMALL);
    expectTiling(chunks, text.length);
    expect(chunks.map((c) => [c.start, c.end])).toEqual([
      [0, 40],
      [40, 80],
      [80, 120],
      [120, 160],
      [160, 200],
    ]);
    expect(chunks.map(pieces)).toEqual([
      ["event:huge@0-40", "place:a@35-40"],
      ["event:huge@40-80", "place:a@40-45"],
      ["event:huge@80-120", "place:b@100-110"],
      ["event:huge@120-160"],
      ["event:huge@160-200"],
    ]);
    // each piece nests inside its chunk, children inside their parent
    const inside = (spans: MentionSpan[], from: number, to: number): boolean =>
      spans.every((s) => s.start >= from && s.end <= to && inside(s.children, s.start, s.end));
    for (const c of chunks) expect(inside(c.spans, c.start, c.end)).toBe(true);
  });

  it("clips a forest to a range, keeping the spans wholly inside as they are", () => {
    const roots = mentionForest([m("a", 0, 10), m("b", 12, 20), m("c", 14, 16), m("d", 30, 40)], 50);
    const clipped = clipForest(roots, 5, 15);
    expect(flattenSpans(clipped).map((s) => `${s.node}@${s.start}-${s.end}`)).toEqual(["a@5-10", "b@12-15", "c@14-15"]);
    expect(clipForest(roots, 11, 21)[0]).toBe(roots[1]);
    expect(clipForest(roots, 20, 30)).toEqual([]);
  });
});

describe("article chunks: size and cost", () => {
  it("estimates a chunk's lines from its paragraphs, a final newline closing the last", () => {
    const text = "a".repeat(130) + "\n\nshort\n";
    expect(estimatedLines(text, { start: 0, end: text.length }, 60)).toBe(5); // 3 + empty + 1
    expect(estimatedLines(text, { start: 0, end: 130 }, 60)).toBe(3);
  });

  it("chunks a long article with every mention in exactly one chunk, its far node in the last", () => {
    const graph = largeArticleGraph(2_000_000);
    const text = graph.getAttribute("source")!.text;
    const roots = mentionSpans(graph);
    const chunks = chunkArticle(text, roots);
    expectTiling(chunks, text.length);
    // bounded chunks: the work per cut is bounded, so the whole is linear in the text
    for (const c of chunks) expect(c.end - c.start).toBeLessThanOrEqual(CHUNK_LIMITS.max);
    expect(chunks.length).toBeLessThanOrEqual(Math.ceil(text.length / CHUNK_LIMITS.min));
    const all = chunks.flatMap((c) => flattenSpans(c.spans));
    expect(all.length).toBe(flattenSpans(roots).length);
    expect(chunks.findIndex((c) => flattenSpans(c.spans).some((s) => s.node === FAR_NODE))).toBe(chunks.length - 1);
  });

  it("handles a text with no place to cut and a mention over all of it, in bounded chunks", () => {
    const text = "z".repeat(1_000_000);
    const roots = mentionForest([m("event:all", 0, text.length, "event"), m("x", 500_000, 500_010)], text.length);
    const started = performance.now();
    const chunks = chunkArticle(text, roots);
    const lines = chunks.reduce((sum, c) => sum + estimatedLines(text, c), 0);
    const ms = performance.now() - started;
    expect(lines).toBe(chunks.reduce((sum, c) => sum + Math.ceil((c.end - c.start) / 60), 0));
    expectTiling(chunks, text.length);
    expect(chunks.length).toBe(Math.ceil(text.length / CHUNK_LIMITS.max));
    expect(chunks.every((c) => c.spans.length === 1 && c.spans[0].node === "event:all")).toBe(true);
    expect(chunks.filter((c) => flattenSpans(c.spans).some((s) => s.node === "x"))).toHaveLength(1);
    // a scan from each cut to the end would take minutes here
    expect(ms).toBeLessThan(5_000);
  });
});
