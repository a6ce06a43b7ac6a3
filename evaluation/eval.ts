// `npm run eval`: where extraction quality stands, scored by the reference scorer in
// ../shared/eval exactly as the tests and reviewers score it: the showcase article
// (entities, events, relations) and the GUM news development set (entities, micro-averaged).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import "../src/models/node-register";
import { extractGraph } from "../src/extract/index";
import { GUM_DIR, SEED_ARTICLE, SEED_GOLD, SHARED } from "../tools/paths";
import { BLIND_SETS, causeTable, entityF1Of, evalGraphs, HELD_OUT, meanOf, type GraphScore } from "./graph";

const verbose = process.argv.includes("--verbose") || process.argv.includes("-v");
// --dev: day-to-day figures, leaving out the sealed blind sets (BLIND_SETS' sealed ones: measured at the end of a round)
const sealed = process.argv.includes("--dev");
const dir = mkdtempSync(join(tmpdir(), "newsgraph-eval-"));
const scorer = (name: string, ...args: string[]) =>
  JSON.parse(execFileSync(process.execPath, [join(SHARED, "eval", name), ...args, "--json"], { encoding: "utf8" }));

try {
  const seedPath = join(dir, "seed.json");
  writeFileSync(seedPath, JSON.stringify(extractGraph(readFileSync(SEED_ARTICLE, "utf8")).export()));
  const seed = scorer("score.mjs", seedPath, SEED_GOLD);

  const gumGraphs = join(dir, "gum");
  execFileSync("mkdir", ["-p", gumGraphs]);
  for (const f of readdirSync(GUM_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    const doc = JSON.parse(readFileSync(join(GUM_DIR, f), "utf8"));
    writeFileSync(join(gumGraphs, f), JSON.stringify(extractGraph(doc.text, { name: f }).export()));
  }
  const gum = scorer("score-set.mjs", GUM_DIR, gumGraphs);

  const f3 = (x: number) => x.toFixed(3);
  const line = (name: string, p: number, r: number, f?: number, extra = "") =>
    `${name.padEnd(34)} P ${f3(p)}  R ${f3(r)}${f === undefined ? "          " : `  F1 ${f3(f)}`}  ${extra}`;
  console.log("Showcase article (../shared/corpus/seed)            bars");
  console.log(
    line(
      "  entities (typed)",
      seed.entities.precision,
      seed.entities.recall,
      seed.entities.f1,
      `F1 ≥ 0.90, duplicates ${seed.entities.duplicates}`,
    ),
  );
  console.log(line("  events", seed.events.precision, seed.events.recall, undefined, "P ≥ 0.70, R ≥ 0.80"));
  console.log(line("  relations", seed.relations.precision, seed.relations.recall, undefined, "P ≥ 0.80, R ≥ 0.80"));
  console.log(`GUM news development set (${gum.documents} documents, micro-averaged)`);
  console.log(line("  entities (typed)", gum.entities.precision, gum.entities.recall, gum.entities.f1, "F1 ≥ 0.70"));
  console.log(
    line(
      "  entities (ignoring type)",
      gum.entitiesIgnoringType.precision,
      gum.entitiesIgnoringType.recall,
      gum.entitiesIgnoringType.f1,
    ),
  );
  for (const [type, s] of Object.entries(gum.byType) as [string, { precision: number; recall: number; f1: number }][]) {
    console.log(line(`    ${type}`, s.precision, s.recall, s.f1));
  }

  // Events and relations on GUM articles, against gold we wrote by hand (evaluation/fixtures/events-gold).
  const { seed: seed3, gum: eventScores, blind } = await evalGraphs({ sealed });
  const mean = (list: GraphScore[], name: string) => {
    const m = (k: Parameters<typeof meanOf>[1]) => meanOf(list, k) ?? 0;
    const entityF1 = entityF1Of(list);
    console.log(
      `${name.padEnd(34)} events P ${f3(m("eventsP"))} R ${f3(m("eventsR"))}   relations P ${f3(m("relationsP"))} R ${f3(m("relationsR"))}   entities F1 ${f3(entityF1)}`,
    );
  };
  console.log(`GUM articles with hand-made event gold (${eventScores.length}, mean per article)`);
  mean(
    eventScores.filter((g) => !HELD_OUT.has(g.name)),
    "  tuned on",
  );
  mean(
    eventScores.filter((g) => HELD_OUT.has(g.name)),
    "  held out",
  );
  console.log(
    `Articles written blind to the extractor (mean per article; evaluation/fixtures/${BLIND_SETS.map((b) => b.id).join(", ")})`,
  );
  for (const b of BLIND_SETS) {
    const list = blind.get(b.id) ?? [];
    if (list.length) mean(list, `  ${b.id} (${list.length}, ${b.note})`);
  }

  if (verbose) {
    console.log("\nSeed misses:", seed.entities.missed, "\nSeed false positives:", seed.entities.falsePositives);
    console.log(
      "Events missed:",
      seed.events.missed,
      "\nRelations missed:",
      seed.relations.missed,
      "\nUnsupported:",
      seed.relations.unsupported,
    );
    for (const d of gum.perDocument) console.log(`  ${d.id.padEnd(28)} F1 ${f3(d.f1)}`);
    // blind sets give their totals only: counts by cause, never which event
    const sets: [string, GraphScore[]][] = [
      ["seed", [seed3]],
      ["GUM, tuned on", eventScores.filter((g) => !HELD_OUT.has(g.name))],
      ["GUM, held out", eventScores.filter((g) => HELD_OUT.has(g.name))],
      ...BLIND_SETS.map((b) => [b.id, blind.get(b.id) ?? []] as [string, GraphScore[]]),
    ];
    console.log("");
    for (const l of causeTable(sets)) console.log(l);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
