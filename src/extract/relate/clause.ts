// Shallow clause syntax around a token: the subject before it, the arguments
// after it. Bounded windows over tokens; no parser.
import { datelineLength } from "../dateline";
import { TITLE_HEADS, TITLE_MODIFIERS } from "../lexicon/titles";
import {
  AUXILIARIES,
  CLAUSE_OPENERS,
  DETERMINERS,
  POSSESSIVE_DETERMINERS,
  PREPOSITIONS,
  SUBJECT_RELATIVES,
  SUBORDINATORS,
} from "../lexicon/vocabulary";
import { HARD_BREAKS, type SentenceView, type Span } from "./view";
import { SPEECH_VERBS } from "../lexicon/speech";

/** Most content tokens allowed between a subject and its verb ("Dranko is slated to speak"). */
const SUBJECT_GAP = 3;
/** How far back a subject search looks at all. */
const SUBJECT_WINDOW = 24;

export const isTitleWord = (w: string) => TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w);

/**
 * Nouns that tie a person to an organization without being a title of
 * office: "a member of Y", "Facebook creator X", "Y campaigner X".
 */
export const AFFILIATION_NOUNS = new Set(
  (
    "member members representative employee student researcher campaigner volunteer activist official " +
    "lawyer partner creator owner head player fan supporter candidate analyst economist scientist " +
    "correspondent writer producer designer engineer worker staffer co-founder founder cofounder " +
    // kin: "Maddox's son Eric", "X, the wife of Y"
    "wife husband son daughter mother father brother sister widow cousin nephew niece uncle aunt grandson granddaughter"
  ).split(" "),
);
/** A title or a membership noun: either may stand between an owner and a holder. */
export const isRoleWord = (w: string) => isTitleWord(w) || AFFILIATION_NOUNS.has(w) || PROFESSION.test(w);
/** Professions named by their suffix: "a neurologist at X", "an epidemiologist", "a statistician". */
const PROFESSION = /^\p{Ll}{3,}(ologist|ician)$/u;
const isAdverb = (w: string) => w.length > 4 && w.endsWith("ly");

/** Is the span an oblique ("with X", "in X") rather than a subject? Not after a preposition that opens a clause: "after Dranko ordered ...". */
export function afterPreposition(view: SentenceView, span: Span): boolean {
  let j = span.first - 1;
  while (j >= 0 && (DETERMINERS.has(view.words[j]) || isTitleWord(view.words[j]))) j--;
  const w = view.words[j];
  return (
    j >= 0 && PREPOSITIONS.has(w) && !SUBORDINATORS.has(w) && !(w === "to" && AUXILIARIES.has(view.words[j + 1] ?? ""))
  );
}

/** Is the span a possessor or a modifier of a later noun ("Maddox's remarks", "Maddox envoy X")? */
export function isModifier(view: SentenceView, span: Span, stopAt: number): boolean {
  const next = view.words[span.last + 1];
  if (span.last + 1 >= stopAt) return false;
  if (next === "'s" || next === "'") return true;
  // "Maddox envoy Grant Tolliver": title words then another name
  let j = span.last + 1;
  while (j < stopAt && isRoleWord(view.words[j]) && !view.spanAt[j]) j++;
  return j > span.last + 1 && j < stopAt && !!view.spanAt[j];
}

/**
 * The first token of the noun phrase a span heads, walking back over its
 * premodifiers: titles, determiners, possessors ("Maddox envoy Grant Tolliver",
 * "Moldovan President Ilinca Sarbu", "his national security advisor").
 */
export function phraseStart(view: SentenceView, span: Span): number {
  let j = span.first;
  for (;;) {
    const w = view.words[j - 1];
    if (w === undefined) break;
    const prevSpan = view.spanAt[j - 1];
    if (prevSpan && prevSpan !== span) {
      j = prevSpan.first;
      continue;
    }
    if (isTitleWord(w) || DETERMINERS.has(w) || w === "'s") {
      j--;
      continue;
    }
    break;
  }
  return j;
}

/** "was able to meet", "is set to visit": words between a subject and the verb it controls. */
const CONTROL_WORDS = new Set([
  "able",
  "unable",
  "set",
  "due",
  "expected",
  "likely",
  "going",
  "about",
  "ready",
  "willing",
]);

/** A time-expression or filler token does not count towards the subject gap. */
function isFiller(view: SentenceView, i: number, timeTok: ReadonlySet<number>): boolean {
  const w = view.words[i];
  return (
    timeTok.has(i) ||
    AUXILIARIES.has(w) ||
    CONTROL_WORDS.has(w) ||
    isAdverb(w) ||
    w === "not" ||
    w === "n't" ||
    w === '"' ||
    w === "'"
  );
}

