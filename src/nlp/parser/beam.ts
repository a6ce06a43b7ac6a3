// Beam search over arc-hybrid states (Zhang & Clark 2008, Zhang & Nivre 2011):
// keep the `width` best move sequences so far, scored by the sum of their move
// scores; at each step extend every one of them by each legal move and keep the
// best `width` of the extensions. All parses of a sentence take 2n moves, so the
// items stay in step. Every arc is labelled when it is made, by the scorer's
// label choice (labels are state, not part of the sequence's score). The same
// engine decodes (model.ts) and trains (train-beam.ts): each step is recorded
// (parent, move, label) so training can replay any item's sequence.
import { Config, LEFT, MOVES, RIGHT } from "./transition";

export interface StepScorer {
  /** Writes every move's score in state `c` into `out`; called only where more than one move is legal. */
  scoreMoves(c: Config, out: Float64Array): void;
  /** The label of the arc head → dep that state `c` is about to make. */
  chooseLabel(c: Config, head: number, dep: number): number;
}

const HIST = 3; // parent, move, label

export class Beam {
  /** the items after the last step, best first */
  items: Config[] = [];
  scores: Float64Array;
  size = 0;
  /** steps taken */
  t = 0;
  /** step t, item j: parent index at t − 1, move, label, at ((t * width) + j) * 3 */
  hist = new Int32Array(0);
  private next: Config[] = [];
  private nextScores: Float64Array;
  private init: Config | null = null;
  private readonly candScore: Float64Array;
  private readonly candItem: Int32Array;
  private readonly candMove: Int32Array;
  private readonly order: Int32Array;
  private readonly moveScores = new Float64Array(MOVES);

  constructor(readonly width: number) {
    if (!(width >= 1)) throw new RangeError(`beam width must be at least 1 (got ${width})`);
    this.scores = new Float64Array(width);
    this.nextScores = new Float64Array(width);
    this.candScore = new Float64Array(width * MOVES);
    this.candItem = new Int32Array(width * MOVES);
    this.candMove = new Int32Array(width * MOVES);
    this.order = new Int32Array(width * MOVES);
  }

  /** The initial state of a sentence of n words as the only item. */
  start(n: number): void {
    if (!this.init || this.init.n !== n) {
      this.init = new Config(n);
      this.items = Array.from({ length: this.width }, () => new Config(n));
      this.next = Array.from({ length: this.width }, () => new Config(n));
    }
    if (this.hist.length < 2 * n * this.width * HIST) this.hist = new Int32Array(2 * n * this.width * HIST);
    this.items[0].copyFrom(this.init);
    this.scores[0] = 0;
    this.size = 1;
    this.t = 0;
  }

  get done(): boolean {
    return this.items[0].done;
  }

  /** One move for every item: the best `width` extensions, ties to the better item, then to the lower move. */
  step(scorer: StepScorer): void {
    const { candScore, candItem, candMove, order, moveScores: ms } = this;
    let nc = 0;
    for (let i = 0; i < this.size; i++) {
      const c = this.items[i];
      let legal = 0;
      let only = -1;
      for (let k = 0; k < MOVES; k++) if (c.canDo(k)) (legal++, (only = k));
      if (legal === 1) {
        // a forced move adds nothing: no features are read for it, in training or parsing
        ((candScore[nc] = this.scores[i]), (candItem[nc] = i), (candMove[nc++] = only));
        continue;
      }
      scorer.scoreMoves(c, ms);
      for (let k = 0; k < MOVES; k++)
        if (c.canDo(k)) ((candScore[nc] = this.scores[i] + ms[k]), (candItem[nc] = i), (candMove[nc++] = k));
    }
    // stable insertion sort by score, best first: candidates were listed by item, then move
    for (let a = 0; a < nc; a++) {
      let b = a;
      while (b > 0 && candScore[order[b - 1]] < candScore[a]) ((order[b] = order[b - 1]), b--);
      order[b] = a;
    }
    const kept = Math.min(nc, this.width);
    const base = this.t * this.width * HIST;
    for (let j = 0; j < kept; j++) {
      const o = order[j];
      const p = candItem[o];
      const m = candMove[o];
      const dst = this.next[j];
      dst.copyFrom(this.items[p]);
      let label = -1;
      if (m === LEFT || m === RIGHT) {
        const dep = dst.s(0);
        label = scorer.chooseLabel(dst, m === LEFT ? dst.b : dst.s(1), dep);
      }
      dst.apply(m, label);
      this.nextScores[j] = candScore[o];
      this.hist[base + j * HIST] = p;
      this.hist[base + j * HIST + 1] = m;
      this.hist[base + j * HIST + 2] = label;
    }
    const items = this.items;
    this.items = this.next;
    this.next = items;
    const scores = this.scores;
    this.scores = this.nextScores;
    this.nextScores = scores;
    this.size = kept;
    this.t++;
  }

  /** Runs to the end; the best item is items[0]. */
  run(scorer: StepScorer): Config {
    while (!this.done) this.step(scorer);
    return this.items[0];
  }

  /** The moves and labels of item `j` after step `t` (0-based), from the first step on. */
  trace(t: number, j: number): { moves: Int32Array; labels: Int32Array } {
    const moves = new Int32Array(t + 1);
    const labels = new Int32Array(t + 1);
    for (let s = t; s >= 0; s--) {
      const at = (s * this.width + j) * HIST;
      moves[s] = this.hist[at + 1];
      labels[s] = this.hist[at + 2];
      j = this.hist[at];
    }
    return { moves, labels };
  }

  /** Item index of the move `move` from item `parent` at step t, or -1 when that extension was not kept. */
  childOf(t: number, parent: number, move: number, size: number): number {
    const base = t * this.width * HIST;
    for (let j = 0; j < size; j++)
      if (this.hist[base + j * HIST] === parent && this.hist[base + j * HIST + 1] === move) return j;
    return -1;
  }
}
