// Measures the committed parser (models/parser.bin) CoNLL 2018-style — UAS and
// LAS over all words, punctuation included — on the twelve GUM news trees and
// on EWT test, from gold tags, and its speed.
//   tsx scripts/eval-parser.ts [--model FILE]
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { REPO_ROOT } from "../test/helpers/paths";
import { attachmentScores, loadParser, parse, type ParserModel } from "../src/nlp/parser";
import type { ConlluSentence } from "../src/nlp/conllu";
import { ewt, news } from "./parser-data";

const { values } = parseArgs({ options: { model: { type: "string", default: join(REPO_ROOT, "models", "parser.bin") } } });

function measure(model: ParserModel, sentences: readonly ConlluSentence[]) {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const predicted = sentences.map((s) => parse(model, s.words));
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const scores = attachmentScores(
    sentences.map((s, i) => ({ gold: { head: s.words.map((w) => w.head), deprel: s.words.map((w) => w.deprel) }, predicted: predicted[i] })),
  );
  // CPU time too: on a shared machine the wall clock mostly measures the neighbours
  return { ...scores, wordsPerSecond: scores.words / seconds, wordsPerCpuSecond: scores.words / ((cpu.user + cpu.system) / 1e6) };
}

const bytes = readFileSync(values.model);
const t0 = performance.now();
const model = loadParser(bytes);
const loadMs = performance.now() - t0;
const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
console.log(`model ${values.model}: ${(bytes.length / 1e6).toFixed(2)} MB raw, ${(gzipSync(bytes, { level: 9 }).length / 1e6).toFixed(2)} MB gzipped, loaded in ${loadMs.toFixed(0)} ms`);
console.log("set (gold tags)          words    UAS    LAS  LAS+subtypes  words/s (wall, cpu)");
for (const [name, set] of [
  ["gum-news-ud", news()],
  ["EWT test", ewt("test")],
] as const) {
  const r = measure(model, set);
  console.log(`${name.padEnd(22)} ${String(r.words).padStart(7)} ${pct(r.uas)} ${pct(r.las)}        ${pct(r.lasFull)}  ${r.wordsPerSecond.toFixed(0).padStart(7)} ${r.wordsPerCpuSecond.toFixed(0).padStart(7)}`);
}
