// How a frozen sparse model is laid out in a model file, under a name prefix.
//
// Layout 2 (meta.layout = 2), written now:
//   keyVarints  Uint8   the ascending keys as gaps (the first from 0, mod 2^32), LEB128 varints
//   counts      Uint8   each feature's number of entries
//   classes     Uint8/16 each entry's class
//   codebook    Int16   at most 256 weight levels (src/nlp/model/codebook.ts)
//   codes       Uint8   each entry's level
// Layout 1 (no meta.layout), still read: the tagger's and recogniser's keys Int32 + offsets
// Uint32, the parser's keyGaps Uint32 + counts, and weights Int16 in both.
// Either way loading gives the same in-memory SparseModel (Int32 keys, Int16 weights).
import { buildCodebook, decodeWeights, encodeWeights } from "./codebook";
import { ModelFormatError, type Container, type Typed } from "./container";
import { SparseModel, type SparseModelData } from "./perceptron";
import { decodeVarints, encodeVarints } from "./varint";

export const SPARSE_LAYOUT = 2;

export interface SparseMeta {
  nClasses: number;
  scale: number;
  layout?: number;
}

export function sparseMeta(m: SparseModelData): SparseMeta {
  return { nClasses: m.nClasses, scale: m.scale, layout: SPARSE_LAYOUT };
}

/** The arrays of layout 2. Weights become 8-bit codes here, at packing: what is loaded is what the file holds. */
export function sparseArrays(prefix: string, m: SparseModelData): Record<string, Typed> {
  const n = m.keys.length;
  const gaps = new Uint32Array(n);
  const counts = new Uint8Array(n);
  for (let f = 0; f < n; f++) {
    gaps[f] = (m.keys[f] - (f ? m.keys[f - 1] : 0)) >>> 0;
    const count = m.offsets[f + 1] - m.offsets[f];
    if (count > 255) throw new RangeError(`${prefix}: a feature with ${count} entries does not fit a byte`);
    counts[f] = count;
  }
  const codebook = buildCodebook(m.weights);
  return {
    [`${prefix}.keyVarints`]: encodeVarints(gaps),
    [`${prefix}.counts`]: counts,
    [`${prefix}.classes`]: m.classes,
    [`${prefix}.codebook`]: codebook,
    [`${prefix}.codes`]: encodeWeights(m.weights, codebook),
  };
}

/** The sparse model under `prefix`, from either layout. */
export function sparseFrom(c: Container, prefix: string, meta: SparseMeta | undefined): SparseModel {
  if (!meta || typeof meta.nClasses !== "number" || typeof meta.scale !== "number")
    throw new ModelFormatError(`model file lacks the settings of ${prefix}`);
  const layout = meta.layout ?? 1;
  if (layout !== 1 && layout !== SPARSE_LAYOUT)
    throw new ModelFormatError(
      `model file stores ${prefix} in layout ${layout}; this code reads layouts 1 and ${SPARSE_LAYOUT} (update newsgraph or retrain)`,
    );
  const get = <T extends Typed>(k: string) => {
    const a = c.arrays[`${prefix}.${k}`];
    if (!a) throw new ModelFormatError(`model file lacks ${prefix}.${k} (layout ${layout})`);
    return a as T;
  };
  const has = (k: string) => `${prefix}.${k}` in c.arrays;
  const classes = get<Uint8Array | Uint16Array>("classes");
  let keys: Int32Array;
  let offsets: Uint32Array;
  let weights: Int16Array;
  if (layout === SPARSE_LAYOUT) {
    const counts = get<Uint8Array>("counts");
    keys = keysFromGaps(decodeOrFail(get<Uint8Array>("keyVarints"), counts.length, prefix));
    offsets = offsetsFromCounts(counts);
    weights = decodeWeights(get<Uint8Array>("codes"), get<Int16Array>("codebook"));
  } else if (has("keys")) {
    keys = get<Int32Array>("keys");
    offsets = get<Uint32Array>("offsets");
    weights = get<Int16Array>("weights");
  } else {
    const counts = get<Uint8Array>("counts");
    keys = keysFromGaps(get<Uint32Array>("keyGaps"));
    offsets = offsetsFromCounts(counts);
    weights = get<Int16Array>("weights");
  }
  if (
    offsets.length !== keys.length + 1 ||
    offsets[keys.length] !== weights.length ||
    classes.length !== weights.length
  )
    throw new ModelFormatError(`model file is inconsistent (${prefix})`);
  return new SparseModel({ nClasses: meta.nClasses, scale: meta.scale, keys, offsets, classes, weights });
}

function decodeOrFail(bytes: Uint8Array, count: number, prefix: string): Uint32Array {
  try {
    return decodeVarints(bytes, count);
  } catch (e) {
    throw new ModelFormatError(`model file is inconsistent (${prefix}: ${(e as Error).message})`);
  }
}

function keysFromGaps(gaps: Uint32Array): Int32Array {
  const keys = new Int32Array(gaps.length);
  let key = 0;
  for (let f = 0; f < gaps.length; f++) keys[f] = key = (key + gaps[f]) | 0; // wraps mod 2^32 as the gaps were taken
  return keys;
}

function offsetsFromCounts(counts: Uint8Array): Uint32Array {
  const offsets = new Uint32Array(counts.length + 1);
  for (let f = 0; f < counts.length; f++) offsets[f + 1] = offsets[f] + counts[f];
  return offsets;
}