/**
 * Subjects of the predicate at local token `at`: the nearest eligible entity
 * span before it in the clause, plus spans coordinated with it ("he and Dranko").
 * Skips appositives and non-restrictive relative clauses ("X, a member of Y,
 * was ..."), takes a relative pronoun's antecedent ("Y, which attacked ..."),
 * and the main subject for an elided one ("X arrived, and was able to meet ...").
 * Returns [] when another noun phrase or a clause opener intervenes.
 */
export function findSubjects(view: SentenceView, at: number, timeTok: ReadonlySet<number>): Span[] {
  const { words, spanAt } = view;
  let gap = 0;
  for (let i = at - 1; i >= 0 && at - i <= SUBJECT_WINDOW; i--) {
    const w = words[i];
    const span = spanAt[i];
    if (span) {
      // "officers from the X searched ...": the body the staff come from acts
      if (gap === 0 && staffOf(view, span)) return [span];
      if (afterPreposition(view, span) || isModifier(view, span, at)) {
        i = span.first;
        gap++;
        if (gap > SUBJECT_GAP) return [];
        continue;
      }
      return coordinated(view, span);
    }
    if (SUBJECT_RELATIVES.has(w) && gap === 0) return antecedent(view, i);
    if ((w === "and" || w === "but" || w === "then") && gap === 0) return elidedSubject(view, i);
    if (w === ")") {
      // "the League of X (LSTP) has launched": a bracket right after a name belongs to it
      const open = bracketStart(view, i);
      if (open >= 0) {
        i = open;
        continue;
      }
      return [];
    }
    if (HARD_BREAKS.has(w) || CLAUSE_OPENERS.has(w)) return [];
    // "X said Y will ..." ends the search, "X suggested in an interview" does not
    if (SPEECH_VERBS.has(w) && !PREPOSITIONS.has(words[i + 1] ?? "")) return [];
    if (w === ",") {
      // "Co-founder of Brightlane, Oskar Falk, met ...": the apposed name is the subject
      const named = apposedName(view, i);
      if (named) return [named];
      // skip an appositive: ", a representative for the sheriff's office,"
      const open = appositiveStart(view, i);
      if (open >= 0) {
        i = open;
        continue;
      }
      return [];
    }
    if (DETERMINERS.has(w) && !POSSESSIVE_DETERMINERS.has(w)) return [];
    if (!isFiller(view, i, timeTok)) {
      gap++;
      if (gap > SUBJECT_GAP) return [];
    }
  }
  return [];
}

/** Plural nouns for the people a body sends: "officers from X", "investigators at X". */
const STAFF_NOUNS = new Set(
  "officers agents investigators prosecutors police officials inspectors troops soldiers forces staff members experts teams researchers scientists engineers volunteers representatives delegates negotiators diplomats employees auditors detectives".split(
    " ",
  ),
);

/** Is the span the body in a clause-opening "officers from / at / of the X"? */
function staffOf(view: SentenceView, span: Span): boolean {
  let j = span.first - 1;
  while (j >= 0 && DETERMINERS.has(view.words[j])) j--;
  if (!["from", "at", "of"].includes(view.words[j] ?? "") || !STAFF_NOUNS.has(view.words[j - 1] ?? "")) return false;
  const before = view.words[j - 2];
  return (
    before === undefined ||
    before === "," ||
    DETERMINERS.has(before) ||
    isTitleWord(before) ||
    /^\p{Ll}+$/u.test(before) === false
  );
}

/** Adverbs that may open an appositive: "X, also of the Y party, will ...". */
const APPOSITIVE_ADVERBS = new Set(["also", "now", "formerly", "previously", "once", "himself", "herself"]);

/** "Civic Ledger, which attacked ...": the span the relative pronoun at i refers to. */
function antecedent(view: SentenceView, i: number): Span[] {
  let j = i - 1;
  if (view.words[j] === ",") j--;
  const span = view.spanAt[j];
  return span && span.mention.kind !== "pronoun" ? [span] : [];
}

/** "(LSTP)" right after a name: the index of its "(", else -1. */
function bracketStart(view: SentenceView, close: number): number {
  for (let j = close - 1; j >= 0 && close - j <= 8; j--) {
    if (view.words[j] === "(") return view.spanAt[j - 1] ? j : -1;
    if (HARD_BREAKS.has(view.words[j])) return -1;
  }
  return -1;
}

/**
 * A verb coordinated with an earlier one shares its subject: "Police arrested
 * and questioned X", "X was a guest ..., and was able to meet Y". The subject
 * is the sentence's main subject, when it stands before the conjunction.
 */
