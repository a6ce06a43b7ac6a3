// `npm run train`: trains the statistical pipeline on ../shared/corpus/train and
// writes models/*.bin and models/manifest.json. Deterministic: the same data and
// settings give the same bytes. Never reads the news development trees or EWT test.
//
//   npm run train [-- --only tagger,lemmatizer,ner,parser,parser-greedy] [--out DIR]
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { sentenceId, type ConlluSentence } from "../src/nlp/conllu";
import { LEXICON_GAZETTEER } from "../src/extract/lexicon/gazetteer";
import { trainLemmatizer } from "../src/nlp/lemma/train";
import { MODEL_FILES } from "../src/nlp/models";
import { unpack } from "../src/nlp/model/container";
import { trainRecogniser, type NerExample } from "../src/nlp/ner/train";
import { tagSentence } from "../src/nlp/tagger/index";
import { fitTagger, trainTagger, type TaggedSentence } from "../src/nlp/tagger/train";
import { REPO_ROOT } from "../tools/paths";
import { dataVersion, ewt, gumFiles, readFile, TRAIN_DIR } from "./nlp/corpus";
import { gumExamples, readUner } from "./nlp/entities";

const args = process.argv.slice(2);
const only = new Set((args[args.indexOf("--only") + 1] ?? "").split(",").filter(Boolean));
const wants = (k: string) => !args.includes("--only") || only.has(k);
const OUT = args.includes("--out") ? args[args.indexOf("--out") + 1] : join(REPO_ROOT, "models");
export const SETTINGS = {
  tagger: { epochs: 8, seed: 1, minClassCount: 3, keepFeatures: 150_000 },
  jackknife: { folds: 3, epochs: 4 },
  lemmatizer: { maxSuffix: 5, minCount: 2 },
  ner: { epochs: 8, seed: 7 },
  // beam 8 with max-violation updates (src/nlp/parser/train-beam.ts); the model parses with 8 unless told another width
  parser: { epochs: 8, seed: 1, beam: 8, keepMoveFeatures: 300_000, keepLabelFeatures: 30_000 },
  // the greedy parser (dynamic oracle) build uses: a beam is too slow for every sentence build parses
  greedyParser: {
    epochs: 8,
    seed: 1,
    explore: 0.9,
    keepMoveFeatures: 300_000,
    keepLabelFeatures: 30_000,
    gumWeight: 1,
  },
};
// `--set greedyParser.epochs=12` (repeatable): try a setting without editing this file; the manifest records what ran
for (let i = args.indexOf("--set"); i >= 0; i = args.indexOf("--set", i + 1)) {
  const [path, value] = args[i + 1].split("=");
  const [model, key] = path.split(".") as [keyof typeof SETTINGS, string];
  if (!SETTINGS[model] || !(key in SETTINGS[model])) throw new Error(`--set: no setting ${path}`);
  (SETTINGS[model] as Record<string, number>)[key] = Number(value);
}

const t0 = Date.now();
const log = (msg: string) => process.stderr.write(`[${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${msg}\n`);

const asTagged = (s: ConlluSentence): TaggedSentence => ({
  forms: s.words.map((w) => w.form),
  upos: s.words.map((w) => w.upos),
  xpos: s.words.map((w) => w.xpos),
});

log("reading the treebanks");
const gumDocs = gumFiles().map((f) => ({ file: f, sentences: readFile(f) }));
const ewtTrain = ewt("train");
const ewtDev = ewt("dev");
const trainSentences = [...ewtTrain, ...gumDocs.flatMap((d) => d.sentences), ...ewtDev];
log(
  `${trainSentences.length} sentences, ${trainSentences.reduce((a, s) => a + s.words.length, 0)} words (EWT train + dev, GUM's permissive genres)`,
);
mkdirSync(OUT, { recursive: true });
const written: string[] = [];
/** Each model is written as soon as it is trained, so a later failure loses nothing before it. */
const files = {
  set(k: keyof typeof MODEL_FILES, bytes: Uint8Array) {
    writeFileSync(join(OUT, MODEL_FILES[k]), bytes);
    written.push(MODEL_FILES[k]);
  },
};

