// An open-addressing hash table from 32-bit feature hashes to row numbers:
// compact typed arrays instead of a Map, so millions of features fit in a few
// dozen MB and lookups stay fast. Key and row share one array (slot i holds
// key at 2i, row + 1 at 2i + 1; 0 = empty) so a lookup touches one cache line:
// at these sizes lookups are bound by memory latency, not arithmetic.

export class FeatureTable {
  private slots: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacityHint = 1 << 16) {
    let cap = 1 << 4;
    while (cap < capacityHint * 2) cap <<= 1;
    this.slots = new Int32Array(cap * 2);
    this.mask = cap - 1;
  }

  /** The row of `key`, or -1. */
  get(key: number): number {
    const k = key | 0;
    const slots = this.slots;
    // Math.imul: a plain * of two 32-bit numbers loses the low bits to floating point
    let i = Math.imul(k, 0x9e3779b1) & this.mask;
    for (;;) {
      const r = slots[2 * i + 1];
      if (r === 0) return -1;
      if (slots[2 * i] === k) return r - 1;
      i = (i + 1) & this.mask;
    }
  }

  /** The row of `key`, adding it as row `this.size` when absent. */
  getOrAdd(key: number): number {
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    const k = key | 0;
    const slots = this.slots;
    let i = Math.imul(k, 0x9e3779b1) & this.mask;
    for (;;) {
      const r = slots[2 * i + 1];
      if (r === 0) {
        slots[2 * i] = k;
        slots[2 * i + 1] = ++this.size;
        return this.size - 1;
      }
      if (slots[2 * i] === k) return r - 1;
      i = (i + 1) & this.mask;
    }
  }

  /** Every (key, row) pair, in row order. */
  entries(): { keys: Int32Array; rows: Int32Array } {
    const keys = new Int32Array(this.size);
    const slots = this.slots;
    for (let i = 0; i <= this.mask; i++) if (slots[2 * i + 1]) keys[slots[2 * i + 1] - 1] = slots[2 * i];
    const rows = new Int32Array(this.size);
    for (let r = 0; r < this.size; r++) rows[r] = r;
    return { keys, rows };
  }

  private grow(): void {
    const old = this.slots;
    const cap = (this.mask + 1) * 2;
    this.slots = new Int32Array(cap * 2);
    this.mask = cap - 1;
    for (let j = 0; j < old.length; j += 2) {
      if (!old[j + 1]) continue;
      let i = Math.imul(old[j], 0x9e3779b1) & this.mask;
      while (this.slots[2 * i + 1]) i = (i + 1) & this.mask;
      this.slots[2 * i] = old[j];
      this.slots[2 * i + 1] = old[j + 1];
    }
  }
}
