// Training is a pure, deterministic function of the data: the same sentences
// and seed give the same model bytes, and the bytes load back into a parser.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readConllu } from "../../src/nlp/conllu";
import { loadParser, parse, trainParser } from "../../src/nlp/parser";
import { ModelFormatError } from "../../src/nlp/model/container";
import { SHARED } from "../helpers/paths";

const train = readConllu(readFileSync(join(SHARED, "corpus", "train", "ewt", "en_ewt-ud-train.conllu"), "utf8")).slice(
  0,
  150,
);

describe("trainParser", () => {
  const a = trainParser(train, { epochs: 2, seed: 5 });

  it("gives identical bytes for the same data and seed, different ones for another seed", () => {
    expect(Buffer.from(trainParser(train, { epochs: 2, seed: 5 })).equals(Buffer.from(a))).toBe(true);
    expect(Buffer.from(trainParser(train, { epochs: 2, seed: 6 })).equals(Buffer.from(a))).toBe(false);
  });

  it("learns: it parses its own training sentences mostly right", () => {
    const m = loadParser(a);
    let right = 0;
    let all = 0;
    for (const s of train) {
      const p = parse(m, s.words);
      s.words.forEach((w, i) => {
        all++;
        if (p.head[i] === w.head && p.deprel[i] === w.deprel) right++;
      });
    }
    expect(right / all).toBeGreaterThan(0.8);
  });

  it("refuses bytes that are not a parser model", () => {
    expect(() => loadParser(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]))).toThrow(ModelFormatError);
  });
});
