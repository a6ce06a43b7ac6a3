// Definite descriptions and pronouns of countries and organizations that the
// recogniser leaves without a mention, resolved to the entity they point back at:
//   "the country", "the nation"      -> the last country mentioned
//   "the Court", "the Council"       -> the last organization whose name has that head word
//   "the church", "the university"   -> the same, lower-case
//   "the company", "the firm"        -> the last organization, whatever its name
//   "its", "it" (before a verb)      -> the country or organization heading the clause
//                                       that holds it or the one before, when no person
//                                       or other entity intervenes
//   "its" (before a noun), otherwise  -> the one organization or country named earlier in
//                                       its sentence ("X, a member of Y, left its board")
// One pass over the tokens with the most recent entity of each kind in hand.
import { ORG_HEADS } from "../lexicon/organizations";
import {
  AFTER_BARE_AGE,
  AFTER_NOUN_PHRASE,
  COUNTRY_NOUNS,
  DUMMY_IT_FOLLOWERS,
  LINKING_WORDS,
  OBLIQUE_PLACE_PREPOSITIONS,
} from "../lexicon/vocabulary";
import type { Doc, Entity, Mention, Token } from "../types";

/** Heads that name any organization: "the company" after "Acme Corp". */
const GENERIC_ORG_NOUNS = new Set([
  "company",
  "firm",
  "organization",
  "organisation",
  "group",
  "corporation",
  "agency",
]);
/** Nouns for a body that a demonym before them makes one of a country's: "the Dutch side", "the German carmaker". */
const NATIONAL_BODY_NOUNS = new Set(
  "side club team squad company firm group bank lender insurer airline carrier operator supplier retailer carmaker automaker drugmaker maker manufacturer producer miner broadcaster newspaper".split(
    " ",
  ),
);

/** Tokens [from, to) are all inside demonym mentions ("Italian", "South Korean"). */
function demonymsOnly(tokens: readonly Token[], from: number, to: number, at: ReadonlyMap<number, Mention>): boolean {
  for (let x = from; x < to;) {
    const m = at.get(tokens[x].start);
    if (!m || m.kind !== "demonym") return false;
    while (x < to && tokens[x].end <= m.end) x++;
  }
  return true;
}

/** How many sentences back the antecedent may be. */
const WINDOW_SENTENCES = 3;
const WINDOW_SENTENCES_BY_HEAD = 6;
/** ... and when one organization alone has that head word so far ("the ministry" with one ministry named). */
const WINDOW_SENTENCES_BY_UNIQUE_HEAD = 15;

/** Lower-case titles that follow an organization's name: "Commission spokesperson X". */
const TITLE_BEFORE_NAME = new Set([
  "spokesperson",
  "spokesman",
  "spokeswoman",
  "chairman",
  "chairwoman",
  "president",
  "director",
  "chief",
  "head",
  "secretary",
  "official",
  "executive",
  "lawyer",
  "economist",
  "analyst",
  "researcher",
]);

interface Last {
  entity: Entity;
  sentence: number;
}

