// Stated links between two entities in one clause, labelled by the verb that
// states them (link-verbs.ts):
//   "X acquired Y", "X has urged Y to ...", "X met with Y", "X beat Y and Z"
//   "Y was acquired by X", "Y, acquired by X in 2010,"   -> X acquired Y
//   "X agreed to buy Y"                                   -> X "agreed to buy" Y
// Precision first: the subject comes from the clause reader (clause.ts: it stops
// at clause openers, speech verbs and other noun phrases), the object must follow
// the verb within a few plain words, a possessor is no object ("praised Y's
// decision"), and a list goes on only while its members are no new clause's subject.
import { evidenceAt } from "../evidence";
import type { Doc, RelationRecord } from "../types";
import { afterPreposition, findSubjects, isModifier, isRoleWord, isTitleWord } from "./clause";
import { VERB_FORMS } from "./inflections.generated";
import { LINK_VERBS } from "./link-verbs";
import { timeExpressions, timeTokens } from "./time";
import { SPEECH_VERBS } from "../lexicon/speech";
import { TRIGGERS } from "./triggers";
import {
  AUXILIARIES,
  BE_FORMS,
  CLAUSE_OPENERS,
  DETERMINERS,
  DO_FORMS,
  MODALS,
  NEGATIONS,
  POSSESSIVE_DETERMINERS,
  PREPOSITIONS,
} from "../lexicon/vocabulary";
import { HARD_BREAKS, type SentenceView, type Span } from "./view";

interface LinkForm {
  lemma: string;
  particles: readonly string[];
  /** can be a past participle (passive "was acquired by") */
  participle: boolean;
  /** an -ing form: a verb only after a be-form ("is acquiring") */
  ing: boolean;
}

/** word form -> link verb reading. */
const FORMS: ReadonlyMap<string, LinkForm> = (() => {
  const map = new Map<string, LinkForm>();
  for (const [lemma, particles] of Object.entries(LINK_VERBS)) {
    const forms = VERB_FORMS[lemma];
    if (!forms) continue;
    const [s, past, participle, ing] = forms;
    for (const w of [lemma, s, past, participle, ing]) {
      if (map.has(w)) continue;
      map.set(w, { lemma, particles, participle: w === participle, ing: w === ing });
    }
  }
  return map;
})();

/** Is the word a form of a link verb or a trigger verb ("sued", "visited")? */
export function isVerbForm(w: string): boolean {
  return FORMS.has(w) || !!TRIGGERS.get(w)?.some((s) => s.pos === "verb");
}

const isAdverb = (w: string) => w.length > 4 && w.endsWith("ly");

/** Most plain words (premodifiers, a common noun in apposition) between a verb and its object: "beat debutants Panama". */
const OBJECT_PLAIN_WORDS = 2;

