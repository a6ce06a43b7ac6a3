// A sparse model in the file: layout 2 (varint key gaps, 8-bit weight codes) round-trips,
// layout 1 files (written before) still load, and a layout this code does not know is refused.
import { describe, expect, it } from "vitest";
import { CODE_LEVELS, decodeWeights, encodeWeights, logCodebook } from "../../src/nlp/model/codebook";
import { ModelFormatError, pack, unpack } from "../../src/nlp/model/container";
import type { SparseModelData } from "../../src/nlp/model/perceptron";
import { SPARSE_LAYOUT, sparseArrays, sparseFrom, sparseMeta } from "../../src/nlp/model/sparse-file";
import { decodeVarints, encodeVarints } from "../../src/nlp/model/varint";

/** A model with more distinct weights than codes, negative and positive keys, rows of 1-3 entries. */
function toyModel(): SparseModelData {
  const keys = Int32Array.from({ length: 500 }, (_, i) => -2_000_000_000 + i * 8_000_017);
  const offsets = new Uint32Array(keys.length + 1);
  const classes: number[] = [];
  const weights: number[] = [];
  keys.forEach((_, f) => {
    for (let c = 0; c <= f % 3; c++) {
      classes.push(c);
      weights.push(((f * 7919 + c * 104729) % 65535) - 32767 || 1);
    }
    offsets[f + 1] = classes.length;
  });
  return {
    nClasses: 3,
    scale: 0.01,
    keys,
    offsets,
    classes: Uint8Array.from(classes),
    weights: Int16Array.from(weights),
  };
}

describe("varints", () => {
  it("round-trip 32-bit numbers and refuse bytes cut short", () => {
    const values = Uint32Array.of(0, 1, 127, 128, 16_383, 16_384, 2 ** 31, 2 ** 32 - 1);
    const bytes = encodeVarints(values);
    expect(bytes.length).toBe(1 + 1 + 1 + 2 + 2 + 3 + 5 + 5);
    expect(Array.from(decodeVarints(bytes, values.length))).toEqual(Array.from(values));
    expect(() => decodeVarints(bytes.subarray(0, bytes.length - 1), values.length)).toThrow(RangeError);
    expect(() => decodeVarints(bytes, values.length - 1)).toThrow(RangeError);
  });
});

describe("the weight codebook", () => {
  it("has 256 ascending levels from -32767 to 32767 and keeps every weight to within 4.5%", () => {
    const levels = logCodebook();
    expect(levels.length).toBe(CODE_LEVELS);
    for (let i = 1; i < levels.length; i++) expect(levels[i]).toBeGreaterThan(levels[i - 1]);
    expect([levels[0], levels[255]]).toEqual([-32767, 32767]);
    const all = Int16Array.from({ length: 65535 }, (_, i) => i - 32767).filter((w) => w !== 0);
    const back = decodeWeights(encodeWeights(all, levels), levels);
    let worst = 0;
    all.forEach((w, i) => (worst = Math.max(worst, Math.abs(back[i] - w) / Math.abs(w))));
    expect(worst).toBeLessThan(0.045);
  });
});

describe("sparse models in the file", () => {
  it("round-trip in layout 2: keys, rows and classes exactly, weights to their level", () => {
    const m = toyModel();
    const bytes = pack({ meta: { w: sparseMeta(m) }, arrays: sparseArrays("w", m) });
    const c = unpack(bytes);
    expect((c.meta.w as { layout: number }).layout).toBe(SPARSE_LAYOUT);
    const back = sparseFrom(c, "w", c.meta.w as never).data;
    expect(Array.from(back.keys)).toEqual(Array.from(m.keys));
    expect(Array.from(back.offsets)).toEqual(Array.from(m.offsets));
    expect(Array.from(back.classes)).toEqual(Array.from(m.classes));
    m.weights.forEach((w, i) => expect(Math.abs(back.weights[i] - w)).toBeLessThanOrEqual(0.045 * Math.abs(w)));
    // the same model packs to the same bytes
    expect(Buffer.from(pack({ meta: { w: sparseMeta(m) }, arrays: sparseArrays("w", m) })).equals(bytes)).toBe(true);
  });

  it("still read layout 1: keys + offsets (tagger, recogniser) and key gaps + counts (parser), 16-bit weights", () => {
    const m = toyModel();
    const meta = { w: { nClasses: m.nClasses, scale: m.scale } };
    const plain = unpack(
      pack({
        meta,
        arrays: { "w.keys": m.keys, "w.offsets": m.offsets, "w.classes": m.classes, "w.weights": m.weights },
      }),
    );
    const gaps = Uint32Array.from(m.keys, (k, f) => (k - (f ? m.keys[f - 1] : 0)) >>> 0);
    const counts = Uint8Array.from(m.keys, (_, f) => m.offsets[f + 1] - m.offsets[f]);
    const compact = unpack(
      pack({ meta, arrays: { "w.keyGaps": gaps, "w.counts": counts, "w.classes": m.classes, "w.weights": m.weights } }),
    );
    for (const c of [plain, compact]) {
      const back = sparseFrom(c, "w", meta.w).data;
      expect(Array.from(back.keys)).toEqual(Array.from(m.keys));
      expect(Array.from(back.offsets)).toEqual(Array.from(m.offsets));
      expect(Array.from(back.weights)).toEqual(Array.from(m.weights));
    }
  });

  it("refuses an unknown layout, a missing array and inconsistent counts with a ModelFormatError", () => {
    const m = toyModel();
    const arrays = sparseArrays("w", m);
    const c = unpack(pack({ meta: {}, arrays }));
    expect(() => sparseFrom(c, "w", { ...sparseMeta(m), layout: 3 })).toThrow(/layout 3.*reads layouts 1 and 2/);
    const { ["w.codes"]: _codes, ...rest } = arrays;
    expect(() => sparseFrom(unpack(pack({ meta: {}, arrays: rest })), "w", sparseMeta(m))).toThrow(ModelFormatError);
    const short = { ...arrays, "w.counts": (arrays["w.counts"] as Uint8Array).subarray(1) };
    expect(() => sparseFrom(unpack(pack({ meta: {}, arrays: short })), "w", sparseMeta(m))).toThrow(ModelFormatError);
  });
});
