// The averaged perceptron (Collins 2002) over hashed features, as trained
// taggers, parsers and recognisers use it: a trainer with dense rows per
// feature and lazy averaging (Daumé's trick: keep w and the sum of c·Δ, the
// average is w − Σ/c), frozen into a sparse, quantised model that scores fast
// and stores small. Deterministic: no randomness here.
import { FeatureTable } from "./table";

export class PerceptronTrainer {
  readonly nClasses: number;
  private table = new FeatureTable(1 << 18);
  private w: Float32Array;
  private acc: Float64Array;
  /** updates made so far + 1: the averaging clock */
  private clock = 1;

  constructor(nClasses: number) {
    this.nClasses = nClasses;
    this.w = new Float32Array(nClasses * (1 << 16));
    this.acc = new Float64Array(nClasses * (1 << 16));
  }

  get features(): number {
    return this.table.size;
  }

  /** Adds every class's score for the features into `out` (not cleared). */
  score(features: Int32Array, n: number, out: Float64Array): void {
    const C = this.nClasses;
    const w = this.w;
    for (let i = 0; i < n; i++) {
      const row = this.table.get(features[i]);
      if (row < 0) continue;
      const base = row * C;
      for (let c = 0; c < C; c++) out[c] += w[base + c];
    }
  }

  /** Like score, but only for the listed classes (the rest of `out` is left alone): cheap when few classes are possible. */
  scoreClasses(features: Int32Array, n: number, classes: ArrayLike<number>, out: Float64Array): void {
    const C = this.nClasses;
    const w = this.w;
    const k = classes.length;
    for (let i = 0; i < n; i++) {
      const row = this.table.get(features[i]);
      if (row < 0) continue;
      const base = row * C;
      for (let j = 0; j < k; j++) out[classes[j]] += w[base + classes[j]];
    }
  }

  /** One example seen: advance the averaging clock (call once per decision, updated or not). */
  tick(): void {
    this.clock++;
  }

  /** Moves weight from `guess` to `truth` on these features, by `amount`. */
  update(features: Int32Array, n: number, truth: number, guess: number, amount = 1): void {
    if (truth === guess) return;
    const C = this.nClasses;
    const t = this.clock;
    for (let i = 0; i < n; i++) {
      const row = this.rowOf(features[i]);
      const base = row * C;
      this.w[base + truth] += amount;
      this.acc[base + truth] += t * amount;
      this.w[base + guess] -= amount;
      this.acc[base + guess] -= t * amount;
    }
  }

  /** Adds `amount` to one class's weight on these features (structured updates). */
  add(features: Int32Array, n: number, cls: number, amount: number): void {
    const C = this.nClasses;
    const t = this.clock;
    for (let i = 0; i < n; i++) {
      const base = this.rowOf(features[i]) * C;
      this.w[base + cls] += amount;
      this.acc[base + cls] += t * amount;
    }
  }

  private rowOf(key: number): number {
    const row = this.table.getOrAdd(key);
    const need = (row + 1) * this.nClasses;
    if (need > this.w.length) {
      const w = new Float32Array(this.w.length * 2);
      w.set(this.w);
      this.w = w;
      const acc = new Float64Array(this.acc.length * 2);
      acc.set(this.acc);
      this.acc = acc;
    }
    return row;
  }

  /**
   * The averaged weights, pruned (|w| < minWeight dropped) and quantised to int16
   * against the largest weight, as a sparse model. Rows are written sorted by key,
   * so the same training gives the same bytes.
   */
  freeze(minWeight = 1e-3): SparseModel {
    const C = this.nClasses;
    const { keys } = this.table.entries();
    const order = Array.from(keys.keys()).sort((a, b) => keys[a] - keys[b]);
    const avg = (row: number, c: number) => this.w[row * C + c] - this.acc[row * C + c] / this.clock;
    let max = 0;
    for (let r = 0; r < keys.length; r++) for (let c = 0; c < C; c++) max = Math.max(max, Math.abs(avg(r, c)));
    const scale = max > 0 ? max / 32767 : 1;
    const outKeys: number[] = [];
    const offsets: number[] = [0];
    const classes: number[] = [];
    const weights: number[] = [];
    for (const r of order) {
      const start = classes.length;
      for (let c = 0; c < C; c++) {
        const v = avg(r, c);
        if (Math.abs(v) < minWeight) continue;
        const q = Math.round(v / scale);
        if (q === 0) continue;
        classes.push(c);
        weights.push(q);
      }
      if (classes.length > start) {
        outKeys.push(keys[r]);
        offsets.push(classes.length);
      }
    }
    return new SparseModel({
      nClasses: C,
      scale,
      keys: Int32Array.from(outKeys),
      offsets: Uint32Array.from(offsets),
      classes: C <= 256 ? Uint8Array.from(classes) : Uint16Array.from(classes),
      weights: Int16Array.from(weights),
    });
  }
}

