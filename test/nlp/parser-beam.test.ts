// Beam search over arc-hybrid states, against a toy scorer whose move scores are
// a fixed function of the state: a beam of one is the greedy parse, a beam wide
// enough to hold every sequence finds the best-scoring one, and any item's
// recorded history replays to its state. Then beam training on real trees:
// deterministic, and it learns.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readConllu } from "../../src/nlp/conllu";
import { Beam, type StepScorer } from "../../src/nlp/parser/beam";
import { BUILD_BEAM, beamDefaults } from "../../src/nlp/parser/model";
import { loadParser, parse, trainParser } from "../../src/nlp/parser";
import { Config, LEFT, MOVES, RIGHT } from "../../src/nlp/parser/transition";
import { SHARED } from "../helpers/paths";

/** Scores from a hash of the state and the move, labels from the arc: deterministic and state-dependent. */
const toy: StepScorer = {
  scoreMoves(c, out) {
    for (let k = 0; k < MOVES; k++) {
      let h = Math.imul(
        c.b + 7 * c.depth + 31 * (c.s(0) + 2) + 131 * (c.s(1) + 2) + 1009 * k + 17 * c.nLeft[Math.max(0, c.s(0))],
        0x9e3779b1,
      );
      h ^= h >>> 15;
      out[k] = (h >>> 0) % 97;
    }
  },
  chooseLabel: (_c, head, dep) => (head + dep) % 5,
};

const legalMoves = (c: Config) => [0, 1, 2].filter((k) => c.canDo(k));

/** The best total score over every move sequence (forced moves score nothing, as in the beam). */
function exhaustiveBest(c: Config): number {
  if (c.done) return 0;
  const legal = legalMoves(c);
  const out = new Float64Array(MOVES);
  if (legal.length > 1) toy.scoreMoves(c, out);
  let best = -Infinity;
  for (const m of legal) {
    const next = new Config(c.n);
    next.copyFrom(c);
    next.apply(m, 0);
    best = Math.max(best, (legal.length > 1 ? out[m] : 0) + exhaustiveBest(next));
  }
  return best;
}

describe("beam search", () => {
  it("with a beam of one follows the best legal move at every step (greedy)", () => {
    for (let n = 1; n <= 12; n++) {
      const beam = new Beam(1);
      beam.start(n);
      const got = beam.run(toy);
      const c = new Config(n);
      const out = new Float64Array(MOVES);
      while (!c.done) {
        const legal = legalMoves(c);
        let m = legal[0];
        if (legal.length > 1) {
          toy.scoreMoves(c, out);
          for (const k of legal) if (out[k] > out[m]) m = k;
        }
        c.apply(m, m === LEFT || m === RIGHT ? toy.chooseLabel(c, m === LEFT ? c.b : c.s(1), c.s(0)) : -1);
      }
      expect(Array.from(got.head)).toEqual(Array.from(c.head));
      expect(Array.from(got.label)).toEqual(Array.from(c.label));
    }
  });

  it("finds the best-scoring sequence when the beam can hold them all; a narrow beam scores no higher", () => {
    for (let n = 1; n <= 5; n++) {
      const best = exhaustiveBest(new Config(n));
      const wide = new Beam(4096);
      wide.start(n);
      wide.run(toy);
      expect(wide.scores[0]).toBe(best);
      const narrow = new Beam(2);
      narrow.start(n);
      narrow.run(toy);
      expect(narrow.scores[0]).toBeLessThanOrEqual(best);
    }
  });

  it("records each item's moves and labels: replaying them rebuilds its tree; every item is a tree over 2n moves", () => {
    const n = 9;
    const beam = new Beam(4);
    beam.start(n);
    beam.run(toy);
    expect(beam.t).toBe(2 * n);
    for (let j = 0; j < beam.size; j++) {
      const { moves, labels } = beam.trace(beam.t - 1, j);
      const c = new Config(n);
      moves.forEach((m, s) => c.apply(m, labels[s]));
      expect(c.done).toBe(true);
      expect(Array.from(c.head)).toEqual(Array.from(beam.items[j].head));
      expect(Array.from(c.label)).toEqual(Array.from(beam.items[j].label));
      expect(Array.from(c.head.subarray(0, n)).filter((h) => h === n)).toHaveLength(1);
    }
    // best first
    for (let j = 1; j < beam.size; j++) expect(beam.scores[j]).toBeLessThanOrEqual(beam.scores[j - 1]);
  });

  it("refuses a width below one", () => {
    expect(() => new Beam(0)).toThrow(RangeError);
  });
});

const train = readConllu(readFileSync(join(SHARED, "corpus", "train", "ewt", "en_ewt-ud-train.conllu"), "utf8")).slice(
  0,
  150,
);

describe("beam training (structured perceptron, max-violation updates)", () => {
  const a = trainParser(train, { epochs: 2, seed: 5, beam: 4 });

  it("gives identical bytes for the same data, seed and beam, and other bytes for another beam", () => {
    expect(Buffer.from(trainParser(train, { epochs: 2, seed: 5, beam: 4 })).equals(Buffer.from(a))).toBe(true);
    expect(Buffer.from(trainParser(train, { epochs: 2, seed: 5, beam: 2 })).equals(Buffer.from(a))).toBe(false);
  });

  it("learns: with its own beam it parses its training sentences mostly right, every parse a tree", () => {
    const m = loadParser(a);
    let right = 0;
    let all = 0;
    for (const s of train) {
      const p = parse(m, s.words);
      expect(p.head.filter((h) => h === 0)).toHaveLength(1);
      s.words.forEach((w, i) => {
        all++;
        if (p.head[i] === w.head && p.deprel[i] === w.deprel) right++;
      });
    }
    expect(right / all).toBeGreaterThan(0.8);
  });

  it("parses with the beam it was trained with unless told another; build's default is narrower", () => {
    const m = loadParser(a);
    expect(m.meta.beam).toBe(4);
    expect(m.beams).toEqual({ parse: 4, build: Math.min(4, BUILD_BEAM) });
    expect(beamDefaults({})).toEqual({ parse: 1, build: 1 });
    const s = train[3].words;
    expect(parse(m, s)).toEqual(parse(m, s, { beam: 4 }));
    expect(parse(m, s, { beam: 1 }).head).toHaveLength(s.length);
  });
});
