// Training the entity recogniser: structured perceptron (Collins 2002) over
// whole sentences — decode with Viterbi, then move weight from the predicted
// classes and transitions to the gold ones where they differ. Seeded shuffles,
// averaged weights, the same bytes for the same data.
import { pack } from "../model/container";
import { sparseArrays, sparseMeta } from "../model/sparse-file";
import { FeatureBuffer } from "../model/hash";
import { PerceptronTrainer } from "../model/perceptron";
import { seededRandom, shuffled } from "../model/shuffle";
import { documentStats, nerContext, nerFeatures, type DocumentStats, type NerSentence } from "./features";
import { gazetteerMarks, type Gazetteer } from "./gazetteer";
import { emissions, transitionFeature, transitionMatrix, viterbi } from "./index";
import { NER_CLASSES, spansToClasses, type EntitySpan } from "./tags";

export interface NerExample extends NerSentence {
  spans: EntitySpan[];
  /** sentences of one document share its statistics */
  document: string;
}

export interface NerTrainOptions {
  epochs?: number;
  seed?: number;
  onEpoch?: (epoch: number, tokenAccuracy: number) => void;
}

export function trainRecogniser(
  examples: readonly NerExample[],
  gaz: Gazetteer,
  options: NerTrainOptions = {},
): Uint8Array {
  const { epochs = 10, seed = 7 } = options;
  const K = NER_CLASSES.length;
  const stats = statsByDocument(examples);
  const trainer = new PerceptronTrainer(K);
  const score = (f: Int32Array, n: number, out: Float64Array) => trainer.score(f, n, out);
  const feats = new FeatureBuffer();
  const tf = new Int32Array(1);
  const random = seededRandom(seed);
  const prepared = examples.map((e) => ({
    e,
    gold: spansToClasses(e.forms.length, e.spans),
    ctx: nerContext(e, gazetteerMarks(gaz, e.forms), stats.get(e.document)!),
  }));
  for (let epoch = 1; epoch <= epochs; epoch++) {
    let correct = 0;
    let total = 0;
    for (const { e, gold, ctx } of shuffled(prepared, random)) {
      const n = e.forms.length;
      const pred = viterbi(emissions(score, ctx), n, transitionMatrix(score));
      for (let i = 0; i < n; i++) {
        total++;
        if (pred[i] === gold[i]) correct++;
        else {
          nerFeatures(ctx, i, feats);
          trainer.update(feats.data, feats.length, gold[i], pred[i]);
        }
        const gp = i ? gold[i - 1] : -1;
        const pp = i ? pred[i - 1] : -1;
        if (gp !== pp || gold[i] !== pred[i]) {
          tf[0] = transitionFeature(gp);
          trainer.add(tf, 1, gold[i], 1);
          tf[0] = transitionFeature(pp);
          trainer.add(tf, 1, pred[i], -1);
        }
      }
      trainer.tick();
    }
    options.onEpoch?.(epoch, correct / total);
  }
  const weights = trainer.freeze();
  return pack({
    meta: { kind: "ner", classes: NER_CLASSES, weights: sparseMeta(weights.data) },
    arrays: sparseArrays("weights", weights.data),
  });
}

function statsByDocument(examples: readonly NerExample[]): Map<string, DocumentStats> {
  const byDoc = new Map<string, NerExample[]>();
  for (const e of examples) {
    const list = byDoc.get(e.document);
    if (list) list.push(e);
    else byDoc.set(e.document, [e]);
  }
  return new Map([...byDoc].map(([d, list]) => [d, documentStats(list)]));
}