export function svoRelations(doc: Doc, view: SentenceView): RelationRecord[] {
  const out: RelationRecord[] = [];
  const { words, spanAt, tokens } = view;
  const timeTok = timeTokens(timeExpressions(view));
  const add = (source: Span, target: Span, label: string, from: number, to: number) => {
    if (source.entity === target.entity) return;
    if (out.some((r) => r.source === source.entity && r.target === target.entity && r.label === label)) return;
    out.push({
      source: source.entity,
      target: target.entity,
      label,
      kind: "relation",
      evidence: [evidenceAt(doc, view.sentence.index, tokens[from].start, tokens[to].end)],
    });
  };

  for (let i = 1; i < words.length; i++) {
    const form = FORMS.get(words[i]);
    if (!form || spanAt[i] || tokens[i].cap) continue;
    // "Swedish captain X", "the company's head Y": a role noun before a name
    if (isRoleWord(words[i]) && (spanAt[i + 1] || tokens[i + 1]?.cap)) continue;
    const prev = previousWord(view, i, timeTok);
    const prevWord = prev >= 0 ? words[prev] : "";
    if (!verbContext(view, prev)) continue;
    const passive = form.participle && (BE_FORMS.has(prevWord) || prevWord === "got") && prevWord !== "'s";
    if (form.ing && !BE_FORMS.has(prevWord)) continue;

    // "Y, acquired by X in 2010,": a reduced relative clause on the name before the comma
    const reduced =
      form.participle &&
      prevWord === "," &&
      !!spanAt[prev - 1] &&
      !afterPreposition(view, spanAt[prev - 1]!) &&
      words[i + 1] === "by";
    if (passive || reduced) {
      // "X substituted Y and was replaced by Z": a coordinated passive's subject is unsaid
      if (passive && words[prev - 1] === "and") continue;
      const by = byAgentAt(view, i, timeTok);
      if (by < 0) continue;
      const agents = objectsAt(view, by + 1);
      const patients = reduced ? [spanAt[prev - 1]!] : findSubjects(view, i, timeTok);
      for (const a of agents) for (const p of patients) add(a, p, words[i], Math.min(p.first, i), a.last);
      continue;
    }
    if (isSpeechUse(words[i])) continue;

    let k = i + 1;
    // "Iceland lost 1 – 2 to Austria": a score between the verb and its particle
    while (k < words.length && k - i <= 4 && /^(\d+|[-\u2013\u2014])$/.test(words[k]) && form.particles.length) k++;
    let particle = "";
    if (form.particles.includes(words[k])) {
      particle = words[k];
      k++;
    } else k = i + 1;
    const objects = objectsAt(view, k);
    if (!objects.length) continue;
    const subjects = findSubjects(view, i, timeTok).filter((s) => !objects.includes(s));
    const label = verbLabel(view, i, particle);
    for (const s of subjects) for (const o of objects) add(s, o, label, Math.min(s.first, i), o.last);
  }
  return out;
}

/** "told", "called" and speech verbs have rules of their own (roles.ts) or take quotes, not objects. */
function isSpeechUse(w: string): boolean {
  return SPEECH_VERBS.has(w);
}

/** The word before the verb at i, skipping adverbs, negations and time expressions. */
function previousWord(view: SentenceView, i: number, timeTok: ReadonlySet<number>): number {
  let j = i - 1;
  while (j >= 0 && !view.spanAt[j] && (isAdverb(view.words[j]) || NEGATIONS.has(view.words[j]) || timeTok.has(j))) j--;
  return j;
}

/**
 * Does the word before a link-verb form make it a verb? After a name, an auxiliary,
 * "to", a comma or a coordinating "and" it is one; after a determiner, a possessive
 * or a preposition it is a noun ("the attack", "Russia's support", "in support of").
 */
function verbContext(view: SentenceView, prev: number): boolean {
  if (prev < 0) return false;
  const span = view.spanAt[prev];
  if (span) return span.mention.kind !== "pronoun" || !POSSESSIVE_DETERMINERS.has(span.mention.text.toLowerCase());
  const w = view.words[prev];
  if (w === "'s" || (DETERMINERS.has(w) && w !== "that")) return false;
  if (PREPOSITIONS.has(w) && w !== "to") return false;
  return (
    AUXILIARIES.has(w) ||
    w === "," ||
    w === ")" ||
    w === '"' ||
    w === "'" ||
    w === "and" ||
    w === "then" ||
    w === "who" ||
    w === "which" ||
    w === "that"
  );
}

/** The "by" of a passive's agent, within a few words after the participle ("was acquired last year by X"). */
function byAgentAt(view: SentenceView, i: number, timeTok: ReadonlySet<number>): number {
  for (let j = i + 1; j < view.words.length && j - i <= 4; j++) {
    const w = view.words[j];
    if (w === "by") return j;
    if (view.spanAt[j] || !(timeTok.has(j) || isAdverb(w) || w === "in" || /^\d+$/.test(w))) return -1;
  }
  return -1;
}

/**
 * The entity object(s) starting at k: after determiners, titles and at most two plain
 * words ("the Spanish club X", "debutants Panama"); through a possessor to the person
 * holding its role ("Y's foreign minister Z"); and on along a list "X, Y and Z".
 */
