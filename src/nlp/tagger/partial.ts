// The tagger's scores in parts, for speed: of a word's features (features.ts), those that
// read one word only — its own (affixes, shape, case), or a neighbour's as that neighbour
// (the word before: its form, suffix and shape; two before: its form; after and two after
// likewise) — score the same every time that word stands there, so their score vectors are
// summed once per form and role and kept; the two tags before are one more part. Only the
// features that combine two of these (the tag before with the word, the word with its
// neighbours, ...) are looked up per word.
//
// Exact: a score is a sum of integer weights, and the parts hold the same features once
// each, so their sum is the score taggerFeatures' features give (test/nlp/tagger-parts.test.ts).
import { FeatureBuffer, hash1, hash2, hash3 } from "../model/hash";
import type { SparseModel } from "../model/perceptron";
import { suffix } from "../model/shape";
import type { TaggerContext } from "./features";

/** Forms kept per role before a cache is cleared: bounds memory (a vector is 4 bytes per class). */
const CACHE_LIMIT = 20_000;

/** The features a word contributes from where it stands relative to the word being tagged. */
const ROLES = {
  /** the word itself: its own features (ctx.own) */
  self: (ctx: TaggerContext, j: number) => ctx.own[j],
  before: (ctx: TaggerContext, j: number) => [
    hash1(14, ctx.norms[j]),
    hash1(15, suffix(ctx.norms[j], 3)),
    hash1(24, ctx.shapes[j]),
  ],
  twoBefore: (ctx: TaggerContext, j: number) => [hash1(16, ctx.norms[j])],
  after: (ctx: TaggerContext, j: number) => [
    hash1(17, ctx.norms[j]),
    hash1(18, suffix(ctx.norms[j], 3)),
    hash1(23, ctx.shapes[j]),
  ],
  twoAfter: (ctx: TaggerContext, j: number) => [hash1(19, ctx.norms[j])],
};
type Role = keyof typeof ROLES;

/** Score vectors by form for each role, and by the two tags before; one per loaded model. */
export class TaggerParts {
  private readonly byRole = new Map<Role, Map<string, Int32Array>>();
  private readonly byTags = new Map<string, Int32Array>();
  private readonly scratch = new FeatureBuffer();

  constructor(private readonly weights: SparseModel) {
    for (const role of Object.keys(ROLES) as Role[]) this.byRole.set(role, new Map());
  }

  /**
   * Adds the score of every feature of word i (given the two tags before it) into `out`:
   * the cached parts, then the features that combine words, looked up now.
   */
  score(ctx: TaggerContext, i: number, p1: string, p2: string, out: Float64Array): void {
    const n = ctx.forms.length;
    const f = this.scratch;
    f.clear();
    this.add(out, "self", ctx, i);
    if (i > 0) this.add(out, "before", ctx, i - 1);
    else (f.push(hash1(14, "!S1")), f.push(hash1(15, suffix("!S1", 3))));
    if (i > 1) this.add(out, "twoBefore", ctx, i - 2);
    else f.push(hash1(16, i === 1 ? "!S1" : "!S2"));
    if (i + 1 < n) this.add(out, "after", ctx, i + 1);
    else (f.push(hash1(17, "!E1")), f.push(hash1(18, suffix("!E1", 3))));
    if (i + 2 < n) this.add(out, "twoAfter", ctx, i + 2);
    else f.push(hash1(19, i + 1 < n ? "!E1" : "!E2"));
    addVector(out, this.tagsVector(p1, p2));
    combinedFeatures(ctx, i, p1, f);
    this.weights.score(f.data, f.length, out);
  }

  private add(out: Float64Array, role: Role, ctx: TaggerContext, j: number): void {
    const cache = this.byRole.get(role)!;
    const form = ctx.forms[j];
    let v = cache.get(form);
    if (!v) {
      v = this.vectorOf(ROLES[role](ctx, j));
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(form, v);
    }
    addVector(out, v);
  }

  private tagsVector(p1: string, p2: string): Int32Array {
    const key = `${p1}\t${p2}`;
    let v = this.byTags.get(key);
    if (!v) this.byTags.set(key, (v = this.vectorOf([hash1(10, p1), hash1(11, p2), hash2(12, p1, p2)])));
    return v;
  }

  /** Int32, half the memory of the scores: a part's sum of a dozen 16-bit weights fits */
  private vectorOf(features: ArrayLike<number>): Int32Array {
    const v = new Float64Array(this.weights.nClasses);
    this.weights.score(Int32Array.from(features), features.length, v);
    return Int32Array.from(v);
  }
}

function addVector(out: Float64Array, v: Int32Array): void {
  for (let c = 0; c < v.length; c++) out[c] += v[c];
}

/** The features of word i that read two words or a word and a tag (taggerFeatures' others). */
function combinedFeatures(ctx: TaggerContext, i: number, p1: string, out: FeatureBuffer): void {
  const n = ctx.forms.length;
  const w = ctx.norms[i];
  const wm1 = i > 0 ? ctx.norms[i - 1] : "!S1";
  const wp1 = i + 1 < n ? ctx.norms[i + 1] : "!E1";
  out.push(hash2(9, ctx.shapes[i], i === 0 ? "first" : "in"));
  out.push(hash2(13, p1, w));
  out.push(hash2(20, wm1, w));
  out.push(hash2(21, w, wp1));
  out.push(hash2(22, p1, wp1));
  out.push(hash3(27, p1, w, wp1));
  if (i + 1 < n) out.push(hash2(29, ctx.shapes[i], ctx.forms[i + 1] === ctx.norms[i + 1] ? "low" : ctx.shapes[i + 1]));
}
