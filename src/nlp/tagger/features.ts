// Features of one word for the part-of-speech tagger (after Collins 2002 and
// Honnibal's averaged-perceptron tagger): the word, its neighbours two each
// side, affixes, shape, and the two tags already chosen to its left.
import { FeatureBuffer, hash1, hash2, hash3 } from "../model/hash";
import { normWord, prefix, shape, suffix } from "../model/shape";

/** Per-sentence views computed once. */
export interface TaggerContext {
  forms: readonly string[];
  norms: string[];
  shapes: string[];
  /** features of each word on its own (affixes, shape, case), cached by form */
  own: Uint32Array[];
}

/** Word-only features by form: words repeat, so most are hashed once per run. Bounded, then cleared. */
const ownCache = new Map<string, Uint32Array>();
const OWN_CACHE_LIMIT = 200_000;

export function taggerContext(forms: readonly string[]): TaggerContext {
  const norms = forms.map(normWord);
  const shapes = forms.map(shape);
  const own = forms.map((f, i) => ownFeatures(f, norms[i], shapes[i]));
  return { forms, norms, shapes, own };
}

function ownFeatures(form: string, w: string, sh: string): Uint32Array {
  const cached = ownCache.get(form);
  if (cached) return cached;
  const out = [
    hash1(0, ""),
    hash1(1, w),
    hash1(2, suffix(w, 1)),
    hash1(3, suffix(w, 2)),
    hash1(4, suffix(w, 3)),
    hash1(5, suffix(w, 4)),
    hash1(6, prefix(w, 1)),
    hash1(7, prefix(w, 3)),
    hash1(8, sh),
  ];
  // the cased form: "United" (a name's word) and "united" (a verb) share every lower-cased feature
  if (form !== w) out.push(hash1(28, form));
  if (form.includes("-")) out.push(hash1(25, "hyphen"));
  if (form.length > 1 && form === form.toUpperCase() && form !== form.toLowerCase()) out.push(hash1(26, "allcaps"));
  const arr = Uint32Array.from(out);
  if (ownCache.size >= OWN_CACHE_LIMIT) ownCache.clear();
  ownCache.set(form, arr);
  return arr;
}

const START = ["!S1", "!S2"];
const END = ["!E1", "!E2"];

function norm(ctx: TaggerContext, i: number): string {
  if (i < 0) return START[-i - 1] ?? "!S";
  if (i >= ctx.norms.length) return END[i - ctx.norms.length] ?? "!E";
  return ctx.norms[i];
}

export function taggerFeatures(ctx: TaggerContext, i: number, p1: string, p2: string, out: FeatureBuffer): void {
  out.clear();
  const w = ctx.norms[i];
  for (const h of ctx.own[i]) out.push(h);
  out.push(hash2(9, ctx.shapes[i], i === 0 ? "first" : "in"));
  out.push(hash1(10, p1));
  out.push(hash1(11, p2));
  out.push(hash2(12, p1, p2));
  out.push(hash2(13, p1, w));
  const wm1 = norm(ctx, i - 1);
  const wp1 = norm(ctx, i + 1);
  out.push(hash1(14, wm1));
  out.push(hash1(15, suffix(wm1, 3)));
  out.push(hash1(16, norm(ctx, i - 2)));
  out.push(hash1(17, wp1));
  out.push(hash1(18, suffix(wp1, 3)));
  out.push(hash1(19, norm(ctx, i + 2)));
  out.push(hash2(20, wm1, w));
  out.push(hash2(21, w, wp1));
  out.push(hash2(22, p1, wp1));
  if (i + 1 < ctx.shapes.length) out.push(hash1(23, ctx.shapes[i + 1]));
  if (i > 0) out.push(hash1(24, ctx.shapes[i - 1]));
  out.push(hash3(27, p1, w, wp1));
  // a capitalised neighbour: names run together ("United Nations", "J. Arlo Penrose")
  if (i + 1 < ctx.forms.length)
    out.push(hash2(29, ctx.shapes[i], ctx.forms[i + 1] === ctx.norms[i + 1] ? "low" : ctx.shapes[i + 1]));
}

/** The tag dictionary is keyed on lower case: a capitalised word whose entry is not a name may be one, so it is scored. */
export function dictApplies(form: string, cls: string): boolean {
  return cls.startsWith("PROPN") || !/^\p{Lu}/u.test(form);
}
