// `npm run bench` (second part): the trained models on their own — file sizes raw
// and gzipped, load time in Node, and the throughput of each component on the
// news development trees' words (gold tokenisation), median of 3 runs.
import { gzipSync } from "node:zlib";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { LEXICON_GAZETTEER } from "../src/extract/lexicon/gazetteer";
import { readModelBytes, modelsDir } from "../src/models/node";
import { loadModels, MODEL_FILES } from "../src/nlp/models";
import { lemmatize } from "../src/nlp/lemma/index";
import { documentStats } from "../src/nlp/ner/features";
import { recogniseSentence } from "../src/nlp/ner/index";
import { tagSentence } from "../src/nlp/tagger/index";
import "../src/nlp/parser-registration";
import { newsFiles, readFile } from "../scripts/nlp/corpus";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (fn: () => void, runs = 3) =>
  median(
    Array.from({ length: runs }, () => {
      const t0 = performance.now();
      fn();
      return performance.now() - t0;
    }),
  );

const dir = modelsDir();
console.log("Model files (models/)");
let raw = 0;
let gz = 0;
// what the browser fetches to build an article (src/models/browser.ts): no entity recogniser
let browserRaw = 0;
let browserGz = 0;
for (const file of Object.values(MODEL_FILES)) {
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(dir, file));
  } catch {
    continue;
  }
  const z = gzipSync(bytes, { level: 9 }).length;
  raw += bytes.length;
  gz += z;
  if (file !== MODEL_FILES.recogniser && file !== MODEL_FILES.parser) {
    browserRaw += bytes.length;
    browserGz += z;
  }
  console.log(
    `  ${file.padEnd(17)} ${(bytes.length / 1e6).toFixed(2).padStart(6)} MB raw ${(z / 1e6).toFixed(2).padStart(6)} MB gzipped`,
  );
}
console.log(
  `  ${"all".padEnd(17)} ${(raw / 1e6).toFixed(2).padStart(6)} MB raw ${(gz / 1e6).toFixed(2).padStart(6)} MB gzipped  (${statSync(join(dir, "manifest.json")).size} B manifest)`,
);
console.log(
  `  ${"browser fetch".padEnd(17)} ${(browserRaw / 1e6).toFixed(2).padStart(6)} MB raw ${(browserGz / 1e6).toFixed(2).padStart(6)} MB gzipped  (tagger, lemmatizer, greedy parser)`,
);

const bytes = readModelBytes(dir);
const loadMs = time(() => loadModels(bytes), 5);
console.log(`\nLoad time in Node (bytes already read, median of 5): ${loadMs.toFixed(0)} ms`);

const models = loadModels(bytes);
const docs = newsFiles().map((f) => readFile(f).map((s) => s.words.map((w) => w.form)));
const words = docs.flat().reduce((a, s) => a + s.length, 0);
const tagged = docs.map((d) => d.map((forms) => ({ forms, ...tagSentence(models.tagger, forms) })));
const withLemmas = tagged.map((d) =>
  d.map((s) => ({ ...s, lemma: s.forms.map((f, i) => lemmatize(models.lemmatizer, f, s.xpos[i])) })),
);
const rate = (ms: number) =>
  Math.round(words / (ms / 1000))
    .toLocaleString("en-US")
    .padStart(9);
console.log(`\nThroughput on the news development trees (${words} words), words/s, median of 3`);
console.log(
  `  tagger                  ${rate(time(() => docs.forEach((d) => d.forEach((f) => tagSentence(models.tagger, f)))))}`,
);
console.log(
  `  lemmatizer              ${rate(time(() => tagged.forEach((d) => d.forEach((s) => s.forms.forEach((f, i) => lemmatize(models.lemmatizer, f, s.xpos[i]))))))}`,
);
if (models.parser) {
  const parser = models.parser;
  const input = withLemmas.map((d) =>
    d.map((s) => s.forms.map((form, i) => ({ form, lemma: s.lemma[i], upos: s.upos[i], xpos: s.xpos[i] }))),
  );
  // the width `newsgraph parse` uses, then build's
  for (const [use, beam] of [
    ["parse", parser.beams.parse],
    ["build", parser.beams.build],
  ] as const)
    console.log(
      `  ${`parser (${use}, beam ${beam})`.padEnd(24)}${rate(time(() => input.forEach((d) => d.forEach((words) => parser.parse(words, { beam })))))}`,
    );
}
console.log(
  `  recogniser              ${rate(
    time(() =>
      tagged.forEach((d) => {
        const stats = documentStats(d);
        d.forEach((s) => recogniseSentence(models.recogniser!, s, LEXICON_GAZETTEER, stats));
      }),
    ),
  )}`,
);
