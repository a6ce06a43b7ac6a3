import { describe, expect, it } from "vitest";
import "../../src/models/node-register";
import { assemble } from "../../src/extract/assemble";
import { extractGraph } from "../../src/extract/index";
import { extractSections, sectionCuts } from "../../src/extract/sections";
import { segment } from "../../src/extract/segment";
import { registeredModels } from "../../src/nlp/models";
import { graphToJSONText } from "../../src/schema/model";

const pieces = (text: string, size: number) => {
  const cuts = sectionCuts(text, size);
  expect(cuts[0]).toBe(0);
  expect(cuts.at(-1)).toBe(text.length);
  for (let i = 1; i < cuts.length; i++) expect(cuts[i] - cuts[i - 1]).toBeLessThanOrEqual(size);
  return cuts.slice(0, -1).map((c, i) => text.slice(c, cuts[i + 1]));
};

describe("sectionCuts", () => {
  it("leaves a text of one section whole", () => {
    expect(sectionCuts("Short text.", 100)).toEqual([0, 11]);
  });

  it("cuts after a blank line, else a line break, else a sentence end, else a space", () => {
    const para = "Ilse Marrow met the board. She left.\n\n"; // 38 characters
    expect(pieces(para.repeat(6), 100)).toEqual([para.repeat(2), para.repeat(2), para.repeat(2)]);
    const lines = "Ilse Marrow met the board.\n".repeat(8); // 27 each
    expect(pieces(lines, 100)).toEqual(
      Array(2)
        .fill("Ilse Marrow met the board.\n".repeat(3))
        .concat([lines.slice(162)]),
    );
    const sentences = pieces("Ilse Marrow met the board. ".repeat(8).trim(), 100);
    for (const p of sentences.slice(0, -1)) expect(p.endsWith("board. ")).toBe(true);
    const words = pieces("marrow met the board ".repeat(10), 100);
    for (const p of words.slice(0, -1)) expect(p.endsWith(" ")).toBe(true);
    const none = pieces("x".repeat(250), 100);
    expect(none.map((p) => p.length)).toEqual([100, 100, 50]);
  });
});

describe("extractSections", () => {
  // an invented paragraph (183 characters), repeated: every section holds whole paragraphs
  const paragraph =
    "Mayor Ilse Marrow met Governor Teodor Quill in Brussels on Monday. Marrow said the talks with Quill had been useful, and the Lorvik Harbour Authority welcomed the agreement.\n\n";
  const text = paragraph.repeat(8);
  const sectioned = extractSections(text, registeredModels(), 400);

  it("reads the text in sections and keeps no tokens, sentences or mentions of them", () => {
    expect(sectionCuts(text, 400).length - 1).toBe(4);
    expect(sectioned.doc.tokens).toEqual([]);
    expect(sectioned.doc.sentences).toEqual([]);
    expect(sectioned.resolution.mentions).toEqual([]);
    for (const e of sectioned.resolution.entities) expect(e).not.toHaveProperty("mentions");
  });

  it("gives entities evidence with offsets and sentences of the whole text", () => {
    const sentences = new Set(segment(text).sentences.map((s) => `${s.start}:${s.end}`));
    let count = 0;
    for (const e of sectioned.resolution.entities) {
      if ("mentions" in e) throw new Error(`${e.key} kept its mentions`);
      count += e.mentionCount;
      expect(e.evidence.length).toBeGreaterThan(0);
      for (const ev of e.evidence) {
        expect(sentences).toContain(`${ev.sentenceStart}:${ev.sentenceEnd}`);
        expect(ev.sentenceStart).toBeLessThanOrEqual(ev.start);
        expect(ev.sentenceEnd).toBeGreaterThanOrEqual(ev.end);
        expect(text.slice(ev.start, ev.end)).toMatch(/^\S(.*\S)?$/su);
      }
    }
    expect(count).toBeGreaterThan(8 * 4);
  });

  it("merges what sections name alike into the graph the whole text gives", () => {
    const whole = extractGraph(text, { name: "a.txt" });
    const graph = assemble(sectioned.doc, sectioned.resolution, sectioned.relations, whole.getAttributes());
    expect(graph.getNodeAttribute("person:ilse-marrow", "mentions")).toBe(16);
    expect(graph.getNodeAttribute("event:marrow-quill-meeting-in-brussels", "evidence")).toHaveLength(8);
    expect(graphToJSONText(graph)).toBe(graphToJSONText(whole));
  });
});
