// Unsigned 32-bit numbers as LEB128 varints: 7 bits a byte, high bit set while
// more bytes follow. Small numbers (key gaps) take one to three bytes instead of four.

export function encodeVarints(values: Uint32Array): Uint8Array {
  let n = 0;
  for (let i = 0; i < values.length; i++) n += varintLength(values[i]);
  const out = new Uint8Array(n);
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    let v = values[i];
    while (v >= 0x80) {
      out[at++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    out[at++] = v;
  }
  return out;
}

/** Exactly `count` numbers from the bytes; throws when they run short or are left over. */
export function decodeVarints(bytes: Uint8Array, count: number): Uint32Array {
  const out = new Uint32Array(count);
  const end = bytes.length;
  let at = 0;
  for (let i = 0; i < count; i++) {
    let v = 0;
    let shift = 0;
    let b = 0x80;
    // integer ops only (the fifth byte's bits past 2^32 fall off the shift): this runs once per feature at load
    while (b & 0x80) {
      if (at >= end || shift > 28) throw new RangeError("varints cut short or too long");
      b = bytes[at++];
      v |= (b & 0x7f) << shift;
      shift += 7;
    }
    out[i] = v;
  }
  if (at !== end) throw new RangeError("bytes left after the varints");
  return out;
}

function varintLength(v: number): number {
  let n = 1;
  while (v >= 0x80) {
    v >>>= 7;
    n++;
  }
  return n;
}
