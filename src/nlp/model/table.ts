// An open-addressing hash table from 32-bit feature hashes to row numbers:
// Keys are already well-mixed hashes (murmur finaliser), so their low bits index the table directly.
// compact typed arrays instead of a Map, so millions of features fit in a few
// dozen MB and lookups stay fast.

export class FeatureTable {
  private keys: Int32Array;
  private rows: Int32Array; // row + 1; 0 = empty slot
  private mask: number;
  size = 0;

  constructor(capacityHint = 1 << 16) {
    let cap = 1 << 4;
    while (cap < capacityHint * 2) cap <<= 1;
    this.keys = new Int32Array(cap);
    this.rows = new Int32Array(cap);
    this.mask = cap - 1;
  }

  /** The row of `key`, or -1. */
  get(key: number): number {
    let i = key & this.mask;
    for (;;) {
      const r = this.rows[i];
      if (r === 0) return -1;
      if (this.keys[i] === key) return r - 1;
      i = (i + 1) & this.mask;
    }
  }

  /** The row of `key`, adding it as row `this.size` when absent. */
  getOrAdd(key: number): number {
    if ((this.size + 1) * 2 > this.rows.length) this.grow();
    let i = key & this.mask;
    for (;;) {
      const r = this.rows[i];
      if (r === 0) {
        this.keys[i] = key;
        this.rows[i] = ++this.size;
        return this.size - 1;
      }
      if (this.keys[i] === key) return r - 1;
      i = (i + 1) & this.mask;
    }
  }

  /** Every (key, row) pair, in row order. */
  entries(): { keys: Int32Array; rows: Int32Array } {
    const keys = new Int32Array(this.size);
    for (let i = 0; i < this.rows.length; i++) if (this.rows[i]) keys[this.rows[i] - 1] = this.keys[i];
    const rows = new Int32Array(this.size);
    for (let r = 0; r < this.size; r++) rows[r] = r;
    return { keys, rows };
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldRows = this.rows;
    const cap = oldRows.length * 2;
    this.keys = new Int32Array(cap);
    this.rows = new Int32Array(cap);
    this.mask = cap - 1;
    for (let j = 0; j < oldRows.length; j++) {
      const r = oldRows[j];
      if (!r) continue;
      let i = oldKeys[j] & this.mask;
      while (this.rows[i]) i = (i + 1) & this.mask;
      this.keys[i] = oldKeys[j];
      this.rows[i] = r;
    }
  }
}
