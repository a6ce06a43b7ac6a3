// The move classifier at parse time: a frozen sparse model re-laid as an
// open-addressing table whose slot holds the key and the weights side by side,
// so scoring a feature touches one cache line instead of four (table, offsets,
// classes, weights). Built at load; the file format is unchanged.
//
// The table (300k features) is far larger than the cache, so its size is the
// cost: with three classes and few weight levels (8-bit codes give at most 256),
// a slot is 8 bytes — the key, then the three weights' level numbers, 10 bits
// each — instead of 16. Scores are sums of the same integers either way.
import type { SparseModelData } from "../model/perceptron";

/** bits per level number in a packed slot: room for 1024 levels, 0 among them */
const LEVEL_BITS = 10;
const LEVEL_MASK = (1 << LEVEL_BITS) - 1;

export class InlineModel {
  /** wide layout: slot i holds the key at i·(C+1) and class c's weight at i·(C+1)+1+c */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly stride: number;
  /** packed layout (three classes): slot i holds the key at 2i and the level numbers at 2i+1; null when wide */
  private readonly packed: Int32Array | null;
  /** the weight of each level number */
  private readonly levels: Int32Array;
  readonly nClasses: number;

  constructor(d: SparseModelData) {
    const C = d.nClasses;
    this.nClasses = C;
    this.stride = C + 1;
    let cap = 16;
    while (cap < d.keys.length * 2) cap <<= 1;
    this.mask = cap - 1;
    const levels = C === 3 ? weightLevels(d.weights) : null;
    this.levels = levels ?? new Int32Array(0);
    this.packed = levels ? packedTable(d, cap, levels) : null;
    this.slots = levels ? new Int32Array(0) : wideTable(d, cap);
  }

  /** Adds every class's score (quantised units) for the features into `out`. */
  score(features: Int32Array, n: number, out: Float64Array): void {
    if (this.packed) this.scorePacked(this.packed, features, n, out);
    else this.scoreWide(features, n, out);
  }

  /** Three classes summed in locals (no store to `out` per feature), from 8-byte slots. */
  private scorePacked(slots: Int32Array, features: Int32Array, n: number, out: Float64Array): void {
    const { mask, levels } = this;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    for (let j = 0; j < n; j++) {
      const key = features[j] | 0;
      if (key === 0) continue;
      let i = Math.imul(key, 0x9e3779b1) & mask;
      for (;;) {
        const k = slots[2 * i];
        if (k === key) {
          const p = slots[2 * i + 1];
          s0 += levels[p & LEVEL_MASK];
          s1 += levels[(p >> LEVEL_BITS) & LEVEL_MASK];
          s2 += levels[p >> (2 * LEVEL_BITS)];
          break;
        }
        if (k === 0) break;
        i = (i + 1) & mask;
      }
    }
    out[0] += s0;
    out[1] += s1;
    out[2] += s2;
  }

  private scoreWide(features: Int32Array, n: number, out: Float64Array): void {
    const { slots, mask, stride } = this;
    const C = this.nClasses;
    for (let j = 0; j < n; j++) {
      const key = features[j] | 0;
      if (key === 0) continue;
      let i = Math.imul(key, 0x9e3779b1) & mask;
      for (;;) {
        const base = i * stride;
        const k = slots[base];
        if (k === key) {
          for (let c = 0; c < C; c++) out[c] += slots[base + 1 + c];
          break;
        }
        if (k === 0) break;
        i = (i + 1) & mask;
      }
    }
  }
}

/** Key and every class's weight per slot; 0 marks an empty slot (one feature in 2^32 is not missed). */
function wideTable(d: SparseModelData, cap: number): Int32Array {
  const stride = d.nClasses + 1;
  const mask = cap - 1;
  const slots = new Int32Array(cap * stride);
  for (let f = 0; f < d.keys.length; f++) {
    const key = d.keys[f] | 0;
    if (key === 0) continue;
    let i = Math.imul(key, 0x9e3779b1) & mask;
    while (slots[i * stride] !== 0) i = (i + 1) & mask;
    const base = i * stride;
    slots[base] = key;
    for (let e = d.offsets[f]; e < d.offsets[f + 1]; e++) slots[base + 1 + d.classes[e]] = d.weights[e];
  }
  return slots;
}

/** The distinct weights and 0 (a class a feature has no entry for), ascending; null when too many for LEVEL_BITS. */
export function weightLevels(weights: Int16Array): Int32Array | null {
  const seen = new Uint8Array(1 << 16);
  seen[32768] = 1;
  let count = 1;
  for (let e = 0; e < weights.length; e++) {
    const i = weights[e] + 32768;
    if (seen[i]) continue;
    seen[i] = 1;
    if (++count > 1 << LEVEL_BITS) return null;
  }
  const levels = new Int32Array(count);
  for (let i = 0, k = 0; i < seen.length; i++) if (seen[i]) levels[k++] = i - 32768;
  return levels;
}

/** Key and the three classes' level numbers per slot; 0 marks an empty slot, as in wideTable. */
function packedTable(d: SparseModelData, cap: number, levels: Int32Array): Int32Array {
  // the level number of each 16-bit weight, indexed by weight + 32768
  const level = new Int32Array(1 << 16);
  levels.forEach((v, i) => (level[v + 32768] = i));
  const zero = level[32768];
  const mask = cap - 1;
  const slots = new Int32Array(cap * 2);
  for (let f = 0; f < d.keys.length; f++) {
    const key = d.keys[f] | 0;
    if (key === 0) continue;
    let i = Math.imul(key, 0x9e3779b1) & mask;
    while (slots[2 * i] !== 0) i = (i + 1) & mask;
    const byClass = [zero, zero, zero];
    for (let e = d.offsets[f]; e < d.offsets[f + 1]; e++) byClass[d.classes[e]] = level[d.weights[e] + 32768];
    slots[2 * i] = key;
    slots[2 * i + 1] = byClass[0] | (byClass[1] << LEVEL_BITS) | (byClass[2] << (2 * LEVEL_BITS));
  }
  return slots;
}
