import { describe, expect, it } from "vitest";
import type { NodeType } from "../../src/schema/graph";
import { createNewsGraph, type NewsGraph } from "../../src/schema/model";
import { mentionSpans, type MentionSpan } from "../../src/spans/mentions";
import { clipForest, type ChunkLimits } from "../../src/viewer/article-chunks";
import { coveredStretches, lazyArticle, mentionTable, type LazyArticle } from "../../src/viewer/article-mentions";
import { FAR_NODE, LARGE_ARTICLE_NODES, largeArticleGraph } from "../helpers/large-article";

const SMALL: ChunkLimits = { min: 10, max: 40, longestWholeMention: 80 };
type Ev = [start: number, end: number];

function graphOf(text: string, nodes: Record<string, { type: NodeType; evidence: Ev[] }>): NewsGraph {
  const g = createNewsGraph();
  g.replaceAttributes({
    title: "t",
    source: { name: "a.txt", sha256: "0".repeat(64), text },
    generator: { name: "test", version: "1" },
  });
  for (const [key, { type, evidence }] of Object.entries(nodes))
    g.addNode(key, {
      label: key,
      type,
      aliases: [],
      mentions: evidence.length,
      evidence: evidence.map(([start, end]) => ({ start, end, sentenceStart: 0, sentenceEnd: text.length })),
    });
  return g;
}

const hasNode = (spans: readonly MentionSpan[], node: string): boolean =>
  spans.some((s) => s.node === node || hasNode(s.children, node));

/** The lazy chunks hold exactly the whole graph's forest, clipped to each; first chunks agree. */
function expectSameAsWholeForest(graph: NewsGraph, article: LazyArticle) {
  const forest = mentionSpans(graph);
  const clipped = article.chunks.map((c) => clipForest(forest, c.start, c.end));
  article.chunks.forEach((_, i) => expect(article.spansOf(i)).toEqual(clipped[i]));
  graph.forEachNode((node) => {
    const first = clipped.findIndex((spans) => hasNode(spans, node));
    expect(article.firstChunkOf(node)).toBe(first < 0 ? undefined : first);
  });
}

describe("article mentions: the table", () => {
  it("clips evidence as mentionForest does and sorts it by start", () => {
    const g = graphOf("0123456789", {
      "person:a": {
        type: "person",
        evidence: [
          [6, 8],
          [-3, 2],
          [5, 5],
          [8, 30],
          [Number.NaN, 4],
        ],
      },
      "place:b": { type: "place", evidence: [[1, 4]] },
    });
    const table = mentionTable(g, 10);
    expect([...table.starts]).toEqual([0, 1, 6, 8]);
    expect([...table.ends]).toEqual([2, 4, 8, 10]);
    expect([...table.nodeIndex].map((i) => table.nodes[i])).toEqual(["person:a", "place:b", "person:a", "person:a"]);
    expect([...table.startsOfNode.get("person:a")!]).toEqual([0, 6, 8]);
  });

  it("merges overlapping mentions into covered stretches, touching ones stay apart", () => {
    const g = graphOf("x".repeat(40), {
      "person:a": {
        type: "person",
        evidence: [
          [0, 5],
          [3, 9],
          [9, 12],
          [20, 30],
        ],
      },
      "event:e": { type: "event", evidence: [[22, 35]] },
    });
    expect(coveredStretches(mentionTable(g, 40))).toEqual([
      { start: 0, end: 9 },
      { start: 9, end: 12 },
      { start: 20, end: 35 },
    ]);
  });
});

describe("article mentions: chunk by chunk, the whole graph's spans", () => {
  it("on a long article: every mention whole in one chunk, the far node in the last", () => {
    const graph = largeArticleGraph(1_000_000);
    const text = graph.getAttribute("source")!.text;
    const article = lazyArticle(text, mentionTable(graph, text.length));
    expect(article.chunks.some((c) => c.endCutsMention)).toBe(false);
    expectSameAsWholeForest(graph, article);
    expect(article.firstChunkOf(FAR_NODE)).toBe(article.chunks.length - 1);
    expect(article.firstChunkOf(LARGE_ARTICLE_NODES[0].key)).toBe(0);
  });

  it("on random crossing, nested and identical mentions, a sentence-long event among them", () => {
    let seed = 11;
    const random = (n: number) => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31), seed % n);
    const types: NodeType[] = ["person", "place", "event", "organization", "country"];
    const text = "Words of a report, one after another. ".repeat(12);
    for (let round = 0; round < 60; round++) {
      const nodes: Record<string, { type: NodeType; evidence: Ev[] }> = {};
      for (let n = 0; n < 8; n++) {
        const evidence: Ev[] = Array.from({ length: 1 + random(6) }, () => {
          const start = random(text.length);
          return [start, start + 1 + random(round % 3 === 0 ? 120 : 25)];
        });
        nodes[`n${n}`] = { type: types[random(types.length)], evidence };
      }
      // identical to one of n0's: highlighted once, for one of them
      nodes.twin = { type: "event", evidence: [nodes.n0.evidence[0]] };
      const graph = graphOf(text, nodes);
      expectSameAsWholeForest(graph, lazyArticle(text, mentionTable(graph, text.length), SMALL));
    }
  });

  it("on a mention over the whole text: cut into pieces, the chunks sharing one forest", () => {
    const text = "A long day at the harbour. ".repeat(20);
    const graph = graphOf(text, {
      "event:all": { type: "event", evidence: [[0, text.length]] },
      "place:harbour": {
        type: "place",
        evidence: [
          [18, 25],
          [text.length - 9, text.length - 2],
        ],
      },
    });
    const article = lazyArticle(text, mentionTable(graph, text.length), SMALL);
    expect(article.chunks.length).toBeGreaterThan(5);
    expect(article.chunks.slice(0, -1).every((c) => c.endCutsMention)).toBe(true);
    for (const c of article.chunks) expect(c.end - c.start).toBeLessThanOrEqual(SMALL.max);
    expectSameAsWholeForest(graph, article);
  });

  it("finds a node's first highlighted mention past mentions that lost to a longer crossing one", () => {
    const text = "Ana Lind met the mayor. ".repeat(10);
    const graph = graphOf(text, {
      "person:ana": { type: "person", evidence: [[0, 8]] },
      // crosses "Ana Lind" and is shorter: dropped there; its second mention, far on, stays
      "person:lind": {
        type: "person",
        evidence: [
          [4, 12],
          [200, 204],
        ],
      },
    });
    const article = lazyArticle(text, mentionTable(graph, text.length), SMALL);
    expect(hasNode(article.spansOf(0), "person:lind")).toBe(false);
    expect(article.firstChunkOf("person:lind")).toBeGreaterThan(0);
    expectSameAsWholeForest(graph, article);
  });
});
