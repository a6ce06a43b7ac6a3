// Training the tagger: averaged perceptron, greedy decoding with its own
// predictions as history (so training sees what tagging will see), seeded
// shuffles, a fixed number of epochs. Same sentences and settings, same bytes.
import { pack } from "../model/container";
import { sparseArrays, sparseMeta } from "../model/sparse-file";
import { FeatureBuffer } from "../model/hash";
import { PerceptronTrainer } from "../model/perceptron";
import { pruneSparse } from "../model/prune";
import { normWord } from "../model/shape";
import { seededRandom, shuffled } from "../model/shuffle";
import { dictApplies, taggerContext, taggerFeatures } from "./features";
import type { TaggerModel } from "./index";

export interface TaggedSentence {
  forms: string[];
  upos: string[];
  xpos: string[];
}

export interface TaggerTrainOptions {
  epochs?: number;
  seed?: number;
  /** classes seen fewer times are folded into the commonest class with the same XPOS */
  minClassCount?: number;
  /** the size budget: at most this many features are kept (the heaviest) */
  keepFeatures?: number;
  onEpoch?: (epoch: number, accuracy: number) => void;
}

/** Trains a tagger and returns its model file's bytes (weights as 8-bit codes: src/nlp/model/sparse-file.ts). */
export function trainTagger(sentences: readonly TaggedSentence[], options: TaggerTrainOptions = {}): Uint8Array {
  return packTagger(fitTagger(sentences, options));
}

/**
 * Trains a tagger and returns it as frozen, 16-bit weights and all, before packing: what jackknifing tags with, so the
 * parsers' and recogniser's training tags do not depend on how the file stores weights.
 */
export function fitTagger(sentences: readonly TaggedSentence[], options: TaggerTrainOptions = {}): TaggerModel {
  const { epochs = 8, seed = 1, minClassCount = 3 } = options;
  const { classes, classOf } = classInventory(sentences, minClassCount);
  const tagdict = buildTagdict(sentences, classOf);
  const trainer = new PerceptronTrainer(classes.length);
  const feats = new FeatureBuffer();
  const scores = new Float64Array(classes.length);
  const random = seededRandom(seed);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    let correct = 0;
    let total = 0;
    for (const s of shuffled(sentences, random)) {
      const ctx = taggerContext(s.forms);
      let p1 = "!S1";
      let p2 = "!S2";
      for (let i = 0; i < s.forms.length; i++) {
        const gold = classOf(s.upos[i], s.xpos[i]);
        let guess = tagdict.get(ctx.norms[i]);
        if (guess === undefined || !dictApplies(s.forms[i], classes[guess])) {
          taggerFeatures(ctx, i, p1, p2, feats);
          scores.fill(0);
          trainer.score(feats.data, feats.length, scores);
          guess = 0;
          for (let c = 1; c < scores.length; c++) if (scores[c] > scores[guess]) guess = c;
          trainer.update(feats.data, feats.length, gold, guess);
          trainer.tick();
        }
        if (guess === gold) correct++;
        total++;
        p2 = p1;
        p1 = classes[guess];
      }
    }
    options.onEpoch?.(epoch, correct / total);
  }
  return { classes, weights: pruneSparse(trainer.freeze(), options.keepFeatures ?? Infinity), tagdict };
}

export function packTagger(m: TaggerModel): Uint8Array {
  return pack({
    meta: {
      kind: "tagger",
      classes: m.classes,
      tagdict: [...m.tagdict].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
      weights: sparseMeta(m.weights.data),
    },
    arrays: sparseArrays("weights", m.weights.data),
  });
}

function classInventory(sentences: readonly TaggedSentence[], minCount: number) {
  const counts = new Map<string, number>();
  for (const s of sentences)
    for (let i = 0; i < s.forms.length; i++) {
      const k = `${s.upos[i]} ${s.xpos[i]}`;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  const kept = [...counts].filter(([, n]) => n >= minCount).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const classes = kept.map(([k]) => k);
  const index = new Map(classes.map((k, i) => [k, i]));
  const byXpos = new Map<string, number>();
  classes.forEach((k, i) => {
    const x = k.split(" ")[1];
    if (!byXpos.has(x)) byXpos.set(x, i);
  });
  const classOf = (upos: string, xpos: string) => index.get(`${upos} ${xpos}`) ?? byXpos.get(xpos) ?? 0;
  return { classes, classOf };
}

/** Words seen at least 20 times with one class 99.5% of the time (case-folded, lower-case occurrences only). */
function buildTagdict(
  sentences: readonly TaggedSentence[],
  classOf: (u: string, x: string) => number,
): Map<string, number> {
  const counts = new Map<string, Map<number, number>>();
  for (const s of sentences)
    for (let i = 0; i < s.forms.length; i++) {
      const w = normWord(s.forms[i]);
      let m = counts.get(w);
      if (!m) counts.set(w, (m = new Map()));
      const c = classOf(s.upos[i], s.xpos[i]);
      m.set(c, (m.get(c) ?? 0) + 1);
    }
  const out = new Map<string, number>();
  for (const [w, m] of counts) {
    let total = 0;
    let best = -1;
    let bestN = 0;
    for (const [c, n] of m) {
      total += n;
      if (n > bestN) [best, bestN] = [c, n];
    }
    if (total >= 20 && bestN / total >= 0.995) out.set(w, best);
  }
  return out;
}