export interface SparseModelData {
  nClasses: number;
  /** a quantised weight times `scale` is the real weight */
  scale: number;
  /** feature hashes, ascending */
  keys: Int32Array;
  /** entries of feature i are offsets[i] .. offsets[i+1] */
  offsets: Uint32Array;
  classes: Uint8Array | Uint16Array;
  weights: Int16Array;
}

/**
 * A frozen perceptron: sparse quantised rows. For scoring, each feature's row is
 * re-laid at load as one block — its length, then (class << 16 | weight) per entry —
 * reached from an open-addressing table whose slot holds the key beside the block's
 * start: two memory accesses per feature instead of four (table, offsets, classes,
 * weights). Lookups at these sizes are bound by memory latency, not arithmetic.
 */
export class SparseModel {
  readonly data: SparseModelData;
  /** slot i: key at 2i, block start + 1 at 2i + 1 (0 = empty) */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly blocks: Int32Array;

  constructor(data: SparseModelData) {
    this.data = data;
    const { keys, offsets, classes, weights } = data;
    let cap = 16;
    while (cap < keys.length * 2) cap <<= 1;
    this.mask = cap - 1;
    this.slots = new Int32Array(cap * 2);
    this.blocks = new Int32Array(keys.length + weights.length);
    let at = 0;
    for (let f = 0; f < keys.length; f++) {
      const k = keys[f] | 0;
      let i = Math.imul(k, 0x9e3779b1) & this.mask;
      while (this.slots[2 * i + 1] !== 0 && this.slots[2 * i] !== k) i = (i + 1) & this.mask;
      if (this.slots[2 * i + 1] !== 0) continue; // a repeated key: the first row wins, as a table lookup did
      this.slots[2 * i] = k;
      this.slots[2 * i + 1] = at + 1;
      this.blocks[at++] = offsets[f + 1] - offsets[f];
      for (let e = offsets[f]; e < offsets[f + 1]; e++) this.blocks[at++] = (classes[e] << 16) | (weights[e] & 0xffff);
    }
  }

  get nClasses(): number {
    return this.data.nClasses;
  }

  /** Adds every class's score (in quantised units; multiply by data.scale for real ones) into `out`. */
  score(features: Int32Array, n: number, out: Float64Array): void {
    const { slots, mask, blocks } = this;
    for (let j = 0; j < n; j++) {
      const k = features[j] | 0;
      let i = Math.imul(k, 0x9e3779b1) & mask;
      for (;;) {
        const start = slots[2 * i + 1];
        if (start === 0) break;
        if (slots[2 * i] === k) {
          const end = start + blocks[start - 1];
          for (let e = start; e < end; e++) {
            const v = blocks[e];
            out[v >>> 16] += (v << 16) >> 16;
          }
          break;
        }
        i = (i + 1) & mask;
      }
    }
  }
}

/** Index of the largest score among the allowed classes (all when `allowed` is absent); ties go to the lowest index. */
export function argmax(scores: Float64Array, n: number, allowed?: (c: number) => boolean): number {
  let best = -1;
  let bestScore = -Infinity;
  for (let c = 0; c < n; c++) {
    if (allowed && !allowed(c)) continue;
    if (scores[c] > bestScore) {
      bestScore = scores[c];
      best = c;
    }
  }
  return best;
}
