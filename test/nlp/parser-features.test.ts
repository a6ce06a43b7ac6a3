// The parser's feature hashes are what the committed models were trained on: any faster way of
// computing them must give exactly these values (the checksum was taken with the code before
// the template seeds and flat atom lists, over every configuration of an oracle parse).
import { describe, expect, it } from "vitest";
import { FeatureScratch, labelFeatures, moveFeatures } from "../../src/nlp/parser/features";
import { Config, LEFT, RIGHT, oracleMoves } from "../../src/nlp/parser/transition";
import { encodeSentence } from "../../src/nlp/parser/words";

const WORDS = [
  ["The", "the", "DET", "DT"],
  ["city", "city", "NOUN", "NN"],
  ["council", "council", "NOUN", "NN"],
  ["approved", "approve", "VERB", "VBD"],
  ["a", "a", "DET", "DT"],
  ["new", "new", "ADJ", "JJ"],
  ["budget", "budget", "NOUN", "NN"],
  ["on", "on", "ADP", "IN"],
  ["Tuesday", "Tuesday", "PROPN", "NNP"],
  [".", ".", "PUNCT", "."],
].map(([form, lemma, upos, xpos]) => ({ form, lemma, upos, xpos }));
/** 0-based heads, the root = n */
const GOLD = [2, 2, 3, 10, 6, 6, 3, 8, 3, 3];

describe("parser features", () => {
  it("hash every configuration of a parse to the values the models were trained on", () => {
    const sent = encodeSentence(WORDS);
    const x = new FeatureScratch();
    let sum = 0x811c9dc5;
    let count = 0;
    const fold = (f: { data: Int32Array; length: number }) => {
      for (let i = 0; i < f.length; i++) ((sum = Math.imul(sum ^ f.data[i], 0x01000193)), count++);
    };
    const c = new Config(WORDS.length);
    for (const move of oracleMoves(GOLD)) {
      fold(moveFeatures(sent, c, x));
      if (move === LEFT || move === RIGHT) {
        const [h, d] = c.arc(move)!;
        fold(labelFeatures(sent, c, h, d, x));
      }
      c.apply(move, 3); // a label, so the label atoms are read too
    }
    expect({ sum: sum >>> 0, count }).toEqual({ sum: 1630688368, count: 3410 });
  });
});
