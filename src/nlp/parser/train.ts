// Training: greedy arc-hybrid parsing with a dynamic oracle (Goldberg & Nivre
// 2012/2013). At each step the move classifier's best legal move is compared
// with the best zero-cost move; on a mistake the perceptron is updated, and
// after the first epoch the parser usually follows its own (wrong) move, so it
// learns to recover from the states its mistakes lead to. The label of every
// arc that is correct is learnt by a second perceptron at the moment it is made.
// With `beam` above 1 the move classifier is trained instead as a structured
// perceptron over the beam's sequences (train-beam.ts), and the model parses
// with that beam by default.
// Pure and deterministic: a seeded shuffle and exploration, no clock, no I/O.
import type { ConlluSentence } from "../conllu";
import { PerceptronTrainer } from "../model/perceptron";
import { FeatureScratch, labelFeatures, moveFeatures } from "./features";
import { CandidateIndex, bestCandidate, collectCandidates } from "./labels";
import { ROOT_LABEL, beamDefaults, packParser, type ParserModel } from "./model";
import { projectivize } from "./projectivize";
import { pruneSparse } from "../model/prune";
import { seededRandom as mulberry32, shuffle } from "../model/shuffle";
import { Config, LEFT, MOVES, RIGHT, moveCosts } from "./transition";
import { BeamLearner } from "./train-beam";
import { encodeSentence, type EncodedSentence } from "./words";

export interface TrainOptions {
  epochs?: number;
  seed?: number;
  /** beam width: 1 trains the greedy parser with the dynamic oracle, more a beam parser with max-violation updates */
  beam?: number;
  /** probability of following the model's own wrong move (from the second epoch on) */
  explore?: number;
  /** averaged weights below this are dropped when freezing (size against accuracy) */
  minMoveWeight?: number;
  minLabelWeight?: number;
  /** the size budget: at most this many features of each classifier are kept (the heaviest) */
  keepMoveFeatures?: number;
  keepLabelFeatures?: number;
  /** progress lines (one per epoch) */
  log?: (message: string) => void;
  /** called after each epoch with the frozen model so far (e.g. to print dev scores) */
  onEpoch?: (epoch: number, model: ParserModel, stats: EpochStats) => void;
}

export interface EpochStats {
  sentences: number;
  /** greedy: share of move decisions the classifier got right (cost 0) during training; beam: share of sentences decoded exactly right */
  moveAccuracy: number;
  labelAccuracy: number;
  moveFeatures: number;
  labelFeatures: number;
}

interface Example {
  sent: EncodedSentence;
  gold: Int32Array;
  goldLabel: Int32Array;
}

// 8 epochs: dev accuracy is within 0.2 of its plateau; 300k / 30k features: 4.9 MB, 0.3 UAS below unpruned
const DEFAULTS = {
  epochs: 8,
  seed: 1,
  beam: 1,
  explore: 0.9,
  minMoveWeight: 0,
  minLabelWeight: 0,
  keepMoveFeatures: 300_000,
  keepLabelFeatures: 30_000,
};

/** Trains a parser on gold (or predicted) tags and trees and returns the packed model bytes. */
export function trainParser(sentences: readonly ConlluSentence[], options: TrainOptions = {}): Uint8Array {
  const opt = { ...DEFAULTS, ...options };
  const labelNames = labelInventory(sentences);
  const labelId = new Map(labelNames.map((l, i) => [l, i]));
  const examples = sentences.map((s) => toExample(s, labelId)).filter((e): e is Example => e !== null);
  const moves = new PerceptronTrainer(MOVES);
  const labels = new PerceptronTrainer(labelNames.length);
  const rootId = labelId.get(ROOT_LABEL)!;
  const candidates = collectCandidates(goldArcs(examples, rootId));
  const index = new CandidateIndex(candidates, labelNames.length, rootId);
  const beam = Math.max(1, Math.floor(opt.beam));
  const learner =
    beam > 1 ? new BeamLearner(moves, labels, index, rootId, beam) : new Learner(moves, labels, index, rootId);
  const rand = mulberry32(opt.seed);
  const order = examples.map((_, i) => i);
  const freeze = (): ParserModel => ({
    moves: pruneSparse(moves.freeze(opt.minMoveWeight), opt.keepMoveFeatures),
    labels: pruneSparse(labels.freeze(opt.minLabelWeight), opt.keepLabelFeatures),
    labelNames,
    candidates,
    beams: beamDefaults({ beam }),
    meta: {
      epochs: opt.epochs,
      seed: opt.seed,
      ...(beam > 1 ? { beam } : { explore: opt.explore }),
      minMoveWeight: opt.minMoveWeight,
      minLabelWeight: opt.minLabelWeight,
      keepMoveFeatures: opt.keepMoveFeatures,
      keepLabelFeatures: opt.keepLabelFeatures,
      sentences: examples.length,
    },
  });
  let model: ParserModel | null = null;
  for (let epoch = 1; epoch <= opt.epochs; epoch++) {
    shuffle(order, rand);
    const tally = { moves: 0, movesRight: 0, labels: 0, labelsRight: 0, sentences: 0, sentencesRight: 0 };
    const explore = epoch > 1 ? opt.explore : 0;
    if (learner instanceof BeamLearner) for (const i of order) learner.sentence(examples[i], tally);
    else for (const i of order) learner.sentence(examples[i], explore, rand, tally);
    if (learner instanceof BeamLearner) ((tally.moves = tally.sentences), (tally.movesRight = tally.sentencesRight));
    opt.log?.(
      `parser: epoch ${epoch}/${opt.epochs}, training ${beam > 1 ? "sentences" : "moves"} ${(tally.movesRight / Math.max(1, tally.moves)).toFixed(4)}, labels ${(tally.labelsRight / Math.max(1, tally.labels)).toFixed(4)}, ${moves.features} move / ${labels.features} label features`,
    );
    if (opt.onEpoch || epoch === opt.epochs) {
      model = freeze();
      opt.onEpoch?.(epoch, model, {
        sentences: examples.length,
        moveAccuracy: tally.movesRight / Math.max(1, tally.moves),
        labelAccuracy: tally.labelsRight / Math.max(1, tally.labels),
        moveFeatures: moves.features,
        labelFeatures: labels.features,
      });
    }
  }
  return packParser(model ?? freeze());
}

