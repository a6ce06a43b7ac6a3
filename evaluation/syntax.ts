// `npm run eval:syntax`: the trained pipeline measured on gold tokenisation —
// tagging, lemmas and trees (CoNLL 2018-style) on the news development trees
// and on EWT test, and names (span + type, exact match) on the news trees and
// on Universal NER's EWT test, beside compromise's people/places/organizations.
import { join } from "node:path";
import nlp from "compromise";
import { loadDefaultModels } from "../src/models/node";
import { sentenceId, type ConlluSentence } from "../src/nlp/conllu";
import { annotateConllu } from "../src/nlp/annotate";
import { LEXICON_GAZETTEER } from "../src/extract/lexicon/gazetteer";
import type { EntitySpan } from "../src/nlp/ner/tags";
import { analyseDocument } from "../src/nlp/pipeline";
import { ewt, newsFiles, readFile, TRAIN_DIR } from "../scripts/nlp/corpus";
import { gumExamples, readUner } from "../scripts/nlp/entities";
import { scoreSyntax } from "../scripts/nlp/syntax-score";

const models = loadDefaultModels();
const blank = (s: ConlluSentence): ConlluSentence => ({
  ...s,
  words: s.words.map((w) => ({ ...w, lemma: "_", upos: "_", xpos: "_", head: -1, deprel: "_" })),
});
const pct = (x: number) => x.toFixed(3);

export function syntaxTable() {
  const sets: [string, ConlluSentence[]][] = [
    ["news (gum-news-ud, 12 docs)", newsFiles().flatMap(readFile)],
    ["EWT test", ewt("test")],
  ];
  const rows = sets.map(([name, gold]) => {
    const t0 = performance.now();
    const system = annotateConllu(gold.map(blank), models, LEXICON_GAZETTEER);
    const ms = performance.now() - t0;
    return {
      name,
      ...scoreSyntax(gold, system),
      wps: Math.round(gold.reduce((a, s) => a + s.words.length, 0) / (ms / 1000)),
    };
  });
  return rows;
}

interface NameDoc {
  sentences: { forms: string[]; spans: EntitySpan[] }[];
}

function newsNameDocs(): NameDoc[] {
  return newsFiles().map((f) => ({
    sentences: gumExamples(readFile(f), f).map((e) => ({ forms: e.sentence.words.map((w) => w.form), spans: e.spans })),
  }));
}

function unerTestDocs(): NameDoc[] {
  const uner = readUner(join(TRAIN_DIR, "uner-ewt", "en_ewt-ud-test.iob2"));
  const docs: NameDoc[] = [];
  for (const s of ewt("test")) {
    if (s.comments.some((c) => c.startsWith("# newdoc")) || !docs.length) docs.push({ sentences: [] });
    const spans = uner.get(sentenceId(s));
    if (spans) docs[docs.length - 1].sentences.push({ forms: s.words.map((w) => w.form), spans });
  }
  return docs;
}

type Counts = Record<string, { tp: number; fp: number; fn: number }>;

function count(counts: Counts, gold: EntitySpan[], pred: EntitySpan[]) {
  const key = (s: EntitySpan) => `${s.start}:${s.end}:${s.type}`;
  const g = new Set(gold.map(key));
  const p = new Set(pred.map(key));
  for (const type of ["all", "person", "organization", "place"]) counts[type] ??= { tp: 0, fp: 0, fn: 0 };
  for (const s of pred) {
    const hit = g.has(key(s));
    for (const t of ["all", s.type]) counts[t][hit ? "tp" : "fp"]++;
  }
  for (const s of gold) if (!p.has(key(s))) for (const t of ["all", s.type]) counts[t].fn++;
}

/** compromise's names on one sentence, mapped onto its words (a name's words must match whole words). */
function compromiseSpans(forms: string[]): EntitySpan[] {
  const text = forms.join(" ");
  const starts: number[] = [];
  let at = 0;
  for (const f of forms) {
    starts.push(at);
    at += f.length + 1;
  }
  const doc = nlp(text);
  const out: EntitySpan[] = [];
  const add = (list: { text: string; offset: { start: number; length: number } }[], type: EntitySpan["type"]) => {
    for (const m of list) {
      const a = starts.indexOf(m.offset.start);
      const endChar = m.offset.start + m.offset.length;
      const b = starts.findIndex((s, i) => s + forms[i].length === endChar);
      if (a >= 0 && b >= a) out.push({ start: a, end: b + 1, type });
    }
  };
  add(
    doc
      .people()
      .json({ offset: true, text: true })
      .map((j: any) => ({ text: j.text, offset: j.offset })),
    "person",
  );
  add(
    doc
      .places()
      .json({ offset: true, text: true })
      .map((j: any) => ({ text: j.text, offset: j.offset })),
    "place",
  );
  add(
    doc
      .organizations()
      .json({ offset: true, text: true })
      .map((j: any) => ({ text: j.text, offset: j.offset })),
    "organization",
  );
  return out;
}

export function nameTable() {
  const rows: { set: string; system: string; counts: Counts }[] = [];
  for (const [set, docs] of [
    ["news (gum-news-ud)", newsNameDocs()],
    ["UNER EWT test", unerTestDocs()],
  ] as const) {
    const ours: Counts = {};
    const theirs: Counts = {};
    for (const d of docs) {
      const analyses = analyseDocument(
        models,
        LEXICON_GAZETTEER,
        d.sentences.map((s) => s.forms),
      );
      d.sentences.forEach((s, i) => {
        count(ours, s.spans, analyses[i].entities);
        count(theirs, s.spans, compromiseSpans(s.forms));
      });
    }
    rows.push({ set, system: "newsgraph", counts: ours }, { set, system: "compromise", counts: theirs });
  }
  return rows;
}

const f1 = (c: { tp: number; fp: number; fn: number }) => {
  const p = c.tp / (c.tp + c.fp || 1);
  const r = c.tp / (c.tp + c.fn || 1);
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log("Tagging and parsing, gold tokenisation (CoNLL 2018-style, all words, punctuation included)");
  console.log(
    `${"".padEnd(30)} ${["UPOS", "XPOS", "Lemma", "UAS", "LAS", "LAS+sub"].map((h) => h.padStart(8)).join("")}   words/s`,
  );
  for (const r of syntaxTable())
    console.log(
      `${r.name.padEnd(30)} ${[r.upos, r.xpos, r.lemma, r.uas, r.las, r.lasFull].map((x) => pct(x).padStart(8)).join("")}   ${r.wps}`,
    );
  console.log("\nNames, span + type exact match (P / R / F1)");
  for (const r of nameTable()) {
    const cell = (k: string) => {
      const { p, r: rr, f } = f1(r.counts[k]);
      return `${pct(p)}/${pct(rr)}/${pct(f)}`;
    };
    console.log(
      `${r.set.padEnd(20)} ${r.system.padEnd(11)} all ${cell("all")}  person ${cell("person")}  organization ${cell("organization")}  place ${cell("place")}`,
    );
  }
}
