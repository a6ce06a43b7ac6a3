// The committed models held to the bars, measured as `npm run eval:syntax` measures them.
import { beforeAll, describe, expect, it } from "vitest";
import { nameTable, syntaxTable } from "./syntax";
import { news as newsTrees, ewt } from "../scripts/nlp/corpus";
import { LEXICON_GAZETTEER } from "../src/extract/lexicon/gazetteer";
import { loadDefaultModels } from "../src/models/node";
import type { ConlluSentence } from "../src/nlp/conllu";
import { analyseDocument } from "../src/nlp/pipeline";

describe("the trained pipeline on gold tokenisation", () => {
  let rows: ReturnType<typeof syntaxTable>;
  beforeAll(() => {
    rows = syntaxTable();
  }, 240_000);

  it("tags news with UPOS ≥ 0.95 and EWT test with UPOS ≥ 0.94", () => {
    const [news, ewt] = rows;
    expect(news.upos).toBeGreaterThanOrEqual(0.95);
    expect(ewt.upos).toBeGreaterThanOrEqual(0.94);
    // measured 0.978 / 0.965 (regular candidates: "raided" -> raid; 8-bit weight codes, issue 7)
    expect(news.lemma).toBeGreaterThanOrEqual(0.976);
    expect(ewt.lemma).toBeGreaterThanOrEqual(0.964);
  });

  // The bars are UAS ≥ 0.87 and LAS ≥ 0.83 on news: not reached yet (see the README). These
  // hold the measured level (beam 8: news UAS 0.826, LAS 0.794; EWT test UAS 0.861, LAS 0.832) against regressions.
  it("parses EWT test with LAS ≥ 0.80 and news at its measured level", () => {
    const [news, ewt] = rows;
    expect(ewt.las).toBeGreaterThanOrEqual(0.825);
    expect(ewt.uas).toBeGreaterThanOrEqual(0.855);
    expect(news.uas).toBeGreaterThanOrEqual(0.82);
    expect(news.las).toBeGreaterThanOrEqual(0.785);
  });
});

// What build's trees are: the greedy parser (parser-greedy.bin) on the tagger's tags and the lemmatizer's lemmas.
describe("build's greedy trees on predicted tags", () => {
  const score = (gold: ConlluSentence[]) => {
    const models = loadDefaultModels();
    const got = analyseDocument(
      models,
      LEXICON_GAZETTEER,
      gold.map((s) => s.words.map((w) => w.form)),
      { entities: false },
    );
    let n = 0;
    let uas = 0;
    let las = 0;
    gold.forEach((s, i) =>
      s.words.forEach((w, j) => {
        n++;
        if (got[i].head[j] !== w.head) return;
        uas++;
        if (got[i].deprel[j].split(":")[0] === w.deprel.split(":")[0]) las++;
      }),
    );
    return { uas: uas / n, las: las / n };
  };

  // measured news UAS 0.822 / LAS 0.787, EWT test 0.850 / 0.820 (npx tsx scripts/nlp/exp.ts; 0.825 / 0.789 and 0.849 / 0.819 with 16-bit weights)
  it("hold their measured level on news and EWT test", () => {
    const news = score(newsTrees());
    expect(news.uas).toBeGreaterThanOrEqual(0.82);
    expect(news.las).toBeGreaterThanOrEqual(0.785);
    const test = score(ewt("test"));
    expect(test.uas).toBeGreaterThanOrEqual(0.845);
    expect(test.las).toBeGreaterThanOrEqual(0.815);
  }, 240_000);
});

describe("names on their own (span and type, exact match)", () => {
  it("find names on the news trees better than compromise does", () => {
    const rows = nameTable();
    const f1 = (set: string, system: string) => {
      const c = rows.find((r) => r.set.startsWith(set) && r.system === system)!.counts.all;
      return (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
    };
    expect(f1("news", "newsgraph")).toBeGreaterThanOrEqual(0.66);
    expect(f1("news", "newsgraph")).toBeGreaterThan(f1("news", "compromise"));
    expect(f1("UNER", "newsgraph")).toBeGreaterThan(f1("UNER", "compromise"));
  }, 240_000);
});
