// Candidate proper-name runs: maximal sequences of capitalised tokens in a
// sentence, allowing name-internal connectors ("of", "and", "de", "&", "-")
// when a capitalised token follows.
import { NAME_PARTICLES } from "../lexicon/names";
import { ORG_HEADS } from "../lexicon/organizations";
import { PLACE_HEADS } from "../lexicon/places";
import { TITLE_HEADS } from "../lexicon/titles";
import { FUNCTION_WORDS, NUMBER_WORDS } from "../lexicon/vocabulary";
import type { Doc, Token } from "../types";

/** Connectors that may sit inside a name when a capitalised word follows. */
export const CONNECTORS: ReadonlySet<string> = new Set([
  "of",
  "the",
  "and",
  "&",
  "for",
  "on",
  "-",
  "\u2013",
  "y",
  // "Ana de la Cruz", "Osama bin Laden", "José dos Santos"
  ...NAME_PARTICLES,
]);

export function isNameToken(t: Token): boolean {
  return t.cap;
}

/** A run of tokens [start, end) in doc.tokens. */
export interface Run {
  start: number;
  end: number;
}

/** Capitalised runs of sentence `s`, connectors kept inside. */
export function sentenceRuns(doc: Doc, s: number): Run[] {
  const { tokenStart, tokenEnd } = doc.sentences[s];
  const toks = doc.tokens;
  const runs: Run[] = [];
  let i = tokenStart;
  while (i < tokenEnd) {
    if (!isNameToken(toks[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      if (j < tokenEnd && isNameToken(toks[j]) && adjacent(toks[j - 1], toks[j])) {
        j++;
        continue;
      }
      // numbers that end a name: "Comic Fest Norway 2019", "Lista 7 Colli"
      if (
        j < tokenEnd &&
        /^\p{N}+$/u.test(toks[j].text) &&
        adjacent(toks[j - 1], toks[j]) &&
        j + 1 < tokenEnd &&
        isNameToken(toks[j + 1])
      ) {
        j += 2;
        continue;
      }
      // "St Mary's Hospital", "Children's Hospital", "King's College": a possessive inside a name
      if (
        j + 1 < tokenEnd &&
        /^['\u2019]s?$/i.test(toks[j].text) &&
        toks[j].start === toks[j - 1].end &&
        isNameToken(toks[j + 1]) &&
        adjacent(toks[j], toks[j + 1]) &&
        possessiveInName(toks, i, j)
      ) {
        j += 2;
        continue;
      }
      // connector(s) followed by a capitalised word: "Council on Nordic - Baltic Trade", "Friends of the Northern Railway"
      let k = j;
      while (k < tokenEnd && k - j < 2 && CONNECTORS.has(toks[k].lower) && adjacent(toks[k - 1], toks[k])) k++;
      if (
        k > j &&
        k < tokenEnd &&
        isNameToken(toks[k]) &&
        (!FUNCTION_WORDS.has(toks[k].lower) ||
          /^\p{Lu}{2,}$/u.test(toks[k].text) ||
          // "the Group of Seven": a capitalised number after "of" ends the name
          (toks[k - 1].lower === "of" && NUMBER_WORDS.has(toks[k].lower))) &&
        adjacent(toks[k - 1], toks[k]) &&
        validConnectors(toks, j, k)
      ) {
        j = k + 1;
        continue;
      }
      break;
    }
    runs.push({ start: i, end: j });
    i = j;
  }
  return runs;
}

/** Words whose possessive starts a name ("Women's", "Queen's"), and saints ("St Mary's"). */
const POSSESSIVE_OPENERS = new Set(["children", "women", "men", "people", "king", "queen", "st", "st.", "saint"]);

function possessiveInName(toks: Token[], runStart: number, s: number): boolean {
  const owner = toks[s - 1].lower;
  // "Magistrates' Court", "Workers' Union": a plural possessive right before an institution's head word
  if (toks[s].text.length === 1) return owner.endsWith("s") && s - 1 > runStart && ORG_HEADS.has(toks[s + 1].lower);
  // "the Information Commissioner's Office", "the Governor's Office": an office's own name
  if (TITLE_HEADS.has(owner) && s - 1 > runStart && ORG_HEADS.has(toks[s + 1].lower)) return true;
  if (!POSSESSIVE_OPENERS.has(owner) && !(s - 2 >= runStart && POSSESSIVE_OPENERS.has(toks[s - 2].lower))) return false;
  // and the name goes on to an institution's or a place's head word
  for (let k = s + 1; k < toks.length && k <= s + 3 && toks[k].cap; k++)
    if (ORG_HEADS.has(toks[k].lower) || PLACE_HEADS.has(toks[k].lower)) return true;
  return false;
}

function validConnectors(toks: Token[], j: number, k: number): boolean {
  const words = toks.slice(j, k).map((t) => t.lower);
  if (words.length === 1) return true;
  // "of the", "for the", "on the", "and the"; name particles like "de la"
  return words[1] === "the" || words.every((w) => NAME_PARTICLES.has(w));
}

/** Same line and no punctuation between: the gap is plain spaces. */
function adjacent(a: Token, b: Token): boolean {
  return b.start - a.end <= 1 && a.sentence === b.sentence;
}
