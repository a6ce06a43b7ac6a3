// The committed models held to the bars, measured as `npm run eval:syntax` measures them.
import { beforeAll, describe, expect, it } from "vitest";
import { nameTable, syntaxTable } from "../../scripts/eval-syntax";

describe("the trained pipeline on gold tokenisation", () => {
  let rows: ReturnType<typeof syntaxTable>;
  beforeAll(() => {
    rows = syntaxTable();
  }, 240_000);

  it("tags news with UPOS ≥ 0.95 and EWT test with UPOS ≥ 0.94", () => {
    const [news, ewt] = rows;
    expect(news.upos).toBeGreaterThanOrEqual(0.95);
    expect(ewt.upos).toBeGreaterThanOrEqual(0.94);
    expect(news.lemma).toBeGreaterThanOrEqual(0.95);
  });

  // The bars are UAS ≥ 0.87 and LAS ≥ 0.83 on news: not reached yet (see the README). These
  // hold the measured level (beam 8: news UAS 0.828, LAS 0.794; EWT test UAS 0.862, LAS 0.832) against regressions.
  it("parses EWT test with LAS ≥ 0.80 and news at its measured level", () => {
    const [news, ewt] = rows;
    expect(ewt.las).toBeGreaterThanOrEqual(0.825);
    expect(ewt.uas).toBeGreaterThanOrEqual(0.855);
    expect(news.uas).toBeGreaterThanOrEqual(0.82);
    expect(news.las).toBeGreaterThanOrEqual(0.785);
  });
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
