// Beam training: the move classifier as a structured perceptron over whole move
// sequences (Zhang & Clark 2008; Zhang & Nivre 2011) with max-violation updates
// (Huang, Fayong & Guo 2012). Each sentence is decoded with the beam while the
// static oracle's gold sequence is followed beside it, scored by the same
// weights. When the beam's best final sequence is not the gold one, the update
// is made at the step where the best item outscores the gold prefix by the
// most: the gold prefix's move features +1, the best item's −1 (the steps the
// two share cancel and are skipped). Labels are state, not part of the
// sequence's score: the label classifier labels every arc as it is made, in
// the beam and on the gold path alike (so a beam item that follows the gold
// moves is the gold state), and learns greedily from the gold path's arcs.
// Pure and deterministic: no randomness beyond the caller's shuffle.
import type { PerceptronTrainer } from "../model/perceptron";
import { Beam, type StepScorer } from "./beam";
import { FeatureScratch, labelFeatures, moveFeatures } from "./features";
import { bestCandidate, type CandidateIndex } from "./labels";
import { Config, LEFT, MOVES, RIGHT, oracleMoves } from "./transition";
import type { EncodedSentence } from "./words";

export interface BeamExample {
  sent: EncodedSentence;
  /** projective gold heads, 0-based, root = n */
  gold: Int32Array;
  goldLabel: Int32Array;
}

export interface BeamTally {
  sentences: number;
  /** sentences whose best final sequence was the gold one */
  sentencesRight: number;
  labels: number;
  labelsRight: number;
}

/** A growable store of feature lists, one per step. */
class StepFeatures {
  data = new Int32Array(1 << 16);
  offsets = new Int32Array(1 << 10);
  length = 0;

  reset(steps: number): void {
    if (this.offsets.length < steps + 1) this.offsets = new Int32Array(2 * steps + 2);
    this.length = 0;
  }

  /** Records step t's features (t in order; an empty list for a forced move). */
  put(t: number, f: Int32Array, n: number): void {
    if (this.length + n > this.data.length) {
      const d = new Int32Array(2 * (this.length + n));
      d.set(this.data.subarray(0, this.length));
      this.data = d;
    }
    this.data.set(f.subarray(0, n), this.length);
    this.offsets[t] = this.length;
    this.length += n;
    this.offsets[t + 1] = this.length;
  }
}

export class BeamLearner implements StepScorer {
  private readonly x = new FeatureScratch();
  private readonly scores = new Float64Array(MOVES);
  private readonly labelScores: Float64Array;
  private readonly beam: Beam;
  private readonly goldFeatures = new StepFeatures();
  private ex: BeamExample | null = null;
  private readonly oracle = new WeakMap<BeamExample, Uint8Array>();

  constructor(
    readonly moveModel: PerceptronTrainer,
    readonly labelModel: PerceptronTrainer,
    readonly candidates: CandidateIndex,
    readonly rootId: number,
    width: number,
  ) {
    this.labelScores = new Float64Array(labelModel.nClasses);
    this.beam = new Beam(width);
  }

  scoreMoves(c: Config, out: Float64Array): void {
    const f = moveFeatures(this.ex!.sent, c, this.x);
    out.fill(0);
    this.moveModel.score(f.data, f.length, out);
  }

  chooseLabel(c: Config, head: number, dep: number): number {
    return this.labelFor(c, head, dep, null);
  }

  /** The label classifier's choice for head → dep; with a tally, it also learns from the arc when the arc is gold. */
  private labelFor(c: Config, head: number, dep: number, tally: BeamTally | null): number {
    const { sent, gold, goldLabel } = this.ex!;
    if (head === sent.n) return this.rootId;
    const f = labelFeatures(sent, c, head, dep, this.x);
    const right = gold[dep] === head && goldLabel[dep] >= 0;
    let cands = this.candidates.get(head < dep, sent.upos[dep]);
    // the gold relation is always a candidate in training, even for a tag it was never seen with
    if (right && !cands.includes(goldLabel[dep])) cands = this.candidates.all;
    const scores = this.labelScores;
    for (let j = 0; j < cands.length; j++) scores[cands[j]] = 0;
    this.labelModel.scoreClasses(f.data, f.length, cands, scores);
    const guess = bestCandidate(scores, cands);
    if (tally && right) {
      tally.labels++;
      if (guess === goldLabel[dep]) tally.labelsRight++;
      else this.labelModel.update(f.data, f.length, goldLabel[dep], guess);
      this.labelModel.tick();
    }
    return guess;
  }

  /** One sentence: decode with the beam beside the gold sequence, then at most one max-violation update. */
  sentence(ex: BeamExample, tally: BeamTally): void {
    this.ex = ex;
    let moves = this.oracle.get(ex);
    if (!moves) this.oracle.set(ex, (moves = oracleMoves(ex.gold)));
    const { sent } = ex;
    const steps = moves.length;
    const beam = this.beam;
    const goldCfg = new Config(sent.n);
    const store = this.goldFeatures;
    store.reset(steps);
    beam.start(sent.n);
    let goldScore = 0;
    let goldAt = 0; // the gold prefix's index in the beam, -1 once it fell out
    let worst = -Infinity;
    let worstStep = -1;
    for (let t = 0; t < steps; t++) {
      beam.step(this);
      const m = moves[t];
      let legal = 0;
      for (let k = 0; k < MOVES; k++) if (goldCfg.canDo(k)) legal++;
      if (legal > 1) {
        const f = moveFeatures(sent, goldCfg, this.x);
        this.scores.fill(0);
        this.moveModel.score(f.data, f.length, this.scores);
        goldScore += this.scores[m];
        store.put(t, f.data, f.length);
      } else store.put(t, f0, 0);
      // labelled after the beam's step, so the beam's copy of the gold state got the same label from the same weights
      let label = -1;
      if (m === LEFT || m === RIGHT)
        label = this.labelFor(goldCfg, m === LEFT ? goldCfg.b : goldCfg.s(1), goldCfg.s(0), tally);
      goldCfg.apply(m, label);
      if (goldAt >= 0) goldAt = beam.childOf(t, goldAt, m, beam.size);
      if (goldAt !== 0) {
        const violation = beam.scores[0] - goldScore;
        if (violation > worst) ((worst = violation), (worstStep = t));
      }
    }
    tally.sentences++;
    if (goldAt === 0) tally.sentencesRight++;
    else if (worstStep >= 0) this.update(moves, worstStep);
    this.moveModel.tick();
    this.ex = null;
  }

  /** Gold prefix +1, the beam's best prefix at step t −1, from the first step where they differ. */
  private update(gold: Uint8Array, t: number): void {
    const { sent } = this.ex!;
    const best = this.beam.trace(t, 0);
    let from = 0;
    while (from <= t && best.moves[from] === gold[from]) from++;
    const store = this.goldFeatures;
    for (let s = from; s <= t; s++) {
      const a = store.offsets[s];
      const len = store.offsets[s + 1] - a;
      if (len) this.moveModel.add(store.data.subarray(a, a + len), len, gold[s], 1);
    }
    // replay the best item's sequence with its own labels, reading features where it left the gold one
    const c = new Config(sent.n);
    for (let s = 0; s <= t; s++) {
      const m = best.moves[s];
      if (s >= from) {
        let legal = 0;
        for (let k = 0; k < MOVES; k++) if (c.canDo(k)) legal++;
        if (legal > 1) {
          const f = moveFeatures(sent, c, this.x);
          this.moveModel.add(f.data, f.length, m, -1);
        }
      }
      c.apply(m, best.labels[s]);
    }
  }
}

const f0 = new Int32Array(0);
