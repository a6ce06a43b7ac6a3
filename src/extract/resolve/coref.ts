// Pronouns and role descriptions -> the person they point at, in one pass
// over the text with a bounded window of recent person mentions.
//  - "he"/"she": the nearest earlier compatible person in the same sentence,
//    else the first (subject) compatible person of the closest of the last
//    few sentences that has one.
//  - "the (U.S.) president", "the minister": the most recent person whose
//    role has that head word (and country, when given); "his Russian
//    counterpart": the most recent person of that country.
//  - "his national security advisor, Lyle Danner": the apposed name.
//  - a pronoun in a fronted subordinate clause ("When he addressed reporters,
//    Maddox ...") is the main subject named right after the clause's comma.
//  - "he said" after a quotation is the speaker of the last quotation.
//  - "the country", "the Court": see descriptions.ts.
import { SPEAKER_VERBS } from "../lexicon/speech";
import { SUBORDINATORS } from "../lexicon/vocabulary";
import type { Doc, Entity, Mention } from "../types";
import { describedEntities } from "./descriptions";

const WINDOW_SENTENCES = 3;
const WINDOW_MENTIONS = 40;

interface Seen {
  entity: Entity;
  sentence: number;
  start: number;
}

export function linkReferences(
  doc: Doc,
  mentions: Mention[],
  entities: Map<string, Entity>,
  genderOf: (e: Entity) => "m" | "f" | undefined,
): void {
  const ordered = [...mentions].sort((a, b) => a.start - b.start || a.end - b.end);
  const recent: Seen[] = [];
  const genders = new Map<string, "m" | "f" | undefined>();
  const gender = (e: Entity) => {
    if (!genders.has(e.key)) genders.set(e.key, genderOf(e));
    return genders.get(e.key);
  };
  const affiliationOf = new Map<string, string>();
  for (const e of entities.values()) {
    const a = e.mentions.find((m) => m.affiliation)?.affiliation;
    if (a) affiliationOf.set(e.key, a);
  }
  const attach = (m: Mention, e: Entity) => {
    m.entity = e.key;
    e.mentions.push(m);
  };

  let speaker: Entity | undefined;
  for (let idx = 0; idx < ordered.length; idx++) {
    const m = ordered[idx];
    if (m.type !== "person") continue;
    if (m.kind === "name" && m.entity) {
      const e = entities.get(m.entity);
      if (e) remember(recent, { entity: e, sentence: m.sentence, start: m.start });
      if (e && isSpeaker(doc, m)) speaker = e;
      continue;
    }
    if (m.kind === "pronoun") {
      const fits = (e: Entity | undefined) => !!e && (!m.gender || !gender(e) || gender(e) === m.gender);
      const ahead = fronted(doc, ordered, idx, entities);
      const quoted = isSpeaker(doc, m) && quoteBefore(doc, m) ? speaker : undefined;
      const e = fits(ahead) ? ahead : fits(quoted) ? quoted : pronounTarget(recent, m, gender);
      if (e) {
        attach(m, e);
        if (isSpeaker(doc, m)) speaker = e;
      }
      continue;
    }
    if (m.kind === "description") {
      const e = apposed(doc, ordered, idx, entities) ?? describedTarget(recent, m, affiliationOf);
      if (e) {
        attach(m, e);
        if (!e.role && m.role && !/counterpart/.test(m.role)) e.role = m.role;
        remember(recent, { entity: e, sentence: m.sentence, start: m.start });
      }
    }
  }
  mentions.push(...describedEntities(doc, mentions, entities));
}

const SPEECH = new RegExp(`^\\s*,?\\s*(${[...SPEAKER_VERBS].join("|")})\\b`);

/** "X said", "X told ...": the mention is the subject of a speech verb. */
function isSpeaker(doc: Doc, m: Mention): boolean {
  return SPEECH.test(doc.text.slice(m.end, m.end + 16));
}

