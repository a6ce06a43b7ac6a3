import { describe, expect, it } from "vitest";
import { ModelFormatError, pack, unpack } from "../../src/nlp/model/container";
import { sparseArrays, sparseFrom, sparseMeta, type SparseMeta } from "../../src/nlp/model/sparse-file";
import { FeatureBuffer, hash1, hash2 } from "../../src/nlp/model/hash";
import { PerceptronTrainer } from "../../src/nlp/model/perceptron";
import { FeatureTable } from "../../src/nlp/model/table";
import { normWord, shape } from "../../src/nlp/model/shape";

/** A toy problem: class = whether the word ends in "s". */
function trainToy() {
  const t = new PerceptronTrainer(2);
  const words = ["cats", "dog", "runs", "tree", "bees", "sun", "pens", "cup"];
  const f = new FeatureBuffer();
  const scores = new Float64Array(2);
  for (let epoch = 0; epoch < 5; epoch++) {
    for (const w of words) {
      f.clear();
      f.push(hash1(1, w.slice(-1)));
      scores.fill(0);
      t.score(f.data, f.length, scores);
      const guess = scores[1] > scores[0] ? 1 : 0;
      t.update(f.data, f.length, w.endsWith("s") ? 1 : 0, guess);
      t.tick();
    }
  }
  return t.freeze();
}

describe("the perceptron and its model file", () => {
  it("learns, freezes to a sparse model that scores the same way, and packs to identical bytes each time", () => {
    const m = trainToy();
    const score = (w: string) => {
      const out = new Float64Array(2);
      m.score(Int32Array.of(hash1(1, w.slice(-1))), 1, out);
      return out[1] > out[0] ? 1 : 0;
    };
    expect(["hats", "hen", "legs", "log"].map(score)).toEqual([1, 0, 1, 0]);
    const a = pack({ meta: { kind: "toy", w: sparseMeta(m.data) }, arrays: sparseArrays("w", m.data) });
    const b = pack({
      meta: { kind: "toy", w: sparseMeta(trainToy().data) },
      arrays: sparseArrays("w", trainToy().data),
    });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const back = unpack(a);
    const m2 = sparseFrom(back, "w", back.meta.w as SparseMeta);
    expect(Array.from(m2.data.weights)).toEqual(Array.from(m.data.weights));
  });

  it("refuses a file that is not a model or is cut short", () => {
    expect(() => unpack(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]))).toThrow(ModelFormatError);
    const good = pack({ meta: {}, arrays: { x: new Int32Array(100) } });
    expect(() => unpack(good.slice(0, good.length - 8))).toThrow(/truncated/);
  });

  it("hashes features apart by template and by string boundary", () => {
    expect(hash1(1, "a")).not.toBe(hash1(2, "a"));
    expect(hash2(1, "ab", "c")).not.toBe(hash2(1, "a", "bc"));
    expect(Number.isInteger(hash1(0, "x")) && hash1(0, "x") === (hash1(0, "x") | 0)).toBe(true);
  });

  it("keeps a million keys in the feature table with one row each", () => {
    const t = new FeatureTable(16);
    // distinct keys (an odd multiplier is a bijection on 32 bits), clustered low bits included
    const key = (i: number) => Math.imul(i, 0x9e3779b1) | 0;
    for (let i = 0; i < 1_000_000; i++) if (t.getOrAdd(key(i)) !== i) throw new Error(`key ${i} got another row`);
    for (let i = 0; i < 1_000_000; i += 997) expect(t.get(key(i))).toBe(i);
    expect(t.get(key(1_000_001))).toBe(-1);
    expect(t.size).toBe(1_000_000);
  });

  it("shapes and normalises words for features", () => {
    expect(["Obama", "U.S.", "1990s", "e-mail", "COVID-19"].map(shape)).toEqual(["Xx", "X.X.", "dx", "x-x", "X-d"]);
    expect(["2024", "3.5", "Don’t", "A4"].map(normWord)).toEqual(["!YEAR", "!NUM", "don't", "a0"]);
  });
});
