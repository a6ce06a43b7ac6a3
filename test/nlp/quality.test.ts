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
});

describe("names on their own (span and type, exact match)", () => {
  it("find names on the news trees better than compromise does", () => {
    const rows = nameTable();
    const f1 = (set: string, system: string) => {
      const c = rows.find((r) => r.set.startsWith(set) && r.system === system)!.counts.all;
      return (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
    };
    expect(f1("news", "newsgraph")).toBeGreaterThanOrEqual(0.68);
    expect(f1("news", "newsgraph")).toBeGreaterThan(f1("news", "compromise"));
    expect(f1("UNER", "newsgraph")).toBeGreaterThan(f1("UNER", "compromise"));
  }, 240_000);
});
