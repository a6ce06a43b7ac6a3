// The transition system and its dynamic oracle, against real treebank trees:
// following zero-cost moves rebuilds a projective gold tree exactly, and from
// any state the oracle's cost of a move is the number of heads it dooms.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readConllu } from "../../src/nlp/conllu";
import { Config, LEFT, MOVES, RIGHT, SHIFT, moveCosts } from "../../src/nlp/parser/transition";
import { isProjective, projectivize } from "../../src/nlp/parser/projectivize";
import { seededRandom as mulberry32 } from "../../src/nlp/model/shuffle";
import { SHARED } from "../helpers/paths";

/** 0-based heads with the root as n, as the parser sees them. */
const toHeads = (heads: number[]) => heads.map((h) => (h === 0 ? heads.length : h - 1));

const dev = readConllu(readFileSync(join(SHARED, "corpus", "train", "ewt", "en_ewt-ud-dev.conllu"), "utf8")).slice(
  0,
  600,
);
const trees = dev.map((s) => toHeads(s.words.map((w) => w.head)));
const projective = trees.filter(isProjective);

/** Runs a parse choosing moves with `pick`; returns the heads and the summed cost of the moves taken. */
function run(gold: number[], pick: (c: Config, costs: Float64Array) => number) {
  const c = new Config(gold.length);
  const costs = new Float64Array(MOVES);
  let spent = 0;
  const seen: number[] = [];
  while (!c.done) {
    moveCosts(c, gold, costs);
    const m = pick(c, costs);
    expect(c.canDo(m)).toBe(true);
    spent += costs[m];
    seen.push(costs[m]);
    c.apply(m, 0);
  }
  return { heads: Array.from(c.head.subarray(0, gold.length)), spent, seen };
}

const zeroCost = (_c: Config, costs: Float64Array) => [SHIFT, LEFT, RIGHT].find((m) => costs[m] === 0)!;

describe("arc-hybrid dynamic oracle", () => {
  it("has enough projective sentences to test on", () => {
    expect(projective.length).toBeGreaterThan(500);
  });

  it("rebuilds every projective gold tree exactly along zero-cost moves, each of cost 0", () => {
    for (const gold of projective) {
      const r = run(gold, zeroCost);
      expect(r.heads).toEqual(gold);
      expect(r.seen.every((k) => k === 0)).toBe(true);
    }
  });

  it("charges a move for exactly the heads it makes unreachable (random wrong moves, then zero-cost)", () => {
    const rand = mulberry32(7);
    let mistakes = 0;
    for (const gold of projective.slice(0, 300)) {
      const r = run(gold, (c, costs) => {
        if (rand() < 0.3) {
          const legal = [SHIFT, LEFT, RIGHT].filter((m) => c.canDo(m));
          return legal[Math.floor(rand() * legal.length)];
        }
        return [SHIFT, LEFT, RIGHT].find((m) => costs[m] === Math.min(...costs))!;
      });
      const wrong = r.heads.filter((h, i) => h !== gold[i]).length;
      mistakes += wrong;
      expect(r.spent).toBe(wrong);
    }
    expect(mistakes).toBeGreaterThan(100);
  });

  it("every parse is a tree with one root word, whatever the moves", () => {
    const rand = mulberry32(3);
    for (const gold of trees.slice(0, 100)) {
      const r = run(gold, (c) => {
        const legal = [SHIFT, LEFT, RIGHT].filter((m) => c.canDo(m));
        return legal[Math.floor(rand() * legal.length)];
      });
      const n = gold.length;
      expect(r.heads.filter((h) => h === n)).toHaveLength(1);
      for (let i = 0; i < n; i++) {
        let a = i;
        for (let k = 0; a !== n; k++) {
          expect(k).toBeLessThanOrEqual(n);
          a = r.heads[a];
        }
      }
    }
  });
});

describe("projectivize", () => {
  it("leaves projective trees alone and makes the others projective, moving heads up only", () => {
    const nonProjective = trees.filter((t) => !isProjective(t));
    expect(nonProjective.length).toBeGreaterThan(0);
    for (const t of projective) expect(projectivize(t)).toEqual(t);
    for (const t of nonProjective) {
      const p = projectivize(t);
      expect(isProjective(p)).toBe(true);
      // each changed word now hangs from an ancestor of its gold head
      p.forEach((h, d) => {
        if (h === t[d]) return;
        let a = t[d];
        while (a !== h && a !== t.length) a = t[a];
        expect(a).toBe(h);
      });
    }
  });

  it("knows a crossing when it sees one", () => {
    // 0←2, 1←3 cross: words 0..3, root 4; 3 is the root word
    expect(isProjective([2, 3, 3, 4])).toBe(false);
    expect(isProjective([1, 3, 3, 4])).toBe(true);
  });
});
