// The part-of-speech tagger: greedy left-to-right averaged perceptron over
// joint "UPOS XPOS" classes, with a tag dictionary for frequent unambiguous
// words. Pure: a model (from its bytes) and words in, tags out.
import { unpack, ModelFormatError } from "../model/container";
import { sparseFrom, type SparseMeta } from "../model/sparse-file";
import type { SparseModel } from "../model/perceptron";
import { dictApplies, taggerContext } from "./features";
import { TaggerParts } from "./partial";

export interface TaggerModel {
  /** "UPOS XPOS" per class */
  classes: string[];
  weights: SparseModel;
  /** normalised word -> its one class, for frequent unambiguous words */
  tagdict: Map<string, number>;
}

export interface Tags {
  upos: string[];
  xpos: string[];
}

export function loadTagger(bytes: Uint8Array): TaggerModel {
  const c = unpack(bytes);
  if (c.meta.kind !== "tagger") throw new ModelFormatError(`expected a tagger model, found ${String(c.meta.kind)}`);
  const meta = c.meta as {
    classes: string[];
    tagdict: [string, number][];
    weights: SparseMeta;
  };
  return { classes: meta.classes, weights: sparseFrom(c, "weights", meta.weights), tagdict: new Map(meta.tagdict) };
}

const partsOf = new WeakMap<TaggerModel, TaggerParts>();

export function tagSentence(model: TaggerModel, forms: readonly string[]): Tags {
  const ctx = taggerContext(forms);
  let parts = partsOf.get(model);
  if (!parts) partsOf.set(model, (parts = new TaggerParts(model.weights)));
  const scores = new Float64Array(model.classes.length);
  const upos: string[] = [];
  const xpos: string[] = [];
  let p1 = "!S1";
  let p2 = "!S2";
  for (let i = 0; i < forms.length; i++) {
    let cls = model.tagdict.get(ctx.norms[i]) ?? -1;
    if (cls < 0 || !dictApplies(forms[i], model.classes[cls])) {
      scores.fill(0);
      parts.score(ctx, i, p1, p2, scores); // the score of taggerFeatures' features, in cached parts
      cls = 0;
      for (let c = 1; c < scores.length; c++) if (scores[c] > scores[cls]) cls = c;
    }
    const [u, x] = model.classes[cls].split(" ");
    upos.push(u);
    xpos.push(x);
    p2 = p1;
    p1 = model.classes[cls];
  }
  return { upos, xpos };
}
