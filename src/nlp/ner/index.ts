// The entity recogniser: BILOU sequence labelling with a structured averaged
// perceptron (emission features per word, a learned transition matrix) and
// Viterbi decoding restricted to well-formed spans.
import { ModelFormatError, unpack } from "../model/container";
import { sparseFrom, type SparseMeta } from "../model/sparse-file";
import { FeatureBuffer, hash1 } from "../model/hash";
import type { SparseModel } from "../model/perceptron";
import { nerContext, nerFeatures, type DocumentStats, type NerContext, type NerSentence } from "./features";
import { gazetteerMarks, type Gazetteer } from "./gazetteer";
import { allowed, classesToSpans, NER_CLASSES, type EntitySpan } from "./tags";

export interface NerModel {
  weights: SparseModel;
  /** [prev + 1][cur]: prev = -1 is the sentence start; row 0 */
  transitions: Float64Array;
}

const K = NER_CLASSES.length;

/** The transition feature for "previous class is `prev`" (-1: start, K: scored at the end). */
export const transitionFeature = (prev: number) => hash1(99, String(prev));

export function transitionMatrix(score: (features: Int32Array, n: number, out: Float64Array) => void): Float64Array {
  const m = new Float64Array((K + 1) * K);
  const f = new Int32Array(1);
  const row = new Float64Array(K);
  for (let p = -1; p < K; p++) {
    f[0] = transitionFeature(p);
    row.fill(0);
    score(f, 1, row);
    m.set(row, (p + 1) * K);
  }
  return m;
}

export function loadRecogniser(bytes: Uint8Array): NerModel {
  const c = unpack(bytes);
  if (c.meta.kind !== "ner")
    throw new ModelFormatError(`expected an entity recogniser model, found ${String(c.meta.kind)}`);
  const meta = c.meta as { classes: string[]; weights: SparseMeta };
  if (meta.classes.join() !== NER_CLASSES.join())
    throw new ModelFormatError("entity recogniser model has other classes than this code");
  const weights = sparseFrom(c, "weights", meta.weights);
  return { weights, transitions: transitionMatrix((f, n, out) => weights.score(f, n, out)) };
}

/** Emission scores, n × K. */
export function emissions(
  score: (features: Int32Array, n: number, out: Float64Array) => void,
  ctx: NerContext,
): Float64Array {
  const n = ctx.s.forms.length;
  const feats = new FeatureBuffer();
  const out = new Float64Array(n * K);
  const row = new Float64Array(K);
  for (let i = 0; i < n; i++) {
    nerFeatures(ctx, i, feats);
    row.fill(0);
    score(feats.data, feats.length, row);
    out.set(row, i * K);
  }
  return out;
}

/** The best well-formed class sequence. */
export function viterbi(em: Float64Array, n: number, trans: Float64Array): number[] {
  if (n === 0) return [];
  const best = new Float64Array(n * K).fill(-Infinity);
  const back = new Int32Array(n * K).fill(-1);
  for (let c = 0; c < K; c++) if (allowed(-1, c)) best[c] = em[c] + trans[c];
  for (let i = 1; i < n; i++) {
    for (let c = 0; c < K; c++) {
      let b = -Infinity;
      let arg = -1;
      for (let p = 0; p < K; p++) {
        const prev = best[(i - 1) * K + p];
        if (prev === -Infinity || !allowed(p, c)) continue;
        const v = prev + trans[(p + 1) * K + c];
        if (v > b) [b, arg] = [v, p];
      }
      if (arg >= 0) {
        best[i * K + c] = b + em[i * K + c];
        back[i * K + c] = arg;
      }
    }
  }
  let last = -1;
  let lastScore = -Infinity;
  for (let c = 0; c < K; c++) {
    const v = best[(n - 1) * K + c];
    if (v > lastScore && allowed(c, -1)) [last, lastScore] = [c, v];
  }
  const out = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    out[i] = last;
    last = back[i * K + last];
  }
  return out;
}

export function recogniseSentence(model: NerModel, s: NerSentence, gaz: Gazetteer, stats: DocumentStats): EntitySpan[] {
  const ctx = nerContext(s, gazetteerMarks(gaz, s.forms), stats);
  const em = emissions((f, n, out) => model.weights.score(f, n, out), ctx);
  return classesToSpans(viterbi(em, s.forms.length, model.transitions));
}
