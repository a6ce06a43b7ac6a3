// The arc-hybrid transition system (Kuhlmann et al. 2011) with the root at the
// end of the buffer (Ballesteros & Nivre 2013), and its dynamic oracle
// (Goldberg & Nivre 2013): the cost of a move is the number of gold arcs it
// makes unreachable, so training can follow the model's own mistakes.
//
// Words are 0..n-1; the root is n and sits at the buffer's end, never shifted.
//   SHIFT  move b0 onto the stack
//   LEFT   s0 ← b0 (s0 gets head b0, popped)
//   RIGHT  s1 → s0 (s0 gets head s1, popped)
// Single root: once only the root is left in the buffer, the stack is chained by
// RIGHT and its bottom word alone goes to the root by LEFT, so every parse is a
// tree with one root word and every word gets a head.

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export const MOVES = 3;

export class Config {
  readonly n: number;
  readonly stack: Int32Array;
  depth = 0;
  /** front of the buffer; n = only the root is left */
  b = 0;
  readonly head: Int32Array;
  /** label ids; -1 while unattached */
  readonly label: Int32Array;
  /** nearest two left and right children (by position: leftmost, second leftmost, ...); -1 = none */
  readonly l1: Int32Array;
  readonly l2: Int32Array;
  readonly r1: Int32Array;
  readonly r2: Int32Array;
  readonly nLeft: Int32Array;
  readonly nRight: Int32Array;
  /** sets of the labels of the left and right children, one bit per label id (ids ≥ 31 share a bit) */
  readonly leftLabels: Int32Array;
  readonly rightLabels: Int32Array;

  /** every array above is a view of this one buffer, so a state copies in one call (beam search) */
  private readonly buf: Int32Array;

  constructor(n: number) {
    this.n = n;
    const size = n + 1; // the root has children too
    this.buf = new Int32Array(11 * size);
    let at = 0;
    const view = (fill: number) => {
      const v = this.buf.subarray(at, (at += size));
      if (fill) v.fill(fill);
      return v;
    };
    this.stack = view(0);
    this.head = view(-1);
    this.label = view(-1);
    this.l1 = view(-1);
    this.l2 = view(-1);
    this.r1 = view(-1);
    this.r2 = view(-1);
    this.nLeft = view(0);
    this.nRight = view(0);
    this.leftLabels = view(0);
    this.rightLabels = view(0);
  }

  /** Becomes a copy of `o` (a state of a sentence of the same length). */
  copyFrom(o: Config): void {
    this.buf.set(o.buf);
    this.depth = o.depth;
    this.b = o.b;
  }

  get done(): boolean {
    return this.b === this.n && this.depth === 0;
  }

  /** Stack item i from the top (0 = s0), or -1. */
  s(i: number): number {
    return i < this.depth ? this.stack[this.depth - 1 - i] : -1;
  }

  canDo(move: number): boolean {
    const atRoot = this.b === this.n;
    if (move === SHIFT) return !atRoot;
    if (move === LEFT) return this.depth > 0 && (!atRoot || this.depth === 1);
    return this.depth > 1;
  }

  /** The arc a move makes: [head, dependent], or null for SHIFT. */
  arc(move: number): [number, number] | null {
    if (move === LEFT) return [this.b, this.s(0)];
    if (move === RIGHT) return [this.s(1), this.s(0)];
    return null;
  }

  apply(move: number, label: number): void {
    if (move === SHIFT) {
      this.stack[this.depth++] = this.b++;
      return;
    }
    // the arc's ends as arc() gives them, without allocating a pair per move
    const h = move === LEFT ? this.b : this.s(1);
    const d = this.s(0);
    this.depth--;
    this.attach(h, d, label);
  }

  private attach(h: number, d: number, label: number): void {
    this.head[d] = h;
    this.label[d] = label;
    // label ids are ordered by frequency, so the common ones get their own bit
    const bit = 1 << Math.min(Math.max(label, 0), 31);
    if (d < h) {
      // left children arrive from nearest to farthest: the newest is the leftmost
      this.l2[h] = this.l1[h];
      this.l1[h] = d;
      this.nLeft[h]++;
      this.leftLabels[h] |= bit;
    } else {
      // right children arrive from nearest to farthest too: the newest is the rightmost
      this.r2[h] = this.r1[h];
      this.r1[h] = d;
      this.nRight[h]++;
      this.rightLabels[h] |= bit;
    }
  }
}

/**
 * The cost of each move against gold heads (0-based, root = n) under the
 * arc-hybrid dynamic oracle; Infinity for an illegal move. Writes into `out`.
 */
export function moveCosts(c: Config, gold: ArrayLike<number>, out: Float64Array): void {
  const s0 = c.s(0);
  const s1 = c.s(1);
  const b = c.b;
  const n = c.n;
  if (c.canDo(SHIFT)) {
    // b0 loses its dependents on the stack and its head anywhere on the stack below s0
    let cost = 0;
    for (let i = 0; i < c.depth; i++) {
      const k = c.stack[i];
      if (gold[k] === b) cost++;
      if (k !== s0 && gold[b] === k) cost++;
    }
    out[SHIFT] = cost;
  } else out[SHIFT] = Infinity;
  // popping s0 (LEFT or RIGHT) loses its gold dependents still in the buffer (the root is never one)
  let lost = 0;
  if (s0 >= 0) for (let i = b; i < n; i++) if (gold[i] === s0) lost++;
  const h = s0 >= 0 ? gold[s0] : -1;
  // LEFT also loses a head in s1 or further in the buffer; RIGHT a head anywhere in the buffer
  out[LEFT] = c.canDo(LEFT) ? lost + (h !== b && (h === s1 || h > b) ? 1 : 0) : Infinity;
  out[RIGHT] = c.canDo(RIGHT) ? lost + (h !== s1 && h >= b ? 1 : 0) : Infinity;
}

/**
 * The static oracle: the one gold move sequence that beam training follows, from
 * the dynamic oracle's zero-cost moves, making an arc as soon as it costs nothing
 * (LEFT, then RIGHT, before SHIFT). `gold` must be projective; 2n moves.
 */
export function oracleMoves(gold: ArrayLike<number>): Uint8Array {
  const n = gold.length;
  const c = new Config(n);
  const costs = new Float64Array(MOVES);
  const out = new Uint8Array(2 * n);
  for (let t = 0; !c.done; t++) {
    moveCosts(c, gold, costs);
    const move = costs[LEFT] === 0 ? LEFT : costs[RIGHT] === 0 ? RIGHT : costs[SHIFT] === 0 ? SHIFT : -1;
    if (move < 0) throw new Error("oracleMoves: the tree is not projective");
    out[t] = move;
    c.apply(move, 0);
  }
  return out;
}