/** The pronoun's sentence has a quotation before it: '"...," he said'. */
function quoteBefore(doc: Doc, m: Mention): boolean {
  const s = doc.sentences[m.sentence];
  return !!s && /["\u201d]/.test(doc.text.slice(s.start, m.start));
}

/**
 * "When he addressed reporters on Sunday, Maddox was ...": a pronoun inside a
 * sentence-initial subordinate clause points at the name that opens the main
 * clause after the comma.
 */
function fronted(doc: Doc, ordered: Mention[], idx: number, entities: Map<string, Entity>): Entity | undefined {
  const m = ordered[idx];
  const s = doc.sentences[m.sentence];
  if (!s) return undefined;
  const first = doc.tokens[s.tokenStart];
  if (!first || !SUBORDINATORS.has(first.lower)) return undefined;
  let comma = -1;
  for (let i = s.tokenStart; i < s.tokenEnd && i - s.tokenStart <= 25; i++)
    if (doc.tokens[i].text === ",") {
      comma = i;
      break;
    }
  if (comma < 0 || doc.tokens[comma].start < m.end) return undefined;
  const after = doc.tokens[comma + 1];
  if (!after) return undefined;
  for (let j = idx + 1; j < ordered.length && j <= idx + 8; j++) {
    const n = ordered[j];
    if (n.start < after.start) continue;
    // the name may follow a title: ", U.S. President Maddox was"
    if (n.sentence !== m.sentence || n.start - after.start > 40) return undefined;
    if (n.type === "person" && n.kind === "name" && n.entity) return entities.get(n.entity);
    if (n.type === "person") return undefined;
  }
  return undefined;
}

function remember(recent: Seen[], s: Seen): void {
  recent.push(s);
  if (recent.length > WINDOW_MENTIONS) recent.shift();
}

function pronounTarget(recent: Seen[], m: Mention, gender: (e: Entity) => "m" | "f" | undefined): Entity | undefined {
  const fits = (s: Seen) => {
    const g = gender(s.entity);
    return !g || !m.gender || g === m.gender;
  };
  for (let i = recent.length - 1; i >= 0; i--) {
    const s = recent[i];
    if (s.sentence !== m.sentence) break;
    if (fits(s)) return s.entity;
  }
  for (let back = 1; back <= WINDOW_SENTENCES; back++) {
    const sentence = m.sentence - back;
    let first: Seen | undefined;
    for (let i = recent.length - 1; i >= 0; i--) {
      const s = recent[i];
      if (s.sentence < sentence) break;
      if (s.sentence === sentence && fits(s)) first = s;
    }
    if (first) return first.entity;
  }
  return undefined;
}

function describedTarget(recent: Seen[], m: Mention, affiliationOf: Map<string, string>): Entity | undefined {
  const role = (m.role ?? "").toLowerCase();
  const head = role.split(/\s+/).pop() ?? "";
  const counterpart = head === "counterpart";
  let fallback: Entity | undefined;
  for (let i = recent.length - 1; i >= 0; i--) {
    const e = recent[i].entity;
    const aff = affiliationOf.get(e.key);
    if (m.affiliation && aff && aff !== m.affiliation) continue;
    if (counterpart) {
      if (m.affiliation && aff === m.affiliation) return e;
      continue;
    }
    const er = (e.role ?? "").toLowerCase();
    if (!er || !er.split(/\s+/).includes(head)) continue;
    if (!m.affiliation || aff === m.affiliation) return e;
    fallback ??= e; // no country known for this one: take it if nobody fits better
  }
  return fallback;
}

/** "the U.S. envoy, Grant Tolliver," -> the name right after the comma. */
function apposed(doc: Doc, ordered: Mention[], idx: number, entities: Map<string, Entity>): Entity | undefined {
  const m = ordered[idx];
  const gap = doc.text.slice(m.end, m.end + 3);
  if (!/^\s*,\s*/.test(gap)) return undefined;
  for (let j = idx + 1; j < ordered.length && j < idx + 4; j++) {
    const n = ordered[j];
    if (n.kind === "name" && n.type === "person" && n.entity && /^\s*,\s*$/.test(doc.text.slice(m.end, n.start)))
      return entities.get(n.entity);
  }
  return undefined;
}
