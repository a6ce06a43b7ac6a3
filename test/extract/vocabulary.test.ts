// One vocabulary (src/extract/lexicon/vocabulary.ts): every closed-class list of the
// extraction is defined there once; no stage keeps a copy of one under its own name.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import * as speech from "../../src/extract/lexicon/speech";
import * as vocabulary from "../../src/extract/lexicon/vocabulary";
import { REPO_ROOT } from "../helpers/paths";

const EXTRACT = join(REPO_ROOT, "src/extract");
const LEXICON = join(EXTRACT, "lexicon");
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

/**
 * The words of every string literal in each `new Set(...)` and `wordSet(...)` call of a
 * source (a literal's spaces split it, as `"a b".split(" ")` does), with the call's line.
 */
function setCalls(text: string): { line: number; words: string[] }[] {
  const out: { line: number; words: string[] }[] = [];
  const literal = /"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/y;
  for (const m of text.matchAll(/\b(?:new Set|wordSet)\(/g)) {
    const words: string[] = [];
    let depth = 0;
    for (let i = m.index + m[0].length - 1; i < text.length; i++) {
      const c = text[i];
      if (c === '"' || c === "'" || c === "`") {
        literal.lastIndex = i;
        const s = literal.exec(text)?.[0] ?? c;
        words.push(...s.slice(1, -1).split(" ").filter(Boolean));
        i += s.length - 1;
      } else if (c === "(") depth++;
      else if (c === ")" && --depth === 0) break;
    }
    out.push({ line: text.slice(0, m.index).split("\n").length, words });
  }
  return out;
}

/** The grammatical closed classes: a list in a stage with more than a few of these belongs in the vocabulary. */
const CLOSED_CLASS: ReadonlySet<string> = new Set(
  [
    vocabulary.PREPOSITIONS,
    vocabulary.DETERMINERS,
    vocabulary.BE_FORMS,
    vocabulary.AUXILIARIES,
    vocabulary.MODALS,
    vocabulary.NEGATIONS,
    vocabulary.CLAUSE_OPENERS,
    vocabulary.SUBORDINATORS,
    vocabulary.COORDINATORS,
    vocabulary.RELATIVE_PRONOUNS,
    vocabulary.SUBJECT_PRONOUNS,
    vocabulary.WH_WORDS,
    vocabulary.GENDERED_PRONOUNS.male,
    vocabulary.GENDERED_PRONOUNS.female,
    vocabulary.LINKING_WORDS,
  ].flatMap((set) => [...set]),
);
/** How many closed-class words a stage's own set may hold ("is are was were", "of at from"). */
const MOST_CLOSED_CLASS_WORDS = 5;

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

  it("finds the words of every set a source writes, whatever the quotes and brackets in it", () => {
    const text = `const A = new Set(['"', "(", ")"]);\nconst B = wordSet(\n  "of in".split(" "),\n);\nconst C = new Set([...A, "at"]);`;
    expect(setCalls(text)).toEqual([
      { line: 1, words: ['"', "(", ")"] },
      { line: 2, words: ["of", "in"] },
      { line: 5, words: ["at"] },
    ]);
  });

  it("holds the lists that stages used to keep of their own", () => {
    for (const name of [
      "SUBORDINATORS",
      "COORDINATORS",
      "RUN_ON_BREAKS",
      "SENTENCE_STARTERS",
      "PLACE_CUE_PREPOSITIONS",
      "OBLIQUE_PLACE_PREPOSITIONS",
      "BODY_PREPOSITIONS",
      "NOUN_LINK_PREPOSITIONS",
      "NAME_LINK_WORDS",
      "INITIALS_SKIPPED",
      "EPITHET_STOPS",
      "NOUN_PHRASE_CONTINUERS",
      "AFTER_NOUN_PHRASE",
      "DUMMY_IT_FOLLOWERS",
      "AFTER_BARE_AGE",
      "CAPTION_TAIL_WORDS",
    ] as const)
      expect(vocabulary[name], name).toBeInstanceOf(Set);
    for (const name of ["SPEECH_VERBS", "QUOTE_TAG_VERBS", "SPEAKER_VERBS"] as const)
      expect(speech[name], name).toBeInstanceOf(Set);
    // the coreference's speaker cue is the reporting verbs and the quotation tags, not a list of its own
    expect([...speech.SPEAKER_VERBS].sort()).toEqual([...speech.SPEECH_VERBS, ...speech.QUOTE_TAG_VERBS].sort());
    // the two place lists stay two: the recogniser's cue is narrower than the resolver's oblique
    expect([...vocabulary.PLACE_CUE_PREPOSITIONS].filter((w) => !vocabulary.OBLIQUE_PLACE_PREPOSITIONS.has(w))).toEqual(
      ["outside"],
    );
  });

  it("leaves no stage a set of closed-class words of its own", () => {
    const own: string[] = [];
    for (const file of sources(EXTRACT)) {
      if (file.startsWith(LEXICON + "/")) continue;
      for (const { line, words } of setCalls(readFileSync(file, "utf8"))) {
        const closed = [...new Set(words.filter((w) => CLOSED_CLASS.has(w)))];
        if (closed.length > MOST_CLOSED_CLASS_WORDS)
          own.push(`${relative(REPO_ROOT, file)}:${line} ${closed.join(" ")}`);
      }
    }
    expect(own).toEqual([]);
  });

  it("keeps its lists lower-case, single words and free of repeats", () => {
    // "&" is a word of a name's links: "Marks & Spencer"
    for (const [name, set] of lists) for (const w of set) expect(w, name).toMatch(/^(?:[a-z']+|&)$/);
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