function elidedSubject(view: SentenceView, conj: number): Span[] {
  const next = view.words[conj + 1] ?? "";
  // "X and Y met" is coordination of subjects, not of verbs
  if (view.spanAt[conj + 1] || DETERMINERS.has(next)) return [];
  const subject = mainSubject(view);
  return subject.length && subject[subject.length - 1].last < conj ? subject : [];
}

/**
 * The sentence's main subject: the entity phrase that opens the sentence, or
 * opens it after a short fronted phrase ending in a comma ("On Wednesday, X
 * and Y ...").
 */
export function mainSubject(view: SentenceView): Span[] {
  const { words, spanAt } = view;
  let start = datelineEnd(view);
  const comma = words.indexOf(",", start);
  // "On Wednesday, X ...": a fronted phrase (not "The Data Board (DB), which ...": a subject's own bracket)
  if (comma > start && comma < start + 8 && !spanAt[comma - 1] && words[comma - 1] !== ")") start = comma + 1;
  for (let j = start; j < words.length && j - start <= 4; j++) {
    let span = spanAt[j];
    // "Ireland's Data Board ...": the possessed name is the subject
    if (span && words[span.last + 1] === "'s") {
      // "Ghana's Finance Minister X ...": past the title words too
      let k = span.last + 2;
      while (k < words.length && k - span.last <= 5 && !spanAt[k] && isTitleWord(words[k])) k++;
      if (spanAt[k]) span = spanAt[k]!;
    }
    if (span)
      return afterPreposition(view, span) || isModifier(view, span, words.length)
        ? []
        : coordinated(view, lastCoordinated(view, span));
    if (!DETERMINERS.has(words[j]) && !isTitleWord(words[j])) return [];
  }
  return [];
}

/** "TALLINN, Estonia — A storm tore ...": the index after a dateline's dash (0 when there is none). */
export function datelineEnd(view: SentenceView): number {
  return datelineLength(view.tokens);
}

/** "X and Y ...": from the first span of a coordination, its last member. */
function lastCoordinated(view: SentenceView, span: Span): Span {
  let cur = span;
  for (;;) {
    const w = view.words[cur.last + 1];
    if (w !== "and" && w !== ",") return cur;
    let j = cur.last + 2;
    if (view.words[j] === "and") j++;
    while (j < view.words.length && (DETERMINERS.has(view.words[j]) || isTitleWord(view.words[j])) && !view.spanAt[j])
      j++;
    const next = view.spanAt[j];
    if (!next || afterPreposition(view, next)) return cur;
    cur = next;
  }
}

/** ", Oskar Falk," closing at `close`, after a description ("Co-founder of Brightlane"): the name. */
function apposedName(view: SentenceView, close: number): Span | undefined {
  const name = view.spanAt[close - 1];
  if (!name || name.mention.type !== "person" || name.mention.kind !== "name" || view.words[name.first - 1] !== ",")
    return undefined;
  const before = view.spanAt[name.first - 2];
  // "Dranko, Maddox, and ..." is a list; a description has a title word
  if (before && before.mention.type === "person") return undefined;
  for (let j = name.first - 2; j >= 0 && name.first - j <= 8; j--) {
    const w = view.words[j];
    if (isTitleWord(w) && !view.spanAt[j]) return name;
    if (HARD_BREAKS.has(w) || CLAUSE_OPENERS.has(w) || w === ",") return undefined;
  }
  return undefined;
}

/**
 * For a "," closing an appositive or a non-restrictive relative clause, the
 * index of the comma that opens it, or -1. The opening comma follows a name;
 * what it opens starts with a determiner, a title, a number, a name or a
 * relative pronoun ("Teodor Valmy, 19, a member of Orvism all his life,").
 */
function appositiveStart(view: SentenceView, close: number): number {
  for (let j = close - 1; j >= 0 && close - j <= 16; j--) {
    const w = view.words[j];
    if (HARD_BREAKS.has(w)) return -1;
    if (w !== ",") continue;
    const first = view.words[j + 1];
    const before = view.spanAt[j - 1];
    if (!before) continue; // an inner comma: "from Qorvale, Texas,"
    if (
      DETERMINERS.has(first) ||
      isTitleWord(first) ||
      view.spanAt[j + 1] ||
      /^\d/.test(first) ||
      first === "who" ||
      first === "which"
    )
      return j;
    if (
      APPOSITIVE_ADVERBS.has(first) &&
      (PREPOSITIONS.has(view.words[j + 2]) || DETERMINERS.has(view.words[j + 2]) || isTitleWord(view.words[j + 2]))
    )
      return j;
  }
  return -1;
}

/** The span and every span coordinated before it: "Dranko and Maddox envoy Grant Tolliver". */
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

/** Sentence-initial participial clause ("After provoking ..., Maddox suspended"): the main subject after its comma. */
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
