// One vocabulary (src/extract/lexicon/vocabulary.ts): every closed-class list of the
// extraction is defined there once; no stage keeps a copy of one under its own name.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import * as vocabulary from "../../src/extract/lexicon/vocabulary";
import { REPO_ROOT } from "../helpers/paths";

const EXTRACT = join(REPO_ROOT, "src/extract");
const VOCABULARY = join(EXTRACT, "lexicon/vocabulary.ts");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sources(join(dir, d.name)) : d.name.endsWith(".ts") ? [join(dir, d.name)] : [],
  );
}

/** Word lists written as sets in a source: `new Set(["a", "b"])` and `new Set("a b".split(" "))`. */
function literalSets(text: string): string[][] {
  const out: string[][] = [];
  for (const m of text.matchAll(/new Set\(\s*\[((?:\s*"[^"]*",?)+)\s*\]\s*\)/g))
    out.push([...m[1].matchAll(/"([^"]*)"/g)].map((w) => w[1]));
  for (const m of text.matchAll(/new Set\(\s*\(?\s*((?:"[^"]*"\s*\+?\s*)+)\)?\s*\.split\(" "\)/g))
    out.push(
      [...m[1].matchAll(/"([^"]*)"/g)]
        .map((w) => w[1])
        .join("")
        .split(" "),
    );
  return out;
}

const key = (words: Iterable<string>) => [...new Set(words)].sort().join(" ");

const lists: (readonly [string, ReadonlySet<string>])[] = Object.entries(vocabulary).flatMap(
  ([name, value]): (readonly [string, ReadonlySet<string>])[] =>
    value instanceof Set
      ? [[name, value]]
      : Object.entries(value as Record<string, ReadonlySet<string>>).map(([k, v]) => [`${name}.${k}`, v] as const),
);

describe("the closed-class vocabulary", () => {
  it("finds the word lists of a source, in both ways they are written", () => {
    const text = `const A = new Set(["not", "n't", "never"]);\nconst B = new Set(\n  "will would".split(" "),\n);`;
    expect(literalSets(text).map(key)).toEqual(["n't never not", "will would"]);
  });

  it("is the only place a closed-class list is written", () => {
    const byWords = new Map(lists.map(([name, set]) => [key(set), name]));
    const copies: string[] = [];
    for (const file of sources(EXTRACT)) {
      if (file === VOCABULARY) continue;
      for (const words of literalSets(readFileSync(file, "utf8"))) {
        const name = byWords.get(key(words));
        if (name) copies.push(`${relative(REPO_ROOT, file)} copies ${name}`);
      }
    }
    expect(copies).toEqual([]);
  });

  it("keeps its lists lower-case, single words and free of repeats", () => {
    for (const [name, set] of lists) for (const w of set) expect(w, name).toMatch(/^[a-z']+$/);
    const written = [...readFileSync(VOCABULARY, "utf8").matchAll(/words\(\s*((?:"[^"]*"\s*\+?\s*)+),?\s*\)/g)].map(
      (m) =>
        [...m[1].matchAll(/"([^"]*)"/g)]
          .map((w) => w[1])
          .join("")
          .split(" "),
    );
    expect(written.length).toBe(lists.length);
    for (const words of written) expect(words.filter((w, k) => words.indexOf(w) !== k)).toEqual([]);
  });
});