if (wants("tagger")) {
  log("tagger: training");
  files.set(
    "tagger",
    trainTagger(trainSentences.map(asTagged), {
      ...SETTINGS.tagger,
      onEpoch: (e, a) => log(`tagger: epoch ${e}, training accuracy ${a.toFixed(4)}`),
    }),
  );
}

/** Tags as the pipeline will see them: each fold tagged by a tagger trained on the other folds. */
function jackknifed(sentences: readonly ConlluSentence[]): ConlluSentence[] {
  const { folds, epochs } = SETTINGS.jackknife;
  const out = sentences.map((s) => ({ ...s, words: s.words.map((w) => ({ ...w })) }));
  for (let k = 0; k < folds; k++) {
    const rest = sentences.filter((_, i) => i % folds !== k).map(asTagged);
    // the frozen 16-bit model, not its packed file: the tags do not move with the file's weight codes
    const model = fitTagger(rest, { ...SETTINGS.tagger, epochs });
    out.forEach((s, i) => {
      if (i % folds !== k) return;
      const t = tagSentence(
        model,
        s.words.map((w) => w.form),
      );
      s.words.forEach((w, j) => {
        w.upos = t.upos[j];
        w.xpos = t.xpos[j];
      });
    });
    log(`jackknife: fold ${k + 1}/${folds} tagged`);
  }
  return out;
}

/** The jackknifed tags are cached (node_modules/.cache, or $NEWSGRAPH_CACHE), keyed by the data and the tagger's settings and code. */
function cachedJackknife(sentences: readonly ConlluSentence[]): ConlluSentence[] {
  const code = ["tagger/features.ts", "tagger/train.ts", "model/perceptron.ts", "model/hash.ts"]
    .map((f) => readFileSync(join(REPO_ROOT, "src", "nlp", f), "utf8"))
    .join("");
  const key = createHash("sha256")
    .update(JSON.stringify([dataVersion(), SETTINGS.tagger, SETTINGS.jackknife, code]))
    .digest("hex")
    .slice(0, 16);
  const dir = process.env.NEWSGRAPH_CACHE ?? join(REPO_ROOT, "node_modules", ".cache", "newsgraph");
  const path = join(dir, `jackknife-${key}.json`);
  if (existsSync(path)) {
    const tags = JSON.parse(readFileSync(path, "utf8")) as [string[], string[]][];
    log("jackknife: tags from the cache");
    return sentences.map((s, i) => ({
      ...s,
      words: s.words.map((w, j) => ({ ...w, upos: tags[i][0][j], xpos: tags[i][1][j] })),
    }));
  }
  const out = jackknifed(sentences);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path, JSON.stringify(out.map((s) => [s.words.map((w) => w.upos), s.words.map((w) => w.xpos)])));
  return out;
}

const needsPredicted = wants("ner") || wants("parser") || wants("parser-greedy");
const predicted = needsPredicted ? cachedJackknife(trainSentences) : [];
const predictedOf = new Map(trainSentences.map((s, i) => [s, predicted[i]]));

if (wants("lemmatizer")) {
  log("lemmatizer: learning edit scripts");
  files.set(
    "lemmatizer",
    trainLemmatizer(
      trainSentences.flatMap((s) => s.words.map((w) => ({ form: w.form, xpos: w.xpos, lemma: w.lemma }))),
      SETTINGS.lemmatizer,
    ),
  );
}