function* goldArcs(examples: readonly Example[], rootId: number) {
  for (const ex of examples)
    for (let d = 0; d < ex.sent.n; d++) {
      const label = ex.goldLabel[d];
      if (label >= 0 && label !== rootId && ex.gold[d] !== ex.sent.n)
        yield { headIsLeft: ex.gold[d] < d, upos: ex.sent.upos[d], label };
    }
}

/** Every relation in the data, most frequent first (ties by name), "root" included. */
function labelInventory(sentences: readonly ConlluSentence[]): string[] {
  const counts = new Map<string, number>([[ROOT_LABEL, 0]]);
  for (const s of sentences)
    for (const w of s.words) if (w.deprel && w.deprel !== "_") counts.set(w.deprel, (counts.get(w.deprel) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([l]) => l);
}

/** A training example, or null for a sentence that is not a single-rooted tree. */
function toExample(s: ConlluSentence, labelId: Map<string, number>): Example | null {
  const n = s.words.length;
  if (n === 0) return null;
  const heads: number[] = [];
  let roots = 0;
  for (const w of s.words) {
    if (w.head < 0 || w.head > n) return null;
    if (w.head === 0) roots++;
    heads.push(w.head === 0 ? n : w.head - 1);
  }
  if (roots !== 1 || !isTree(heads)) return null;
  return {
    sent: encodeSentence(s.words),
    gold: Int32Array.from(projectivize(heads)),
    goldLabel: Int32Array.from(s.words, (w) => labelId.get(w.deprel) ?? -1),
  };
}

function isTree(heads: readonly number[]): boolean {
  const n = heads.length;
  for (let i = 0; i < n; i++) {
    let a = i;
    for (let steps = 0; a !== n; steps++) {
      if (steps > n) return false;
      a = heads[a];
    }
  }
  return true;
}

interface Tally {
  moves: number;
  movesRight: number;
  labels: number;
  labelsRight: number;
}

/** The classifiers being trained and their scratch space, shared by every sentence. */
class Learner {
  readonly x = new FeatureScratch();
  readonly scores = new Float64Array(MOVES);
  readonly costs = new Float64Array(MOVES);
  readonly labelScores: Float64Array;

  constructor(
    readonly moves: PerceptronTrainer,
    readonly labels: PerceptronTrainer,
    readonly candidates: CandidateIndex,
    readonly rootId: number,
  ) {
    this.labelScores = new Float64Array(labels.nClasses);
  }

  /** One pass over a sentence; `explore` is the chance of following a wrong move. */
  sentence(ex: Example, explore: number, rand: () => number, tally: Tally): void {
    const { sent, gold } = ex;
    const { x, scores, costs } = this;
    const c = new Config(sent.n);
    while (!c.done) {
      moveCosts(c, gold, costs);
      let legal = 0;
      let only = -1;
      for (let k = 0; k < MOVES; k++) if (costs[k] !== Infinity) (legal++, (only = k));
      let move = only;
      if (legal > 1) {
        const f = moveFeatures(sent, c, x);
        scores.fill(0);
        this.moves.score(f.data, f.length, scores);
        let minCost = Infinity;
        for (let k = 0; k < MOVES; k++) minCost = Math.min(minCost, costs[k]);
        let guess = -1;
        let best = -1;
        for (let k = 0; k < MOVES; k++) {
          if (costs[k] === Infinity) continue;
          if (guess < 0 || scores[k] > scores[guess]) guess = k;
          if (costs[k] === minCost && (best < 0 || scores[k] > scores[best])) best = k;
        }
        tally.moves++;
        if (costs[guess] === minCost) {
          tally.movesRight++;
          move = guess;
        } else {
          this.moves.update(f.data, f.length, best, guess);
          move = explore > 0 && rand() < explore ? guess : best;
        }
        this.moves.tick();
      }
      let label = -1;
      if (move === LEFT || move === RIGHT) {
        const [h, d] = c.arc(move)!;
        label = this.label(ex, c, h, d, explore, tally);
      }
      c.apply(move, label);
    }
  }

  /** Labels the arc h→d, learning from it when the arc is right. */
  private label(ex: Example, c: Config, h: number, d: number, explore: number, tally: Tally): number {
    const { sent, gold, goldLabel } = ex;
    if (h === sent.n) return this.rootId;
    const f = labelFeatures(sent, c, h, d, this.x);
    const right = gold[d] === h && goldLabel[d] >= 0;
    let cands = this.candidates.get(h < d, sent.upos[d]);
    // the gold relation is always a candidate in training, even for a tag it was never seen with
    if (right && !cands.includes(goldLabel[d])) cands = this.candidates.all;
    const scores = this.labelScores;
    for (let j = 0; j < cands.length; j++) scores[cands[j]] = 0;
    this.labels.scoreClasses(f.data, f.length, cands, scores);
    const guess = bestCandidate(scores, cands);
    if (!right) return guess;
    tally.labels++;
    if (guess === goldLabel[d]) tally.labelsRight++;
    else this.labels.update(f.data, f.length, goldLabel[d], guess);
    this.labels.tick();
    // teacher-forced labels in the first epoch, the classifier's own afterwards
    return explore === 0 ? goldLabel[d] : guess;
  }
}
