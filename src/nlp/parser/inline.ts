// The move classifier at parse time: a frozen sparse model re-laid as an
// open-addressing table whose slot holds the key and all (three) weights side
// by side, so scoring a feature touches one cache line instead of four (table,
// offsets, classes, weights). Built at load; the file format is unchanged.
import type { SparseModelData } from "../model/perceptron";

export class InlineModel {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly stride: number;
  readonly nClasses: number;

  constructor(d: SparseModelData) {
    const C = d.nClasses;
    this.nClasses = C;
    this.stride = C + 1;
    let cap = 16;
    while (cap < d.keys.length * 2) cap <<= 1;
    this.mask = cap - 1;
    this.slots = new Int32Array(cap * this.stride);
    for (let f = 0; f < d.keys.length; f++) {
      const key = d.keys[f] | 0;
      if (key === 0) continue; // 0 marks an empty slot; one feature in 2^32 is not missed
      let i = Math.imul(key, 0x9e3779b1) & this.mask;
      while (this.slots[i * this.stride] !== 0) i = (i + 1) & this.mask;
      const base = i * this.stride;
      this.slots[base] = key;
      for (let e = d.offsets[f]; e < d.offsets[f + 1]; e++) this.slots[base + 1 + d.classes[e]] = d.weights[e];
    }
  }

  /** Adds every class's score (quantised units) for the features into `out`. */
  score(features: Int32Array, n: number, out: Float64Array): void {
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