if (wants("ner")) {
  log("entity recogniser: building examples (GUM named mentions, UNER EWT dev)");
  const examples: NerExample[] = [];
  const toExample = (gold: ConlluSentence, spans: NerExample["spans"], document: string): NerExample => {
    const p = predictedOf.get(gold) ?? gold;
    return { forms: p.words.map((w) => w.form), upos: p.words.map((w) => w.upos), spans, document };
  };
  for (const d of gumDocs)
    for (const e of gumExamples(d.sentences, d.file)) examples.push(toExample(e.sentence, e.spans, d.file));
  const uner = readUner(join(TRAIN_DIR, "uner-ewt", "en_ewt-ud-dev.iob2"));
  let doc = "";
  for (const s of ewtDev) {
    doc = s.comments.find((c) => c.startsWith("# newdoc")) ?? doc;
    const spans = uner.get(sentenceId(s));
    if (spans) examples.push(toExample(s, spans, `ewt:${doc}`));
  }
  log(
    `entity recogniser: ${examples.length} sentences, ${examples.reduce((a, e) => a + e.spans.length, 0)} names; training`,
  );
  files.set(
    "recogniser",
    trainRecogniser(examples, LEXICON_GAZETTEER, {
      ...SETTINGS.ner,
      onEpoch: (e, a) => log(`entity recogniser: epoch ${e}, training accuracy ${a.toFixed(4)}`),
    }),
  );
}

// the greedy parser first: build uses it, and it is the quicker of the two
if (wants("parser-greedy")) {
  const { trainParser } = await import("../src/nlp/parser/train");
  log("greedy parser: training on jackknifed tags");
  // GUM's conventions are the news trees' own (one annotation project): its sentences can count more than once
  const gumPredicted = predicted.slice(
    ewtTrain.length,
    ewtTrain.length + gumDocs.reduce((k, d) => k + d.sentences.length, 0),
  );
  const data = [...predicted];
  for (let k = 1; k < SETTINGS.greedyParser.gumWeight; k++) data.push(...gumPredicted);
  files.set(
    "greedyParser",
    trainParser(data, { ...SETTINGS.greedyParser, log: (m) => log(m.replace(/^parser/, "greedy parser")) }),
  );
}

if (wants("parser")) {
  const { trainParser } = await import("../src/nlp/parser/train");
  log(`parser: training on jackknifed tags, beam ${SETTINGS.parser.beam}`);
  files.set("parser", trainParser(predicted, { ...SETTINGS.parser, log }));
}

// The manifest names every model file present, its size and digest, the data and the settings.
const manifestPath = join(OUT, "manifest.json");
const manifest = {
  name: "newsgraph-en-news",
  description:
    "Tagger, lemmatizer, dependency parser and entity recogniser for English news, trained by `npm run train`.",
  data: {
    version: dataVersion(),
    training: [
      "UD English EWT train + dev (CC BY-SA 4.0)",
      "GUM permissive genres (annotations CC BY 4.0; texts CC BY / CC BY-SA)",
      "Universal NER EWT dev labels (CC BY-SA 4.0)",
    ],
    neverTrainedOn: ["EWT test", "../shared/corpus/gum-news-ud (news development measure)"],
  },
  settings: SETTINGS,
  files: Object.fromEntries(
    Object.entries(MODEL_FILES)
      .filter(([, f]) => existsSync(join(OUT, f)))
      .map(([k, f]) => {
        const bytes = readFileSync(join(OUT, f));
        return [
          k,
          {
            file: f,
            bytes: bytes.length,
            sha256: createHash("sha256").update(bytes).digest("hex"),
            trained: trainedWith(bytes),
          },
        ];
      }),
  ),
};
writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + "\n");

/** The settings a model file records about its own training (its header), without its tables. */
function trainedWith(bytes: Uint8Array): Record<string, unknown> {
  const meta = unpack(bytes).meta;
  const keep = [
    "kind",
    "epochs",
    "seed",
    "beam",
    "explore",
    "keepMoveFeatures",
    "keepLabelFeatures",
    "sentences",
    "featureVersion",
    "tags",
  ];
  return Object.fromEntries(Object.entries(meta).filter(([k]) => keep.includes(k)));
}
log(`wrote ${written.join(", ")} and manifest.json to ${OUT} in ${((Date.now() - t0) / 60000).toFixed(1)} min`);