function objectsAt(view: SentenceView, k: number): Span[] {
  const { words, spanAt } = view;
  let plain = 0;
  let j = k;
  for (; j < words.length && j - k <= 5; j++) {
    if (spanAt[j]) break;
    const w = words[j];
    if (DETERMINERS.has(w) && !POSSESSIVE_DETERMINERS.has(w) && w !== "that" && w !== "this") continue;
    if (isTitleWord(w)) continue;
    if (isPlainWord(w) && ++plain <= OBJECT_PLAIN_WORDS) continue;
    return [];
  }
  let first = spanAt[j];
  if (!first || first.mention.kind === "pronoun") return [];
  first = throughModifier(view, first);
  if (!first) return [];
  const out = [first];
  for (let cur = first; out.length < 6;) {
    let n = cur.last + 1;
    if (words[n] === ",") n++;
    if (words[n] === "and" || words[n] === "or") n++;
    if (n === cur.last + 1) break;
    while (n < words.length && (DETERMINERS.has(words[n]) || isTitleWord(words[n])) && !spanAt[n]) n++;
    const next = spanAt[n];
    if (!next || next.mention.kind === "pronoun" || !sameSort(cur, next)) break;
    const after = words[next.last + 1] ?? "";
    // "X beat Y, Z said": a name before a verb of its own starts a new clause
    if (AUXILIARIES.has(after) || SPEECH_VERBS.has(after) || FORMS.has(after) || after === "'s") break;
    out.push(next);
    cur = next;
  }
  return out;
}

/** "Y's foreign minister Z", "Y envoy Z": the person after the role words; any other possessor is no object. */
function throughModifier(view: SentenceView, span: Span): Span | undefined {
  const { words, spanAt } = view;
  let j = span.last + 1;
  const possessive = words[j] === "'s" || words[j] === "'";
  if (!possessive && !isModifier(view, span, words.length)) return span;
  if (possessive) j++;
  const roleStart = j;
  while (j < words.length && !spanAt[j] && isRoleWord(words[j])) j++;
  const holder = spanAt[j];
  return j > roleStart && holder && holder.mention.type === "person" ? holder : undefined;
}

const isPlace = (s: Span) => s.mention.type === "place" || s.mention.type === "country";
const sameSort = (a: Span, b: Span) => isPlace(a) === isPlace(b);

const CLOSED_CLASS = new Set([...DETERMINERS, ...AUXILIARIES, ...PREPOSITIONS, ...CLAUSE_OPENERS, ...HARD_BREAKS]);
/** A lower-case content word that may premodify an object ("rival", "debutants", "software maker"). */
function isPlainWord(w: string): boolean {
  return (
    /^\p{Ll}[\p{Ll}-]*$/u.test(w) &&
    !CLOSED_CLASS.has(w) &&
    !FORMS.has(w) &&
    !SPEECH_VERBS.has(w) &&
    !w.endsWith("ing") &&
    !isAdverb(w)
  );
}

/**
 * The verb as the text words it, with what changes its meaning: a modal, a
 * negation, a controlling verb ("agreed to buy", "will not meet", "refused to
 * meet") and the particle ("met with"). Tense auxiliaries are dropped ("has acquired").
 */
function verbLabel(view: SentenceView, i: number, particle: string): string {
  const { words, spanAt } = view;
  let b = i;
  for (;;) {
    const w = words[b - 1];
    if (w === undefined || spanAt[b - 1]) break;
    if (MODALS.has(w) || NEGATIONS.has(w)) {
      b--;
      continue;
    }
    if (DO_FORMS.has(w) && NEGATIONS.has(words[b] ?? "")) {
      b--;
      continue;
    }
    // "agreed to", "refused to", "is set to": a controlling word and its "to"
    if (
      w === "to" &&
      /^\p{Ll}+$/u.test(words[b - 2] ?? "") &&
      !spanAt[b - 2] &&
      !AUXILIARIES.has(words[b - 2]) &&
      !PREPOSITIONS.has(words[b - 2])
    ) {
      b -= 2;
      continue;
    }
    break;
  }
  return [...words.slice(b, i + 1), ...(particle ? [particle] : [])].join(" ").replace(/ n't/g, "n't");
}
