// Shallow clause syntax around a token: the subject before it, the arguments
// after it. Bounded windows over tokens; no parser.
import { TITLE_HEADS, TITLE_MODIFIERS } from "../lexicon/titles";
import {
  AUXILIARIES,
  CLAUSE_OPENERS,
  DETERMINERS,
  HARD_BREAKS,
  PREPOSITIONS,
  type SentenceView,
  type Span,
} from "./view";
import { SPEECH_VERBS } from "./triggers";

/** Most content tokens allowed between a subject and its verb ("Putin is slated to speak"). */
const SUBJECT_GAP = 3;
/** How far back a subject search looks at all. */
const SUBJECT_WINDOW = 24;

export const isTitleWord = (w: string) => TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w);
const isAdverb = (w: string) => w.length > 4 && w.endsWith("ly");
export const POSSESSIVE_PRONOUNS = new Set(["his", "her", "its", "their", "our", "my", "your"]);

/** Is the span an oblique ("with X", "in X") rather than a subject? */
export function afterPreposition(view: SentenceView, span: Span): boolean {
  let j = span.first - 1;
  while (j >= 0 && (DETERMINERS.has(view.words[j]) || isTitleWord(view.words[j]))) j--;
  const w = view.words[j];
  return j >= 0 && PREPOSITIONS.has(w) && !SUBORDINATORS.has(w) && !(w === "to" && AUXILIARIES.has(view.words[j + 1] ?? ""));
}

/** Words that are prepositions or clause openers: "after Putin ordered ...". */
const SUBORDINATORS = new Set(["after", "before", "since", "until", "as", "once"]);

/** Is the span a possessor or a modifier of a later noun ("Trump's remarks", "Trump envoy X")? */
export function isModifier(view: SentenceView, span: Span, stopAt: number): boolean {
  const next = view.words[span.last + 1];
  if (span.last + 1 >= stopAt) return false;
  if (next === "'s" || next === "'") return true;
  // "Trump envoy Steve Witkoff": title words then another name
  let j = span.last + 1;
  while (j < stopAt && isTitleWord(view.words[j]) && !view.spanAt[j]) j++;
  return j > span.last + 1 && j < stopAt && !!view.spanAt[j];
}

/**
 * The first token of the noun phrase a span heads, walking back over its
 * premodifiers: titles, determiners, possessors ("Trump envoy Steve Witkoff",
 * "Ukrainian President Volodymyr Zelensky", "his national security advisor").
 */
export function phraseStart(view: SentenceView, span: Span): number {
  let j = span.first;
  for (;;) {
    const w = view.words[j - 1];
    if (w === undefined) break;
    const prevSpan = view.spanAt[j - 1];
    if (prevSpan && prevSpan !== span) { j = prevSpan.first; continue; }
    if (isTitleWord(w) || DETERMINERS.has(w) || w === "'s") { j--; continue; }
    break;
  }
  return j;
}

/** A time-expression or filler token does not count towards the subject gap. */
function isFiller(view: SentenceView, i: number, timeTok: ReadonlySet<number>): boolean {
  const w = view.words[i];
  return timeTok.has(i) || AUXILIARIES.has(w) || isAdverb(w) || w === "not" || w === "n't" || w === '"' || w === "'";
}

/**
 * Subjects of the predicate at local token `at`: the nearest eligible entity
 * span before it in the clause, plus spans coordinated with it ("he and Putin").
 * Returns [] when another noun phrase or a clause opener intervenes.
 */
export function findSubjects(view: SentenceView, at: number, timeTok: ReadonlySet<number>): Span[] {
  const { words, spanAt } = view;
  let gap = 0;
  for (let i = at - 1; i >= 0 && at - i <= SUBJECT_WINDOW; i--) {
    const w = words[i];
    const span = spanAt[i];
    if (span) {
      if (afterPreposition(view, span) || isModifier(view, span, at)) { i = span.first; gap++; if (gap > SUBJECT_GAP) return []; continue; }
      return coordinated(view, span);
    }
    if (HARD_BREAKS.has(w) || CLAUSE_OPENERS.has(w)) return [];
    // "X said Y will ..." ends the search, "X suggested in an interview" does not
    if (SPEECH_VERBS.has(w) && !PREPOSITIONS.has(words[i + 1] ?? "")) return [];
    if (w === ",") {
      // skip an appositive: ", a representative for the sheriff's office,"
      const open = appositiveStart(view, i);
      if (open >= 0) { i = open; continue; }
      return [];
    }
    if (DETERMINERS.has(w) && !POSSESSIVE_PRONOUNS.has(w)) return [];
    if (!isFiller(view, i, timeTok)) {
      gap++;
      if (gap > SUBJECT_GAP) return [];
    }
  }
  return [];
}

/** For a "," closing an appositive, the index of the comma that opens it, or -1. */
function appositiveStart(view: SentenceView, close: number): number {
  for (let j = close - 1; j >= 0 && close - j <= 12; j--) {
    const w = view.words[j];
    if (HARD_BREAKS.has(w) || CLAUSE_OPENERS.has(w)) return -1;
    if (w === ",") {
      // an appositive follows a name and starts with a determiner, a title or a name
      const first = view.words[j + 1];
      const before = view.spanAt[j - 1];
      if (before && (DETERMINERS.has(first) || isTitleWord(first) || view.spanAt[j + 1])) return j;
      return -1;
    }
  }
  return -1;
}

/** The span and every span coordinated before it: "Putin and Trump envoy Steve Witkoff". */
function coordinated(view: SentenceView, span: Span): Span[] {
  const out = [span];
  let start = phraseStart(view, span);
  for (;;) {
    const w = view.words[start - 1];
    if (w !== "and" && w !== "," && w !== "&") break;
    const prev = view.spanAt[start - 2];
    if (!prev || afterPreposition(view, prev)) break;
    out.unshift(prev);
    start = phraseStart(view, prev);
  }
  return out;
}

/** Sentence-initial participial clause ("After provoking ..., Trump suspended"): the main subject after its comma. */
export function participialSubject(view: SentenceView, at: number): Span[] {
  const { words } = view;
  let k = 0;
  if (["after", "before", "since", "while", "when", "upon", "by", "despite"].includes(words[0])) k = 1;
  const head = words[k] ?? "";
  if (!(head.endsWith("ing") || head === "asked" || head === "having")) return [];
  for (let i = k + 1; i < words.length; i++) {
    if (HARD_BREAKS.has(words[i])) return [];
    if (words[i] !== ",") continue;
    if (at > i) return [];
    for (let j = i + 1; j < words.length && j <= i + 6; j++) {
      const span = view.spanAt[j];
      if (span) return afterPreposition(view, span) ? [] : coordinated(view, span);
      if (!DETERMINERS.has(words[j]) && !isTitleWord(words[j])) return [];
    }
    return [];
  }
  return [];
}
