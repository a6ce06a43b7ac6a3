// Feature hashing: a feature is a template id and up to three strings, hashed
// to a signed 32-bit int (FNV-1a over UTF-16 code units, then a murmur3 finaliser) without
// building the concatenated string. Collisions at this size (≤ a few million
// features in 2^32) are rare and harmless to a perceptron.

const OFFSET = 0x811c9dc5;
const PRIME = 0x01000193;

function feed(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, PRIME);
  }
  // separator, so ("ab","c") and ("a","bc") differ
  h ^= 0x1f;
  return Math.imul(h, PRIME);
}

function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0; // signed: V8 keeps small ints unboxed, Uint32 values past 2^31 are heap numbers
}

export function hash1(template: number, a: string): number {
  let h = Math.imul(OFFSET ^ template, PRIME);
  h = feed(h, a);
  return finish(h);
}

export function hash2(template: number, a: string, b: string): number {
  let h = Math.imul(OFFSET ^ template, PRIME);
  h = feed(h, a);
  h = feed(h, b);
  return finish(h);
}

export function hash3(template: number, a: string, b: string, c: string): number {
  let h = Math.imul(OFFSET ^ template, PRIME);
  h = feed(h, a);
  h = feed(h, b);
  h = feed(h, c);
  return finish(h);
}

/** A growable list of feature hashes, reused across calls to avoid allocation. */
export class FeatureBuffer {
  data = new Int32Array(256);
  length = 0;
  clear(): void {
    this.length = 0;
  }
  push(h: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = h;
  }
}
