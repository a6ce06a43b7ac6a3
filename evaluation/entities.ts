// Entity quality, scored by the reference scorer in ../shared/eval: the
// showcase article and the GUM news dev set, micro-averaged exactly like
// score-set.mjs (typed tp/fp/fn summed, gold events optional).
//   npx tsx evaluation/entities.ts [-v]
// The run also writes the graphs to a temp dir and prints score-set.mjs's own
// verdict, so the in-process numbers can be checked against it.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import "../src/models/node-register";
import { extractGraph } from "../src/extract/index";

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const SHARED = join(REPO_ROOT, "..", "shared");
const SEED_DIR = join(SHARED, "corpus", "seed");
const GUM_DIR = join(SHARED, "corpus", "gum-news");

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  duplicates: number;
}
export interface DocResult extends Counts {
  id: string;
  f1: number;
  missed: string[];
  falsePositives: string[];
}
export interface EntityEvaluation {
  seed: DocResult;
  gum: Counts & { precision: number; recall: number; f1: number; documents: DocResult[] };
}

export type Scorer = (graph: unknown, gold: unknown) => { entities: DocResult };

export async function loadScorer(): Promise<Scorer> {
  const mod = await import(join(SHARED, "eval", "score.mjs"));
  return mod.score as Scorer;
}

export const prf = (c: Counts) => {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return { precision: round(p), recall: round(r), f1: round(p + r ? (2 * p * r) / (p + r) : 0) };
};

export interface GumDoc {
  id: string;
  text: string;
  entities: Array<{ type: string; name: string; aliases: string[]; optional?: boolean }>;
}

export function readGumDoc(file: string): GumDoc {
  return JSON.parse(readFileSync(join(GUM_DIR, file), "utf8"));
}

/** Entities only: events are not scored as entities, so they count neither way. */
export function entityGold(gold: GumDoc) {
  return { entities: gold.entities.map((e) => (e.type === "event" ? { ...e, optional: true } : e)) };
}

export function gumFiles(): string[] {
  return readdirSync(GUM_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort();
}

export async function evaluateEntities(): Promise<EntityEvaluation> {
  const score = await loadScorer();
  const seedGold = JSON.parse(readFileSync(join(SEED_DIR, "gold.json"), "utf8"));
  const seedGraph = extractGraph(readFileSync(join(SEED_DIR, "article.txt"), "utf8")).export();
  const seed = { ...score(seedGraph, seedGold).entities, id: "seed" };

  const totals: Counts = { tp: 0, fp: 0, fn: 0, duplicates: 0 };
  const documents: DocResult[] = [];
  for (const f of gumFiles()) {
    const gold = readGumDoc(f);
    const r = score(extractGraph(gold.text, { name: f }).export(), entityGold(gold)).entities;
    for (const k of ["tp", "fp", "fn", "duplicates"] as const) totals[k] += r[k];
    documents.push({ ...r, id: gold.id });
  }
  return { seed, gum: { ...totals, ...prf(totals), documents } };
}

async function main() {
  const verbose = process.argv.includes("-v") || process.argv.includes("--verbose");
  const ev = await evaluateEntities();
  const show = (d: DocResult) => {
    console.log(`${d.id.padEnd(26)} F1 ${d.f1.toFixed(3)}  tp ${d.tp} fp ${d.fp} fn ${d.fn} dup ${d.duplicates}`);
    if (verbose || d.id === "seed") {
      if (d.missed.length) console.log(`    missed: ${d.missed.join("; ")}`);
      if (d.falsePositives.length) console.log(`    false positives: ${d.falsePositives.join("; ")}`);
    }
  };
  show(ev.seed);
  for (const d of ev.gum.documents) show(d);
  const g = ev.gum;
  console.log(
    `GUM micro  P ${g.precision}  R ${g.recall}  F1 ${g.f1}  (tp ${g.tp}, fp ${g.fp}, fn ${g.fn}, duplicates ${g.duplicates})`,
  );

  // cross-check with the reference scripts on files
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-entities-"));
  try {
    const gum = join(dir, "gum");
    mkdirSync(gum);
    for (const f of gumFiles()) {
      const doc = JSON.parse(readFileSync(join(GUM_DIR, f), "utf8"));
      writeFileSync(join(gum, f), JSON.stringify(extractGraph(doc.text, { name: f }).export()));
    }
    writeFileSync(
      join(dir, "seed.json"),
      JSON.stringify(extractGraph(readFileSync(join(SEED_DIR, "article.txt"), "utf8")).export()),
    );
    const run = (script: string, ...args: string[]) =>
      execFileSync(process.execPath, [join(SHARED, "eval", script), ...args], { encoding: "utf8" });
    console.log(
      "\nscore.mjs (seed):\n" +
        run("score.mjs", join(dir, "seed.json"), join(SEED_DIR, "gold.json")).split("\n").slice(0, 2).join("\n"),
    );
    console.log("score-set.mjs (GUM):\n" + run("score-set.mjs", GUM_DIR, gum));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
