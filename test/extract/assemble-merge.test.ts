// A relation stated in many sentences (a long text repeats it thousands of times) becomes one
// edge whose evidence is merged once, not once per statement (that was quadratic in the repeats).
import { describe, expect, it, vi } from "vitest";
import { assemble } from "../../src/extract/assemble";
import * as evidence from "../../src/extract/evidence";
import type { Doc, Entity, RelationRecord } from "../../src/extract/types";

vi.mock("../../src/extract/evidence", async (importOriginal) => {
  const original = await importOriginal<typeof evidence>();
  return { ...original, mergeEvidence: vi.fn(original.mergeEvidence) };
});

const person = (i: number): Entity => ({
  key: `person:p${i}`,
  type: "person",
  label: `Ilse Marrow${i}`,
  aliases: [],
  mentions: [{ start: i * 20, end: i * 20 + 12, text: `Ilse Marrow${i}`, sentence: 0, type: "person", kind: "name" }],
});
const doc: Doc = {
  text: " ".repeat(100_000),
  sentences: [{ index: 0, start: 0, end: 100, text: " ".repeat(100), paragraph: 0, tokenStart: 0, tokenEnd: 0 }],
  tokens: [],
};
const ATTRS = {
  title: "t",
  source: { name: "a.txt", sha256: "0".repeat(64), text: "" },
  generator: { name: "x", version: "0" },
};

describe("assemble with a relation stated many times", () => {
  it("makes one edge with every statement's evidence, in text order, merging it once", () => {
    const stated = (n: number, label = "ally of"): RelationRecord => ({
      source: "person:p0",
      target: "person:p1",
      label,
      kind: "relation",
      evidence: [{ start: 1000 * n + 5, end: 1000 * n + 9, sentenceStart: 1000 * n, sentenceEnd: 1000 * n + 50 }],
    });
    // statements out of text order, one twice, and another label between them
    const relations = [3, 1, 2, 1].map((n) => stated(n));
    relations.splice(2, 0, stated(7, "rival of"));
    const merge = vi.mocked(evidence.mergeEvidence);
    merge.mockClear();
    const graph = assemble(doc, { entities: [person(0), person(1)], mentions: [] }, { events: [], relations }, ATTRS);
    expect(graph.edges()).toEqual(["person:p0->person:p1:ally of", "person:p0->person:p1:rival of"]);
    const ally = graph.getEdgeAttributes("person:p0->person:p1:ally of");
    expect(ally.evidence.map((e) => e.start)).toEqual([1005, 2005, 3005]);
    expect(ally.mentions).toBe(3);
    // two nodes and two edges: four merges, however many statements
    expect(merge).toHaveBeenCalledTimes(4);
  });
});
