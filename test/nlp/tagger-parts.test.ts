// The tagger scores a word from cached parts (src/nlp/tagger/partial.ts) for speed: the sum of
// the parts must be exactly the score of the word's features as taggerFeatures lists them
// (what the model was trained on), at every position, sentence edges included.
import { describe, expect, it } from "vitest";
import { readModelBytes } from "../../src/models/node";
import { FeatureBuffer } from "../../src/nlp/model/hash";
import { taggerContext, taggerFeatures } from "../../src/nlp/tagger/features";
import { loadTagger } from "../../src/nlp/tagger/index";
import { TaggerParts } from "../../src/nlp/tagger/partial";

const SENTENCES = [
  "The new mayor of Springfield said on Monday that the bridge would reopen in 2027 .",
  "Shares of Acme Corp. fell 4 % after the U.S. regulator 's report .",
  "Yes .",
  "Rain",
  "“ We won 't leave , ” she told reporters — again .",
  "The mayor said the mayor 's office said so .",
].map((s) => s.split(" "));

describe("the tagger's cached score parts", () => {
  it("add up to the score of taggerFeatures' features for every word and pair of tags before it", () => {
    const model = loadTagger(readModelBytes().tagger!);
    const parts = new TaggerParts(model.weights);
    const feats = new FeatureBuffer();
    const tags = ["!S1", "!S2", ...model.classes.slice(0, 3)];
    for (const forms of [...SENTENCES, ...SENTENCES]) {
      const ctx = taggerContext(forms);
      for (let i = 0; i < forms.length; i++) {
        for (const [p1, p2] of [
          [tags[0], tags[1]],
          [tags[2], tags[0]],
          [tags[3], tags[4]],
        ]) {
          const want = new Float64Array(model.classes.length);
          taggerFeatures(ctx, i, p1, p2, feats);
          model.weights.score(feats.data, feats.length, want);
          const got = new Float64Array(model.classes.length);
          parts.score(ctx, i, p1, p2, got);
          expect(Array.from(got)).toEqual(Array.from(want));
        }
      }
    }
  });
});
