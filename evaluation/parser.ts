// Measures a parser model (default models/parser.bin) CoNLL 2018-style — UAS
// and LAS over all words, punctuation included — on the twelve GUM news trees
// and on EWT test: from gold tags, and from predicted tags and lemmas when the
// tagger and lemmatizer models sit beside it. Also its size and speed, at each
// beam width asked for, and beside a baseline model (e.g. the greedy one) in the same run.
//   tsx evaluation/parser.ts [--model FILE] [--models-dir DIR] [--beams 1,2,4,8] [--baseline FILE]
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { REPO_ROOT } from "../tools/paths";
import { attachmentScores, loadParser, parse, type ParserModel, type ParserWord } from "../src/nlp/parser";
import type { ConlluSentence } from "../src/nlp/conllu";
import { loadTagger, tagSentence } from "../src/nlp/tagger/index";
import { lemmatize, loadLemmatizer } from "../src/nlp/lemma/index";
import { ewt, news } from "../scripts/parser-data";

const { values } = parseArgs({
  options: {
    model: { type: "string", default: join(REPO_ROOT, "models", "parser.bin") },
    "models-dir": { type: "string" },
    beams: { type: "string" },
    baseline: { type: "string" },
  },
});
const modelsDir = values["models-dir"] ?? dirname(values.model);

type Tagging = (s: ConlluSentence) => ParserWord[];
const goldTags: Tagging = (s) => s.words;

/** Predicted tags and lemmas from the committed tagger and lemmatizer, when present. */
function predictedTags(): Tagging | undefined {
  const t = join(modelsDir, "tagger.bin");
  const l = join(modelsDir, "lemmatizer.bin");
  if (!existsSync(t) || !existsSync(l)) return undefined;
  const tagger = loadTagger(new Uint8Array(readFileSync(t)));
  const lemmatizer = loadLemmatizer(new Uint8Array(readFileSync(l)));
  return (s) => {
    const forms = s.words.map((w) => w.form);
    const { upos, xpos } = tagSentence(tagger, forms);
    return forms.map((form, i) => ({
      form,
      upos: upos[i],
      xpos: xpos[i],
      lemma: lemmatize(lemmatizer, form, xpos[i]),
    }));
  };
}

function measure(model: ParserModel, sentences: readonly ConlluSentence[], tagging: Tagging, beam: number) {
  const input = sentences.map(tagging);
  const uposRight = input.reduce(
    (k, ws, i) => k + ws.filter((w, j) => w.upos === sentences[i].words[j].upos).length,
    0,
  );
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const predicted = input.map((ws) => parse(model, ws, { beam }));
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const scores = attachmentScores(
    sentences.map((s, i) => ({
      gold: { head: s.words.map((w) => w.head), deprel: s.words.map((w) => w.deprel) },
      predicted: predicted[i],
    })),
  );
  // CPU time too: on a shared machine the wall clock mostly measures the neighbours
  return {
    ...scores,
    upos: uposRight / scores.words,
    wordsPerSecond: scores.words / seconds,
    wordsPerCpuSecond: scores.words / ((cpu.user + cpu.system) / 1e6),
  };
}

const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
const predicted = predictedTags();
const sets = [
  ["gum-news-ud", news()],
  ["EWT test", ewt("test")],
] as const;
const models: { name: string; model: ParserModel; beams: number[] }[] = [];
for (const [name, file] of [
  ["baseline", values.baseline],
  ["model", values.model],
] as const) {
  if (!file) continue;
  const bytes = new Uint8Array(readFileSync(file));
  const t0 = performance.now();
  const model = loadParser(bytes);
  const loadMs = performance.now() - t0;
  const beams = name === "model" && values.beams ? values.beams.split(",").map(Number) : [model.beams.parse];
  models.push({ name, model, beams });
  console.log(
    `${name} ${file}: ${(bytes.length / 1e6).toFixed(2)} MB raw, ${(gzipSync(bytes, { level: 9 }).length / 1e6).toFixed(2)} MB gzipped, loaded in ${loadMs.toFixed(0)} ms; trained with beam ${String(model.meta.beam ?? 1)}, defaults ${JSON.stringify(model.beams)}`,
  );
}
console.log("model     beam  set          tags         words   UPOS    UAS    LAS  LAS+subtypes  words/s (wall, cpu)");
for (const { name, model, beams } of models)
  for (const beam of beams)
    for (const [setName, set] of sets)
      for (const [tags, tagging] of [
        ["gold", goldTags],
        ["predicted", predicted],
      ] as const) {
        if (!tagging) continue;
        const r = measure(model, set, tagging, beam);
        console.log(
          `${name.padEnd(9)} ${String(beam).padStart(4)}  ${setName.padEnd(12)} ${tags.padEnd(10)} ${String(r.words).padStart(7)} ${pct(r.upos)} ${pct(r.uas)} ${pct(r.las)}        ${pct(r.lasFull)}  ${r.wordsPerSecond.toFixed(0).padStart(7)} ${r.wordsPerCpuSecond.toFixed(0).padStart(7)}`,
        );
      }
if (!predicted) console.log(`(no tagger.bin + lemmatizer.bin in ${modelsDir}: gold tags only)`);
