import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/extract/tokenize";

const words = (s: string) => tokenize(s).map((t) => t.text);

describe("tokenize into the treebanks' words", () => {
  it("splits contractions as UD does", () => {
    expect(words("I don't think we can't, won't or cannot; I'm sure they're gonna.")).toEqual([
      "I",
      "do",
      "n't",
      "think",
      "we",
      "ca",
      "n't",
      ",",
      "wo",
      "n't",
      "or",
      "can",
      "not",
      ";",
      "I",
      "'m",
      "sure",
      "they",
      "'re",
      "gon",
      "na",
      ".",
    ]);
    expect(words("She’d left; we've won.")).toEqual(["She", "’d", "left", ";", "we", "'ve", "won", "."]);
  });

  it("keeps hyphenated common words and names whole, but splits a name from a common word", () => {
    expect(words("a long-term, non-profit e-mail from a Kremlin-friendly aide to Dae-Sung")).toEqual([
      "a",
      "long-term",
      ",",
      "non-profit",
      "e-mail",
      "from",
      "a",
      "Kremlin",
      "-",
      "friendly",
      "aide",
      "to",
      "Dae-Sung",
    ]);
  });

  it("keeps offsets into the original text for every word", () => {
    const text = "O'Brien's team didn't re-run it.";
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(words(text)).toEqual(["O'Brien", "'s", "team", "did", "n't", "re-run", "it", "."]);
  });
});
