// Training: greedy arc-hybrid parsing with a dynamic oracle (Goldberg & Nivre
// 2012/2013). At each step the move classifier's best legal move is compared
// with the best zero-cost move; on a mistake the perceptron is updated, and
// after the first epoch the parser usually follows its own (wrong) move, so it
// learns to recover from the states its mistakes lead to. The label of every
// arc that is correct is learnt by a second perceptron at the moment it is made.
// Pure and deterministic: a seeded shuffle and exploration, no clock, no I/O.
import type { ConlluSentence } from "../conllu";
import { PerceptronTrainer, argmax } from "../model/perceptron";
import { FeatureScratch, labelFeatures, moveFeatures } from "./features";
import { ROOT_LABEL, chooseLabel, packParser, type ParserModel } from "./model";
import { projectivize } from "./projectivize";
import { mulberry32, shuffle } from "./rng";
import { Config, LEFT, MOVES, RIGHT, moveCosts } from "./transition";
import { encodeSentence, type EncodedSentence } from "./words";

export interface TrainOptions {
  epochs?: number;
  seed?: number;
  /** probability of following the model's own wrong move (from the second epoch on) */
  explore?: number;
  /** averaged weights below this are dropped when freezing (size against accuracy) */
  minMoveWeight?: number;
  minLabelWeight?: number;
  /** called after each epoch with the frozen model so far (e.g. to print dev scores) */
  onEpoch?: (epoch: number, model: ParserModel, stats: EpochStats) => void;
}

export interface EpochStats {
  sentences: number;
  /** share of move decisions the classifier got right (cost 0) during training */
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

const DEFAULTS = { epochs: 12, seed: 1, explore: 0.9, minMoveWeight: 0, minLabelWeight: 0 };

/** Trains a parser on gold (or predicted) tags and trees and returns the packed model bytes. */
export function trainParser(sentences: readonly ConlluSentence[], options: TrainOptions = {}): Uint8Array {
  const opt = { ...DEFAULTS, ...options };
  const labelNames = labelInventory(sentences);
  const labelId = new Map(labelNames.map((l, i) => [l, i]));
  const examples = sentences.map((s) => toExample(s, labelId)).filter((e): e is Example => e !== null);
  const moves = new PerceptronTrainer(MOVES);
  const labels = new PerceptronTrainer(labelNames.length);
  const rand = mulberry32(opt.seed);
  const order = examples.map((_, i) => i);
  const freeze = (): ParserModel => ({
    moves: moves.freeze(opt.minMoveWeight),
    labels: labels.freeze(opt.minLabelWeight),
    labelNames,
    meta: { epochs: opt.epochs, seed: opt.seed, explore: opt.explore, minMoveWeight: opt.minMoveWeight, minLabelWeight: opt.minLabelWeight, sentences: examples.length },
  });
  let model: ParserModel | null = null;
  for (let epoch = 1; epoch <= opt.epochs; epoch++) {
    shuffle(order, rand);
    const tally = { moves: 0, movesRight: 0, labels: 0, labelsRight: 0 };
    const explore = epoch > 1 ? opt.explore : 0;
    for (const i of order) trainSentence(examples[i], moves, labels, labelNames.length, labelId.get(ROOT_LABEL)!, explore, rand, tally);
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

/** Every relation in the data, most frequent first (ties by name), "root" included. */
function labelInventory(sentences: readonly ConlluSentence[]): string[] {
  const counts = new Map<string, number>([[ROOT_LABEL, 0]]);
  for (const s of sentences) for (const w of s.words) if (w.deprel && w.deprel !== "_") counts.set(w.deprel, (counts.get(w.deprel) ?? 0) + 1);
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

function trainSentence(
  ex: Example,
  moves: PerceptronTrainer,
  labels: PerceptronTrainer,
  nLabels: number,
  rootId: number,
  explore: number,
  rand: () => number,
  tally: { moves: number; movesRight: number; labels: number; labelsRight: number },
): void {
  const { sent, gold, goldLabel } = ex;
  const n = sent.n;
  const c = new Config(n);
  const x = new FeatureScratch();
  const scores = new Float64Array(MOVES);
  const costs = new Float64Array(MOVES);
  const labelScores = new Float64Array(nLabels);
  while (!c.done) {
    moveCosts(c, gold, costs);
    let legalCount = 0;
    for (let k = 0; k < MOVES; k++) if (costs[k] !== Infinity) legalCount++;
    let move: number;
    if (legalCount === 1) {
      move = argmax(costs, MOVES, (k) => costs[k] !== Infinity);
    } else {
      const f = moveFeatures(sent, c, x);
      scores.fill(0);
      moves.score(f.data, f.length, scores);
      const guess = argmax(scores, MOVES, (k) => costs[k] !== Infinity);
      let minCost = Infinity;
      for (let k = 0; k < MOVES; k++) minCost = Math.min(minCost, costs[k]);
      const best = argmax(scores, MOVES, (k) => costs[k] === minCost);
      tally.moves++;
      if (costs[guess] === minCost) {
        tally.movesRight++;
        move = guess;
      } else {
        moves.update(f.data, f.length, best, guess);
        move = explore > 0 && rand() < explore ? guess : best;
      }
      moves.tick();
    }
    let label = -1;
    if (move === LEFT || move === RIGHT) {
      const [h, d] = c.arc(move)!;
      if (h === n) label = rootId;
      else {
        const f = labelFeatures(sent, c, h, d, x);
        labelScores.fill(0);
        labels.score(f.data, f.length, labelScores);
        const guess = argmax(labelScores, nLabels, (k) => k !== rootId);
        label = guess;
        if (gold[d] === h && goldLabel[d] >= 0) {
          tally.labels++;
          if (guess === goldLabel[d]) tally.labelsRight++;
          else labels.update(f.data, f.length, goldLabel[d], guess);
          labels.tick();
          // teacher-forced labels in the first epoch, the classifier's own afterwards
          if (explore === 0) label = goldLabel[d];
        }
      }
    }
    c.apply(move, label);
  }
}

// re-exported so callers need one import
export { chooseLabel };