/** New description mentions, already attached to their entity, in text order. */
export function describedEntities(
  doc: Doc,
  mentions: readonly Mention[],
  entities: ReadonlyMap<string, Entity>,
): Mention[] {
  const covered = coveredTokens(doc, mentions);
  const at = new Map<number, Mention>();
  // the longest mention at an offset: "Afghan team" over the demonym "Afghan" inside it
  for (const m of mentions) {
    const prev = at.get(m.start);
    if (m.entity && (!prev || m.end >= prev.end)) at.set(m.start, m);
  }
  let country: Last | undefined;
  let org: Last | undefined;
  /** the last entity named at all, and the last non-person one heading a clause */
  let lastNamed: Last | undefined;
  let subject: Last | undefined;
  let oblique = false;
  /** the last person named ("the 57-year-old" points back to them) */
  let person: Last | undefined;
  /** organizations and countries named so far in the current sentence */
  let sentenceBodies: Last[] = [];
  const orgByHead = new Map<string, Last>();
  const headOwners = new Map<string, Set<string>>();
  /** how far back a head word reaches: further when one organization alone has it */
  const headWindow = (head: string) =>
    headOwners.get(head)?.size === 1 ? WINDOW_SENTENCES_BY_UNIQUE_HEAD : WINDOW_SENTENCES_BY_HEAD;
  const out: Mention[] = [];
  const tokens = doc.tokens;
  const add = (first: Token, last: Token, target: Last, type: Entity["type"], kind: Mention["kind"]) => {
    const mention: Mention = {
      start: first.start,
      end: last.end,
      text: doc.text.slice(first.start, last.end),
      sentence: first.sentence,
      type,
      kind,
      entity: target.entity.key,
    };
    target.entity.mentions.push(mention);
    out.push(mention);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (i > 0 && tokens[i - 1].sentence !== t.sentence) sentenceBodies = [];
    const m = at.get(t.start);
    // "Its chairman, X": the recogniser's description starts with the possessive, which still needs its owner
    const ownerOfDescription = !!m && m.kind === "description" && t.lower === "its";
    if (m && !ownerOfDescription) {
      const e = entities.get(m.entity!);
      if (!e) continue;
      const here = { entity: e, sentence: t.sentence };
      if (m.kind === "name") {
        if (e.type === "person") person = here;
        if (e.type === "country") country = here;
        if (e.type === "organization") {
          org = here;
          for (const w of e.label.toLowerCase().split(/\s+/)) {
            if (!ORG_HEADS.has(w)) continue;
            orgByHead.set(w, here);
            (headOwners.get(w) ?? headOwners.set(w, new Set()).get(w)!).add(e.key);
          }
        }
      }
      // "X ... employs people in Norway and Latvia. Its chairman": places after a preposition own nothing
      const prevWord = tokens[i - 1]?.sentence === t.sentence ? tokens[i - 1].lower : "";
      oblique =
        (e.type === "place" || e.type === "country") &&
        (OBLIQUE_PLACE_PREPOSITIONS.has(prevWord) || (oblique && (prevWord === "and" || prevWord === ",")));
      if ((m.kind !== "pronoun" || e.type !== "person") && !oblique) lastNamed = here;
      const possessor = /^['\u2019]s?\b/.test(doc.text.slice(m.end, m.end + 3));
      // a possessor's noun is the likelier owner of a later "its" ("Microsoft's browser lost its lead"): no fallback then
      if ((e.type === "organization" || e.type === "country") && !sentenceBodies.some((b) => b.entity === e))
        sentenceBodies.push(possessor ? { entity: e, sentence: -1 } : here);
      if ((e.type === "organization" || e.type === "country") && headsClause(tokens, i) && !possessor) subject = here;
      else if (e.type === "person" && m.kind === "name") subject = undefined;
      continue;
    }
    if (covered.has(i) && !ownerOfDescription) continue;
    if (
      (t.lower === "its" || t.lower === "it") &&
      subject &&
      (subject.entity === lastNamed?.entity || afterReport(tokens, i, subject)) &&
      t.sentence - subject.sentence <= 1
    ) {
      const next = tokens[i + 1];
      const sameSentence = next && next.sentence === t.sentence;
      // "its goal", "it launched": a possessive before a noun, a subject before a verb (not "it is time", not an object)
      const prev = tokens[i - 1];
      const subjectSlot =
        !prev ||
        prev.sentence !== t.sentence ||
        /^(,|and|but|that|because|as|when|after|while|"|\u201c)$/.test(prev.lower);
      const verbNext =
        /^\p{Ll}+$/u.test(next?.text ?? "") && !DUMMY_IT_FOLLOWERS.has(next.lower) && !LINKING_WORDS.has(next.lower);
      // "WHO said it was sending ...", "X confirmed it had opened ...": the speaker's own report
      const reported =
        !!prev &&
        prev.sentence === t.sentence &&
        REPORT_VERBS.has(prev.lower) &&
        sameSentence &&
        !dummyPredicate(tokens, i);
      if (sameSentence && (t.lower === "its" ? /^\p{Ll}/u.test(next.text) : (subjectSlot && verbNext) || reported)) {
        add(t, t, subject, subject.entity.type, "pronoun");
      }
      continue;
    }
    // "its" cannot point at a person: with one body named before it in the sentence, it is that one
    if (
      t.lower === "its" &&
      sentenceBodies.length === 1 &&
      sentenceBodies[0].sentence === t.sentence &&
      tokens[i + 1]?.sentence === t.sentence &&
      /^\p{Ll}/u.test(tokens[i + 1].text)
    ) {
      add(t, t, sentenceBodies[0], sentenceBodies[0].entity.type, "pronoun");
      continue;
    }
    // "Commission spokesperson Wren Dahl": an organization's head word before a title
    if (
      t.cap &&
      ORG_HEADS.has(t.lower) &&
      !covered.has(i) &&
      TITLE_BEFORE_NAME.has(tokens[i + 1]?.lower ?? "") &&
      tokens[i + 1].sentence === t.sentence
    ) {
      const target = orgByHead.get(t.lower);
      if (target && t.sentence - target.sentence <= headWindow(t.lower))
        add(t, t, target, "organization", "description");
      continue;
    }
    // "to form a new commission ... The commission will": a new, unnamed one; "the commission" is it, not the last named
    if ((t.lower === "a" || t.lower === "an") && !covered.has(i)) {
      for (let k = i + 1; k <= i + 3 && tokens[k]?.sentence === t.sentence && /^\p{Ll}/u.test(tokens[k].text); k++) {
        if (ORG_HEADS.has(tokens[k].lower)) {
          orgByHead.delete(tokens[k].lower);
          break;
        }
      }
      continue;
    }
    if (t.lower !== "the") continue;
    // "The 57-year-old, who ..., accused Y", "the 49-year-old said": the person last named, close by
    const aged = ageDescription(tokens, i);
    if (aged && person && t.sentence - person.sentence <= WINDOW_AGED) {
      add(t, aged, person, "person", "description");
      continue;
    }
    // "the Los Angeles-based company" (the head alone, so the place stays its own mention), "the fitness-tracking company"
    let h = i + 1;
    let from = t;
    let k = h;
    let national = false;
    while (k < tokens.length && covered.has(k) && tokens[k].sentence === t.sentence) k++;
    if (k > h && tokens[k]?.text === "-" && tokens[k + 1]?.lower === "based") {
      h = k + 2;
      from = tokens[h];
    } else if (k > h && demonymsOnly(tokens, h, k, at) && NATIONAL_BODY_NOUNS.has(tokens[k]?.lower ?? "")) {
      // "the Dutch side", "the Swiss drugmaker": the organization last named, the demonym its country's
      h = k;
      national = true;
    } else if (/^\p{Ll}+-\p{Ll}+$/u.test(tokens[h]?.text ?? "") && !covered.has(h)) h++;
    const head = tokens[h];
    if (!head || !from || head.sentence !== t.sentence || covered.has(head.index)) continue;
    // "the country's", "the country," — not "the country music"
    const after = tokens[h + 1];
    if (
      after &&
      after.sentence === t.sentence &&
      /^\p{Ll}/u.test(after.text) &&
      !endsNounPhrase(after.lower, t.sentenceInitial)
    )
      continue;
    let target: Last | undefined;
    let type: Entity["type"] | undefined;
    if (national) {
      target = org;
      type = "organization";
    } else if (COUNTRY_NOUNS.has(head.lower) && !head.cap) {
      target = country;
      type = "country";
    } else if (!head.sentenceInitial && ORG_HEADS.has(head.lower) && (head.cap || !COUNTRY_NOUNS.has(head.lower))) {
      target = orgByHead.get(head.lower) ?? (!head.cap && GENERIC_ORG_NOUNS.has(head.lower) ? org : undefined);
      type = "organization";
    }
    // a head word shared with one organization's name ("the trust") reaches further back than "the company"
    const byHead = !national && orgByHead.get(head.lower) === target;
    const window = byHead ? headWindow(head.lower) : WINDOW_SENTENCES;
    if (!target || !type || t.sentence - target.sentence > window) continue;
    add(from, head, target, type, "description");
    lastNamed = target;
    // "the ministry" keeps the one it names in view for the next "the ministry"
    if (byHead) orgByHead.set(head.lower, { entity: target.entity, sentence: t.sentence });
  }
  return out;
}

const WINDOW_AGED = 2;

/** "the 57-year-old" standing alone (not "the 30-year-old victim"): its last token. */
function ageDescription(tokens: readonly Token[], i: number): Token | undefined {
  const [n, dash, age, next] = [tokens[i + 1], tokens[i + 2], tokens[i + 3], tokens[i + 4]];
  if (
    !n ||
    !/^\d{1,3}$/.test(n.text) ||
    dash?.text !== "-" ||
    age?.lower !== "year-old" ||
    age.sentence !== tokens[i].sentence
  )
    return undefined;
  const alone =
    !next ||
    next.sentence !== age.sentence ||
    !/^\p{Ll}/u.test(next.text) ||
    /(ed|s)$/.test(next.lower) ||
    AFTER_BARE_AGE.has(next.lower);
  return alone ? age : undefined;
}

/** "X, which oversees Y, confirmed it ...": the clause head of this sentence reports about itself. */
function afterReport(tokens: readonly Token[], i: number, subject: Last): boolean {
  const prev = tokens[i - 1];
  return tokens[i].lower === "it" && !!prev && REPORT_VERBS.has(prev.lower) && subject.sentence === tokens[i].sentence;
}

/** Verbs after which "it" is the subject of the speaker's own report ("X said it would ..."). */
const REPORT_VERBS = new Set(
  "said says confirmed confirms announced announces added adds stated states told tells insisted insists warned warns".split(
    " ",
  ),
);

/** "said it was important to ...", "said it was time": "it" stands for nothing there. */
function dummyPredicate(tokens: readonly Token[], i: number): boolean {
  const be = tokens[i + 1],
    word = tokens[i + 2],
    after = tokens[i + 3];
  if (!be || !/^(is|was|'s|would be|will be|seems|seemed)$/.test(be.lower)) return false;
  if (!word || /(ing|ed)$/.test(word.lower)) return false;
  return (
    !after ||
    /^(to|that|for|time|a|an|not|\.|,)$/.test(after.lower) ||
    /^(time|important|clear|possible|necessary|likely|unlikely|unclear|too|not)$/.test(word.lower)
  );
}

function endsNounPhrase(word: string, subjectPosition: boolean): boolean {
  if (AFTER_NOUN_PHRASE.has(word)) return true;
  // "The company unveiled ...", "the trust last year": at the head of a sentence, a verb in -ed/-s follows
  return subjectPosition && /^\p{Ll}+(ed|s)$/u.test(word) && !/(ss|us)$/.test(word);
}

/** Does the mention at token i open its clause (sentence start, or after a short fronted phrase and a comma)? */
function headsClause(tokens: readonly Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && tokens[j].sentence === tokens[i].sentence && /^(the|a|an)$/.test(tokens[j].lower)) j--;
  if (j < 0 || tokens[j].sentence !== tokens[i].sentence) return true;
  // "Britain's Fair Trade Office said ...": a capitalised possessor opening the sentence
  if (tokens[j].lower === "'s") {
    let k = j - 1;
    while (k >= 0 && tokens[k].sentence === tokens[i].sentence && tokens[k].cap && j - k <= 4) k--;
    if (k < j - 1 && (k < 0 || tokens[k].sentence !== tokens[i].sentence)) return true;
  }
  // "..., and the WHO said": the head of a coordinated clause
  if (
    /^(and|but)$/.test(tokens[j].lower) &&
    tokens[j - 1]?.text === "," &&
    tokens[j - 1].sentence === tokens[i].sentence
  )
    return true;
  return (
    tokens[j].text === "," && i - j <= 2 && tokens[j].sentence === tokens[i].sentence && j - firstOf(tokens, j) <= 6
  );
}

function firstOf(tokens: readonly Token[], i: number): number {
  let j = i;
  while (j > 0 && tokens[j - 1].sentence === tokens[i].sentence) j--;
  return j;
}

/** Indexes of the tokens inside some mention, by one sweep over both in text order. */
function coveredTokens(doc: Doc, mentions: readonly Mention[]): Set<number> {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const covered = new Set<number>();
  let k = 0,
    reach = -1;
  for (const t of doc.tokens) {
    while (k < sorted.length && sorted[k].start <= t.start) reach = Math.max(reach, sorted[k++].end);
    if (t.end <= reach) covered.add(t.index);
  }
  return covered;
}
