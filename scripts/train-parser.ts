// Trains the dependency parser on EWT train + GUM's permissive genres (GUM
// counted twice) and writes models/parser.bin, printing UAS/LAS on EWT dev and
// on the GUM news trees (measured, never trained on) after every epoch.
//   tsx scripts/train-parser.ts [--epochs N] [--beam K] [--gum-weight K] [--with-dev] [--limit SENTENCES]
//                               [--keep-moves N] [--keep-labels N] [--out FILE] [--quiet]
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { REPO_ROOT } from "../tools/paths";
import { attachmentScores, parse, trainParser, type ParserModel } from "../src/nlp/parser";
import type { ConlluSentence } from "../src/nlp/conllu";
import { dataVersion, ewt, gum, news } from "./parser-data";

const { values } = parseArgs({
  options: {
    epochs: { type: "string", default: "8" },
    beam: { type: "string", default: "1" },
    limit: { type: "string" },
    out: { type: "string", default: join(REPO_ROOT, "models", "parser.bin") },
    "with-dev": { type: "boolean", default: false },
    "min-move": { type: "string", default: "0" },
    "min-label": { type: "string", default: "0" },
    "keep-moves": { type: "string", default: "300000" },
    "keep-labels": { type: "string", default: "30000" },
    "gum-weight": { type: "string", default: "2" },
    "ewt-limit": { type: "string" },
    quiet: { type: "boolean", default: false },
  },
});

export function scoreOn(model: ParserModel, sentences: readonly ConlluSentence[]) {
  return attachmentScores(
    sentences.map((s) => ({
      gold: { head: s.words.map((w) => w.head), deprel: s.words.map((w) => w.deprel) },
      predicted: parse(model, s.words),
    })),
  );
}

const t0 = Date.now();
const dev = ewt("dev");
const newsSentences = news();
const gumSentences = gum();
// GUM's conventions are the news trees' own (same annotation project): weight them up by repeating
let train = [...ewt("train").slice(0, values["ewt-limit"] ? Number(values["ewt-limit"]) : undefined)];
for (let k = 0; k < Number(values["gum-weight"]); k++) train.push(...gumSentences);
if (values["with-dev"]) train.push(...dev);
if (values.limit) train = train.slice(0, Number(values.limit));
console.log(
  `training on ${train.length} sentences (${train.reduce((k, s) => k + s.words.length, 0)} words)${values["with-dev"] ? " incl. EWT dev" : ""}`,
);
const pct = (x: number) => (100 * x).toFixed(2);
const bytes = trainParser(train, {
  epochs: Number(values.epochs),
  beam: Number(values.beam),
  minMoveWeight: Number(values["min-move"]),
  minLabelWeight: Number(values["min-label"]),
  keepMoveFeatures: Number(values["keep-moves"]),
  keepLabelFeatures: Number(values["keep-labels"]),
  onEpoch: values.quiet
    ? undefined
    : (epoch, model, st) => {
        const s = scoreOn(model, dev);
        // news is measured, never trained on: it shows how the epochs carry over to the target domain
        const t = scoreOn(model, newsSentences);
        console.log(
          `epoch ${epoch}: train moves ${pct(st.moveAccuracy)} labels ${pct(st.labelAccuracy)} | features ${st.moveFeatures}/${st.labelFeatures}` +
            ` kept ${model.moves.data.keys.length}/${model.labels.data.keys.length} | EWT dev UAS ${pct(s.uas)} LAS ${pct(s.las)} | news UAS ${pct(t.uas)} LAS ${pct(t.las)} | ${((Date.now() - t0) / 1000).toFixed(0)} s`,
        );
      },
});
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, bytes);
console.log(
  `wrote ${values.out}: ${(bytes.length / 1e6).toFixed(2)} MB in ${((Date.now() - t0) / 1000).toFixed(0)} s; data ${JSON.stringify(dataVersion())}`,
);
