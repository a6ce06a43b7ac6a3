// Quality bars, scored by the reference scorer (../shared/eval/score.mjs)
// exactly as score-set.mjs micro-averages the GUM dev set.
import { beforeAll, describe, expect, it } from "vitest";
import { evaluateEntities, type EntityEvaluation } from "./entities";

let ev: EntityEvaluation;
beforeAll(async () => {
  ev = await evaluateEntities();
}, 120_000);

describe("entity quality", () => {
  it("showcase article: typed entity F1 >= 0.90 with no duplicates", () => {
    expect(ev.seed.duplicates, `duplicates: ${ev.seed.falsePositives.join("; ")}`).toBe(0);
    expect(
      ev.seed.f1,
      `missed: ${ev.seed.missed.join("; ")}; false positives: ${ev.seed.falsePositives.join("; ")}`,
    ).toBeGreaterThanOrEqual(0.9);
  });

  it("GUM news dev set: micro-averaged typed entity F1 >= 0.70", () => {
    expect(ev.gum.documents).toHaveLength(12);
    expect(ev.gum.f1).toBeGreaterThanOrEqual(0.7);
  });
});
