// `newsgraph parse` as a user runs it: a real process, real files, the committed models.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readConllu } from "../../src/nlp/conllu";
import { CLI, SEED_ARTICLE, SHARED } from "../helpers/paths";

function run(args: string[]) {
  const res = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", timeout: 120_000 });
  return { code: res.status, stderr: res.stderr };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "newsgraph-parse-"));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Every sentence a tree: one root, heads in range, no cycle; every word tagged and given an entity tag. */
function expectWellFormed(text: string) {
  const sentences = readConllu(text);
  expect(sentences.length).toBeGreaterThan(0);
  for (const s of sentences) {
    expect(s.words.filter((w) => w.head === 0)).toHaveLength(1);
    for (const w of s.words) {
      expect(w.head).toBeGreaterThanOrEqual(0);
      expect(w.head).toBeLessThanOrEqual(s.words.length);
      expect(w.upos).toMatch(/^[A-Z]+$/);
      expect(w.deprel).not.toBe("_");
      expect(w.misc).toMatch(/(^|\|)NER=(O|[BI]-(person|organization|place))($|\|)/);
      // walking up from any word reaches the root
      let at = w.id;
      for (let steps = 0; at !== 0; steps++) {
        expect(steps).toBeLessThanOrEqual(s.words.length);
        at = s.words[at - 1].head;
      }
    }
  }
  return sentences;
}

describe("parse", () => {
  it("splits, tags, parses and finds names in plain text, byte-identical each time", () => {
    const a = join(dir, "seed.conllu");
    const b = join(dir, "seed2.conllu");
    expect(run(["parse", SEED_ARTICLE, "-o", a]).code).toBe(0);
    expect(run(["parse", SEED_ARTICLE, "-o", b]).code).toBe(0);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
    const sentences = expectWellFormed(readFileSync(a, "utf8"));
    const names = sentences.flatMap((s) => s.words.filter((w) => /NER=B-person/.test(w.misc)).map((w) => w.form));
    expect(names).toContain("Trump");
    // the words join back into the sentence text, contractions as multi-word tokens
    for (const s of sentences) {
      const textLine = s.comments.find((c) => c.startsWith("# text = "))!.slice(9);
      const spaced = s.words
        .map(
          (w) =>
            w.form +
            (/SpaceAfter=No/.test(w.misc) || s.multiwords.some((m) => w.id >= m.first && w.id < m.last) ? "" : " "),
        )
        .join("");
      expect(spaced.replace(/\s+/g, "").length).toBe(textLine.replace(/\s+/g, "").length);
    }
  });

  it("keeps the sentences, words, comments and multi-word tokens of a CoNLL-U input", () => {
    const gold = readFileSync(join(SHARED, "corpus", "gum-news-ud", "GUM_news_ie9.conllu"), "utf8");
    const input = join(dir, "ie9.conllu");
    writeFileSync(input, gold);
    const out = join(dir, "ie9.out.conllu");
    expect(run(["parse", input, "-o", out]).code).toBe(0);
    const [g, o] = [readConllu(gold), expectWellFormed(readFileSync(out, "utf8"))];
    expect(o.map((s) => s.words.map((w) => w.form))).toEqual(g.map((s) => s.words.map((w) => w.form)));
    expect(o.map((s) => s.comments)).toEqual(g.map((s) => s.comments));
    expect(o.map((s) => s.multiwords)).toEqual(g.map((s) => s.multiwords));
  });

  it("refuses bad input with one line and writes nothing", () => {
    const bad = join(dir, "bad.conllu");
    writeFileSync(bad, "1\tonly\tthree\n");
    const empty = join(dir, "empty.txt");
    writeFileSync(empty, "  \n");
    for (const [args, message] of [
      [["parse", bad, "-o", join(dir, "o1.conllu")], /line 1: expected 10 tab-separated columns/],
      [["parse", empty, "-o", join(dir, "o2.conllu")], /empty|no text/i],
      [["parse", SEED_ARTICLE, "-o", join(dir, "o3.txt")], /must be a \.conllu file/],
      [["parse", join(dir, "missing.txt"), "-o", join(dir, "o4.conllu")], /missing|no such|not found|does not exist/i],
    ] as const) {
      const r = run([...args]);
      expect(r.code).not.toBe(0);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).toMatch(message);
      expect(existsSync(args[3])).toBe(false);
    }
  });
});
