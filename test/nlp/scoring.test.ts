// The fast scoring layouts built at load must score exactly as the plain sparse model does:
// they only re-lay the same integer weights (README, "How fast").
import { describe, expect, it } from "vitest";
import { SparseModel, type SparseModelData } from "../../src/nlp/model/perceptron";
import { InlineModel, weightLevels } from "../../src/nlp/parser/inline";

/** A deterministic pseudo-random sparse model: `nKeys` features, each with weights for some classes. */
function randomModel(nClasses: number, nKeys: number, weightOf: (r: number) => number, seed = 7): SparseModelData {
  let s = seed;
  const rand = () => ((s = (Math.imul(s, 1103515245) + 12345) | 0) >>> 0) / 2 ** 32;
  const keys = new Set<number>();
  while (keys.size < nKeys) keys.add((rand() * 2 ** 32) | 0);
  const sorted = [...keys].sort((a, b) => a - b);
  const offsets = [0];
  const classes: number[] = [];
  const weights: number[] = [];
  for (let f = 0; f < sorted.length; f++) {
    for (let c = 0; c < nClasses; c++) {
      if (rand() < 0.4) continue;
      classes.push(c);
      weights.push(weightOf(rand()) || 1);
    }
    offsets.push(classes.length);
  }
  return {
    nClasses,
    scale: 1,
    keys: Int32Array.from(sorted),
    offsets: Uint32Array.from(offsets),
    classes: Uint8Array.from(classes),
    weights: Int16Array.from(weights),
  };
}

/** Feature lists mixing the model's keys and keys it lacks, in every order. */
function featureLists(d: SparseModelData): Int32Array[] {
  const out: Int32Array[] = [];
  for (let t = 0; t < 50; t++) {
    const f: number[] = [];
    for (let j = 0; j < 40; j++)
      f.push(j % 3 === 0 ? (t * 7919 + j * 104729) | 0 : d.keys[(t * 131 + j * 17) % d.keys.length]);
    out.push(Int32Array.from(f));
  }
  return out;
}

function expectSameScores(d: SparseModelData): void {
  const plain = new SparseModel(d);
  const fast = new InlineModel(d);
  for (const f of featureLists(d)) {
    const a = new Float64Array(d.nClasses);
    const b = new Float64Array(d.nClasses);
    plain.score(f, f.length, a);
    fast.score(f, f.length, b);
    expect(Array.from(b)).toEqual(Array.from(a));
  }
}

const levels256 = (r: number) => Math.round((r - 0.5) * 255) * 128; // at most 256 levels, as 8-bit codes give
const anyWeight = (r: number) => Math.round((r - 0.5) * 65000); // thousands of levels

describe("the move classifier's table (InlineModel)", () => {
  it("packs three classes with few weight levels into 8-byte slots and scores as the sparse model", () => {
    const d = randomModel(3, 5000, levels256);
    expect(weightLevels(d.weights)).not.toBeNull();
    expectSameScores(d);
  });

  it("keeps the wide layout for too many levels or other class counts, with the same scores", () => {
    const many = randomModel(3, 5000, anyWeight);
    expect(weightLevels(many.weights)).toBeNull();
    expectSameScores(many);
    expectSameScores(randomModel(5, 3000, levels256));
  });
});
