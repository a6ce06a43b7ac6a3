// How much of the GUM dev score is memorisation? Leave-one-document-out over
// the hand-written lexicons: each dev document is extracted again with every
// hand-written entry that names one of its gold entities switched off (a
// gazetteer entry with a matching spelling, a keyword equal to a gold alias,
// a hand-picked given name used in a gold person's name). The generated
// lexicons (world-countries, compromise) are library world knowledge and stay.
// The micro F1 of those runs estimates the score on articles never seen.
//   npx tsx scripts/generalisation.ts [-v]
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { extractGraph } from "../src/extract/index";
import { withExcludedEntries, type Exclusions } from "../src/extract/lexicon/holdout";
import { entityGold, gumFiles, loadScorer, prf, readGumDoc, type Counts, type DocResult, type GumDoc } from "./eval-entities";

export interface GeneralisationDoc {
  id: string;
  dev: DocResult;
  heldOut: DocResult;
  /** hand-written entries switched off for this document */
  excluded: string[];
}
export interface Generalisation {
  dev: Counts & ReturnType<typeof prf>;
  heldOut: Counts & ReturnType<typeof prf>;
  documents: GeneralisationDoc[];
}

/** Everything a lexicon entry could be tuned to in this document: its gold names and people's name words. */
export function exclusionsFor(gold: GumDoc): Exclusions {
  const entries: string[] = [];
  const nameWords: string[] = [];
  for (const e of gold.entities) {
    const names = [e.name, ...e.aliases];
    entries.push(...names);
    if (e.type === "person") for (const n of names) nameWords.push(...n.split(/[\s-]+/));
  }
  return { entries, nameWords };
}

const sum = (docs: DocResult[]): Counts & ReturnType<typeof prf> => {
  const c: Counts = { tp: 0, fp: 0, fn: 0, duplicates: 0 };
  for (const d of docs) for (const k of ["tp", "fp", "fn", "duplicates"] as const) c[k] += d[k];
  return { ...c, ...prf(c) };
};

export async function generalisation(): Promise<Generalisation> {
  const score = await loadScorer();
  const documents: GeneralisationDoc[] = [];
  for (const f of gumFiles()) {
    const gold = readGumDoc(f);
    const run = () => ({ ...score(extractGraph(gold.text, { name: f }).export(), entityGold(gold)).entities, id: gold.id });
    const excluded = new Set<string>();
    const heldOut = withExcludedEntries({ ...exclusionsFor(gold), onExclude: (s) => excluded.add(s) }, run);
    documents.push({ id: gold.id, dev: run(), heldOut, excluded: [...excluded].sort() });
  }
  return { dev: sum(documents.map((d) => d.dev)), heldOut: sum(documents.map((d) => d.heldOut)), documents };
}

async function main() {
  const verbose = process.argv.includes("-v");
  const g = await generalisation();
  console.log(`${"document".padEnd(26)} dev F1  held-out F1`);
  for (const d of g.documents) {
    console.log(`${d.id.padEnd(26)} ${d.dev.f1.toFixed(3)}   ${d.heldOut.f1.toFixed(3)}${d.heldOut.f1 < d.dev.f1 ? "  (-" + (d.dev.f1 - d.heldOut.f1).toFixed(3) + ")" : ""}`);
    if (verbose) {
      console.log(`    switched off: ${d.excluded.join(", ")}`);
      const lost = d.heldOut.missed.filter((m) => !d.dev.missed.includes(m));
      const gained = d.heldOut.falsePositives.filter((m) => !d.dev.falsePositives.includes(m));
      if (lost.length) console.log(`    lost without its lexicon entries: ${lost.join("; ")}`);
      if (gained.length) console.log(`    new false positives: ${gained.join("; ")}`);
    }
  }
  const line = (name: string, c: Generalisation["dev"]) => console.log(`${name.padEnd(26)} P ${c.precision}  R ${c.recall}  F1 ${c.f1}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`);
  line("dev (all lexicons)", g.dev);
  line("leave-one-out estimate", g.heldOut);
  console.log(`gap ${(g.dev.f1 - g.heldOut.f1).toFixed(3)}`);
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
