import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MAX_SENTENCE_TOKENS, segment } from "../../src/extract/segment";
import { SEED_ARTICLE } from "../helpers/paths";

const sentences = (text: string) => segment(text).sentences.map((s) => s.text);

describe("segment", () => {
  it("keeps every sentence and token at its offsets in the original text", () => {
    const text = readFileSync(SEED_ARTICLE, "utf8");
    const doc = segment(text);
    expect(doc.text).toBe(text);
    expect(doc.sentences.length).toBeGreaterThan(20);
    for (const s of doc.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    for (const t of doc.tokens) {
      expect(text.slice(t.start, t.end)).toBe(t.text);
      const s = doc.sentences[t.sentence];
      expect(t.index).toBeGreaterThanOrEqual(s.tokenStart);
      expect(t.index).toBeLessThan(s.tokenEnd);
    }
  });

  it("does not split after U.S., Mr. or an initial", () => {
    expect(sentences("Mr. Smith met the U.S. envoy in L. A. Town. He left.")).toEqual([
      "Mr. Smith met the U.S. envoy in L. A. Town.",
      "He left.",
    ]);
    expect(sentences("Asked if the U.S. could stop it, Maddox said no. Then he left.")).toEqual([
      "Asked if the U.S. could stop it, Maddox said no.",
      "Then he left.",
    ]);
  });

  it("ends a sentence after an acronym when a new sentence clearly starts", () => {
    expect(sentences("The group is leaving the U.S. The move was expected.")).toEqual([
      "The group is leaving the U.S.",
      "The move was expected.",
    ]);
  });

  it("keeps closing quotes with their sentence and splits after them", () => {
    const text = "“We want to end it,” he said. “Maybe we can’t.” Then he left.";
    expect(sentences(text)).toEqual(["“We want to end it,” he said.", "“Maybe we can’t.”", "Then he left."]);
  });

  it("breaks at headlines and blank lines, counting paragraphs", () => {
    const doc = segment("Big Headline Here\n\nFirst sentence here. Second one.\n\nNext paragraph.");
    expect(doc.sentences.map((s) => [s.text, s.paragraph])).toEqual([
      ["Big Headline Here", 0],
      ["First sentence here.", 1],
      ["Second one.", 1],
      ["Next paragraph.", 2],
    ]);
  });

  it("marks sentence-initial words, also after an opening quote or colon", () => {
    const doc = segment("Maddox said: “Maybe we can.” The end.");
    const initial = doc.tokens.filter((t) => t.sentenceInitial).map((t) => t.text);
    expect(initial).toEqual(["Maddox", "“", "Maybe", "The"]);
  });

  it("splits the possessive off a name and keeps inner hyphens of names", () => {
    const doc = segment("Maddox’s envoy met Lee Dae-Sung and a Kremlin-friendly aide.");
    const words = doc.tokens.map((t) => t.text);
    expect(words).toContain("Maddox");
    expect(words).toContain("’s");
    expect(words).toContain("Dae-Sung");
    expect(words).toContain("Kremlin");
    expect(words).not.toContain("Kremlin-friendly");
    const possessive = doc.tokens.find((t) => t.text === "’s")!;
    expect(possessive.lower).toBe("'s");
  });

  it("keeps a romanised given name with a lower-case second syllable whole, but not a name + English suffix", () => {
    const words = segment(
      "Mayor Tan Wei-lin met Pak Sung-ho, Hamas-run media, a Maddox-era rule, the Saudi-led war and Covid-hit towns.",
    ).tokens.map((t) => t.text);
    expect(words).toEqual(
      expect.arrayContaining(["Wei-lin", "Sung-ho", "Hamas", "run", "Maddox", "era", "Saudi", "led", "Covid", "hit"]),
    );
    expect(words.filter((w) => w.includes("-") && w.length > 1)).toEqual(["Wei-lin", "Sung-ho"]);
  });

  it("handles hostile text without losing offsets", () => {
    const text = "<script>alert('x')</script> & “quotes” \u0007 שלום 😀 Mr. O'Brien said so.";
    const doc = segment(text);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.tokens.map((t) => t.text)).toContain("O'Brien");
  });

  it("handles empty text", () => {
    expect(segment("")).toEqual({ text: "", sentences: [], tokens: [] });
  });

  describe("a run-on sentence (no sentence punctuation)", () => {
    // invented clauses, 8 tokens each (10 with ", and"): "Ilse Marrow3 met the harbour board on Monday"
    const clause = (i: number) => `Ilse Marrow${i % 7} met the harbour board on Monday`;
    const pieces = (text: string) => {
      const doc = segment(text);
      for (const s of doc.sentences) {
        expect(text.slice(s.start, s.end)).toBe(s.text);
        for (let t = s.tokenStart; t < s.tokenEnd; t++) expect(doc.tokens[t].sentence).toBe(s.index);
      }
      // the pieces cover every token, in order, once
      expect(doc.sentences.map((s) => s.tokenStart)).toEqual([0, ...doc.sentences.slice(0, -1).map((s) => s.tokenEnd)]);
      expect(doc.sentences.at(-1)!.tokenEnd).toBe(doc.tokens.length);
      return doc;
    };

    it("is cut into pieces of at most MAX_SENTENCE_TOKENS, after a comma where there is one", () => {
      const words = Array.from({ length: 2000 }, (_, i) => clause(i)).join(", and ");
      const doc = pieces(words); // 20k tokens, one sentence as written
      expect(doc.tokens.length).toBeGreaterThan(19_000);
      expect(doc.sentences.length).toBeGreaterThan(doc.tokens.length / MAX_SENTENCE_TOKENS);
      for (const s of doc.sentences.slice(0, -1)) {
        expect(s.tokenEnd - s.tokenStart).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
        expect(s.tokenEnd - s.tokenStart).toBeGreaterThanOrEqual(MAX_SENTENCE_TOKENS / 2);
        expect(s.text.endsWith(",")).toBe(true);
        expect(doc.sentences[s.index + 1].text.startsWith("and Ilse")).toBe(true);
      }
    });

    it("without commas, is cut before a conjunction; without either, between lower-case words", () => {
      const conjoined = pieces(Array.from({ length: 300 }, (_, i) => clause(i)).join(" but "));
      expect(conjoined.sentences.length).toBeGreaterThan(1);
      for (const s of conjoined.sentences.slice(1)) expect(s.text.startsWith("but Ilse")).toBe(true);
      const bare = pieces(Array.from({ length: 300 }, (_, i) => clause(i)).join(" "));
      expect(bare.sentences.length).toBeGreaterThan(1);
      for (const s of bare.sentences.slice(0, -1)) {
        const last = bare.tokens[s.tokenEnd - 1];
        expect(last.cap || bare.tokens[s.tokenEnd].cap).toBe(false); // "Ilse Marrow3" stays whole
      }
    });

    it("leaves a sentence of MAX_SENTENCE_TOKENS whole and cuts one of a token more", () => {
      const long = Array.from({ length: 20 }, (_, i) => clause(i)).join(", and ") + " today."; // 200 tokens
      const whole = segment(`${long} He left.`);
      expect(whole.sentences.map((s) => s.text)).toEqual([long, "He left."]);
      expect(whole.sentences[0].tokenEnd).toBe(MAX_SENTENCE_TOKENS);
      const longer = long.replace(" today.", " again today.");
      const cut = pieces(`${longer} He left.`);
      expect(cut.sentences.map((s) => s.text).join(" ")).toBe(`${longer} He left.`);
      expect(cut.sentences.length).toBe(3);
      expect(cut.sentences[1].text.startsWith("and Ilse")).toBe(true);
    });
  });
});
