// Event and relation quality: the showcase article and our hand-made event gold for
// GUM articles (test/fixtures/events-gold), scored by the reference scorer.
//   npx tsx scripts/eval-graph.ts [--verbose]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { extractGraph } from "../src/extract/index";
import { REPO_ROOT, SEED_ARTICLE, SEED_GOLD, SHARED } from "../test/helpers/paths";

export const EVENTS_GOLD_DIR = join(REPO_ROOT, "test", "fixtures", "events-gold");
/** Held out while tuning the rules: only their totals are printed unless --show-held-out is given. */
export const HELD_OUT = new Set(["GUM_news_iodine", "GUM_news_questionnaire"]);

export interface GraphScore {
  name: string;
  events: { precision: number; recall: number; predicted: number; missed: string[]; matches: string[] };
  relations: { precision: number; recall: number; predictedPairs: number; missed: string[]; unsupported: string[] };
  entities: { precision: number; recall: number; f1: number };
}

type Scorer = (graph: unknown, gold: unknown) => {
  events: GraphScore["events"];
  relations: GraphScore["relations"];
  entities: GraphScore["entities"];
};

async function scorer(): Promise<Scorer> {
  const mod = await import(pathToFileURL(join(SHARED, "eval", "score.mjs")).href);
  return mod.score as Scorer;
}

function scoreOne(score: Scorer, name: string, text: string, gold: unknown): GraphScore {
  const r = score(extractGraph(text, { name }).export(), gold);
  const { events, relations, entities } = r;
  return { name, events, relations, entities: { precision: entities.precision, recall: entities.recall, f1: entities.f1 } };
}

/** Scores of the seed article and of every events-gold file, in a stable order. */
export async function evalGraphs(): Promise<{ seed: GraphScore; gum: GraphScore[] }> {
  const score = await scorer();
  const seed = scoreOne(score, "seed", readFileSync(SEED_ARTICLE, "utf8"), JSON.parse(readFileSync(SEED_GOLD, "utf8")));
  const gum = readdirSync(EVENTS_GOLD_DIR)
    .filter((f) => f.endsWith(".events.json"))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(EVENTS_GOLD_DIR, f), "utf8"));
      return scoreOne(score, f.replace(".events.json", ""), gold.text, gold);
    });
  return { seed, gum };
}

function print(s: GraphScore, verbose: boolean, totalsOnly = false): void {
  const f = (x: number) => x.toFixed(3);
  if (totalsOnly) {
    console.log(`${s.name} (held out)`);
    console.log(`  events    P ${f(s.events.precision)}  R ${f(s.events.recall)}  (${s.events.predicted} event nodes)`);
    console.log(`  relations P ${f(s.relations.precision)}  R ${f(s.relations.recall)}  (${s.relations.predictedPairs} related pairs)`);
    return;
  }
  console.log(`${s.name}`);
  console.log(`  entities  P ${f(s.entities.precision)}  R ${f(s.entities.recall)}  F1 ${f(s.entities.f1)}`);
  console.log(`  events    P ${f(s.events.precision)}  R ${f(s.events.recall)}  (${s.events.predicted} event nodes)`);
  if (s.events.missed.length) console.log(`    missed: ${s.events.missed.join("; ")}`);
  if (verbose) for (const m of s.events.matches) console.log(`    match: ${m}`);
  console.log(`  relations P ${f(s.relations.precision)}  R ${f(s.relations.recall)}  (${s.relations.predictedPairs} related pairs)`);
  if (s.relations.missed.length) console.log(`    missed: ${s.relations.missed.join("; ")}`);
  if (s.relations.unsupported.length) console.log(`    unsupported: ${s.relations.unsupported.join("; ")}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const verbose = process.argv.includes("--verbose") || process.argv.includes("-v");
  const showHeldOut = process.argv.includes("--show-held-out");
  const { seed, gum } = await evalGraphs();
  print(seed, verbose);
  for (const g of gum) print(g, verbose, HELD_OUT.has(g.name) && !showHeldOut);
  const mean = (xs: number[]) => (xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(3);
  const table = (label: string, list: GraphScore[]) =>
    console.log(`${label}: events P ${mean(list.map((g) => g.events.precision))} R ${mean(list.map((g) => g.events.recall))}  relations P ${mean(list.map((g) => g.relations.precision))} R ${mean(list.map((g) => g.relations.recall))}`);
  table("mean, tuning set", gum.filter((g) => !HELD_OUT.has(g.name)));
  table("mean, held out  ", gum.filter((g) => HELD_OUT.has(g.name)));
  table("mean, all GUM   ", gum);
}
