// The model file: one binary container holding a JSON header (names, settings,
// label lists) and named typed arrays, each 8-byte aligned so it can be viewed
// in place after loading. Same data in, same bytes out.
//
//   "NGM1" | u32 header length | header JSON (utf-8) | pad | array bytes ...
//   header = { meta, arrays: [{ name, type, offset, length }] }
// A sparse model's arrays in it: src/nlp/model/sparse-file.ts.

export type Typed = Uint8Array | Uint16Array | Uint32Array | Int16Array | Int32Array | Float32Array | Float64Array;
const TYPES = { Uint8Array, Uint16Array, Uint32Array, Int16Array, Int32Array, Float32Array, Float64Array } as const;
type TypeName = keyof typeof TYPES;

const MAGIC = [0x4e, 0x47, 0x4d, 0x31]; // "NGM1"

export class ModelFormatError extends Error {}

export interface Container {
  meta: Record<string, unknown>;
  arrays: Record<string, Typed>;
}

export function pack(container: Container): Uint8Array {
  const entries: { name: string; type: TypeName; offset: number; length: number }[] = [];
  let offset = 0;
  for (const [name, arr] of Object.entries(container.arrays)) {
    offset = align(offset);
    entries.push({ name, type: arr.constructor.name as TypeName, offset, length: arr.length });
    offset += arr.byteLength;
  }
  const header = new TextEncoder().encode(JSON.stringify({ meta: container.meta, arrays: entries }));
  const dataStart = align(8 + header.length);
  const out = new Uint8Array(dataStart + offset);
  out.set(MAGIC, 0);
  new DataView(out.buffer).setUint32(4, header.length, true);
  out.set(header, 8);
  Object.values(container.arrays).forEach((arr, i) => {
    out.set(new Uint8Array(arr.buffer, arr.byteOffset, arr.byteLength), dataStart + entries[i].offset);
  });
  return out;
}

export function unpack(bytes: Uint8Array): Container {
  if (bytes.length < 8 || MAGIC.some((b, i) => bytes[i] !== b))
    throw new ModelFormatError("not a newsgraph model file (bad magic)");
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);
  if (8 + headerLength > bytes.length) throw new ModelFormatError("model file is truncated (header)");
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as {
    meta: Record<string, unknown>;
    arrays: { name: string; type: TypeName; offset: number; length: number }[];
  };
  const dataStart = align(8 + headerLength);
  // copy once into an aligned buffer so every array can be a view
  const data = bytes.slice(dataStart);
  const arrays: Record<string, Typed> = {};
  for (const e of header.arrays) {
    const Type = TYPES[e.type];
    if (!Type) throw new ModelFormatError(`model file has an unknown array type ${e.type}`);
    if (e.offset + e.length * Type.BYTES_PER_ELEMENT > data.length)
      throw new ModelFormatError(`model file is truncated (${e.name})`);
    arrays[e.name] = new Type(data.buffer, data.byteOffset + e.offset, e.length);
  }
  return { meta: header.meta, arrays };
}

function align(n: number): number {
  return (n + 7) & ~7;
}
