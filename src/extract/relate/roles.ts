// Relations between entities stated in one sentence: positions held
// ("Belarusian Deputy Foreign Minister Arkady Rudak", "Maddox envoy Grant
// Tolliver", "his national security advisor, Lyle Danner"), "X told Y",
// "X called Y a dictator".
import type { EntityType } from "../../schema/graph";
import { evidenceAt } from "../evidence";
import type { Doc, Mention, RelationRecord } from "../types";
import { findSubjects, isRoleWord } from "./clause";
import { nominalRelations } from "./nominal";
import { isVerbForm } from "./svo";
import { patternRelations } from "./patterns";
import { DETERMINERS, EPITHET_STOPS, POSSESSIVE_DETERMINERS } from "../lexicon/vocabulary";
import { type SentenceView, type Span } from "./view";

const OWNER_TYPES = new Set<EntityType>(["person", "country", "organization", "place"]);
const TOLD = new Set(["told", "tells", "tell", "informed", "informs", "inform"]);
const CALLED = new Set(["called", "calls", "call", "dubbed", "labelled", "labeled", "branded"]);
/** Words that may stand between "told" and its addressee: "told newspaper Krynica". */
const ADDRESSEE_NOUNS = new Set([
  "newspaper",
  "broadcaster",
  "channel",
  "radio",
  "television",
  "agency",
  "magazine",
  "network",
  "station",
  "website",
  "outlet",
  "daily",
  "weekly",
  "paper",
]);

export const roleLabel = (title: string) => `${title.toLowerCase().replace(/\s+/g, " ").trim()} of`;

/** Roles that relate a person to another person, not to the country named with them. */
const PEER_ROLES = new Set(["counterpart", "rival", "opponent", "predecessor", "successor"]);

/**
 * Position and affiliation edges from the entities stage's Mention.role and
 * Mention.affiliation, and from a possessive inside a description ("his
 * national security advisor" -> advisor of whoever "his" is).
 */
export function mentionRoles(doc: Doc, mentions: readonly Mention[]): RelationRecord[] {
  const out: RelationRecord[] = [];
  const possessorAt = new Map<number, Mention>();
  for (const m of mentions)
    if (m.kind === "pronoun" && m.entity && POSSESSIVE_DETERMINERS.has(m.text.toLowerCase()))
      possessorAt.set(m.start, m);
  for (const m of mentions) {
    if (!m.entity) continue;
    const ev = evidenceAt(doc, m.sentence, m.start, m.end);
    const role = m.role?.toLowerCase();
    const possessor = m.kind === "description" ? possessorAt.get(m.start) : undefined;
    if (role && possessor?.entity && possessor.entity !== m.entity) {
      out.push({ source: m.entity, target: possessor.entity, label: roleLabel(role), kind: "role", evidence: [ev] });
    }
    if (!m.affiliation || m.affiliation === m.entity) continue;
    if (role && !PEER_ROLES.has(role))
      out.push({ source: m.entity, target: m.affiliation, label: roleLabel(role), kind: "role", evidence: [ev] });
    else if (m.type === "person")
      out.push({ source: m.entity, target: m.affiliation, label: "affiliated with", kind: "relation", evidence: [ev] });
  }
  return out;
}

/** Relations read from the sentence's wording. */
export function sentenceRelations(doc: Doc, view: SentenceView): RelationRecord[] {
  const out: RelationRecord[] = [];
  const { spans, words, tokens } = view;
  const add = (source: Span, target: Span, label: string, kind: RelationRecord["kind"], from: number, to: number) => {
    if (source.entity === target.entity) return;
    out.push({
      source: source.entity,
      target: target.entity,
      label,
      kind,
      evidence: [evidenceAt(doc, view.sentence.index, tokens[from].start, tokens[to].end)],
    });
  };
  const titleText = (a: number, b: number) =>
    view.sentence.text.slice(tokens[a].start - view.sentence.start, tokens[b].end - view.sentence.start);

  for (const owner of spans) {
    if (!OWNER_TYPES.has(owner.mention.type)) continue;
    // "Belarusian President Dranko", "Maddox envoy Grant Tolliver", "Iceland's coach Nils Vikander", "his national security advisor, Lyle Danner"
    let j = owner.last + 1;
    if (words[j] === "'s" || words[j] === "'") j++;
    // "the Farmers League, whose leader Ana Sola": the title after "whose"
    else if (words[j] === "," && words[j + 1] === "whose" && owner.mention.type !== "person") j += 2;
    const titleStart = j;
    while (j < words.length && !view.spanAt[j] && isRoleWord(words[j])) j++;
    j = coordinatedTitleEnd(view, titleStart, j);
    const titleEnd = j - 1;
    if (titleEnd < titleStart && titleStart > owner.last + 1 && owner.mention.type !== "person") {
      // "Korea's Lee Dae-Sung": a member, position unsaid
      const member = view.spanAt[titleStart];
      if (member && member.mention.type === "person")
        add(member, owner, "member of", "relation", owner.first, member.last);
      // "Japan's Toyota": an organization from the country or place
      else if (
        member &&
        member.mention.type === "organization" &&
        member.mention.kind === "name" &&
        (owner.mention.type === "country" || owner.mention.type === "place")
      )
        add(member, owner, "from", "relation", owner.first, member.last);
    }
    // "Holt's CU", "X and his Civic Union": a person's own organization
    if (
      owner.mention.type === "person" &&
      titleEnd < titleStart &&
      (titleStart > owner.last + 1 || POSSESSIVE_DETERMINERS.has(owner.mention.text.toLowerCase()))
    ) {
      const body = view.spanAt[titleStart];
      if (body && body.mention.type === "organization" && body.mention.kind === "name")
        add(owner, body, "affiliated with", "relation", owner.first, body.last);
    }
    if (titleEnd >= titleStart) {
      if (words[j] === ",") j++;
      const holder = view.spanAt[j];
      if (holder && holder.mention.type === "person" && holder.entity !== owner.entity) {
        add(holder, owner, roleLabel(titleText(titleStart, titleEnd)), "role", owner.first, holder.last);
      }
    }
  }

  for (const holder of spans) {
    if (holder.mention.type !== "person") continue;
    // "Aurelio Ventana, Panama coach," / "Ada Renholm, a spokeswoman for the Fresno police"
    let j = holder.last + 1;
    if (words[j] !== ",") continue;
    j++;
    if (/^\d+$/.test(words[j]) && words[j + 1] === ",") j += 2; // "Teodor Valmy, 19, a member of"
    if (DETERMINERS.has(words[j]) && !POSSESSIVE_DETERMINERS.has(words[j])) j++;
    if (/^\d+$/.test(words[j]) && words[j + 1] === "-" && words[j + 2] === "year-old") j += 3; // "a 52-year-old former mayor of"
    const owner = view.spanAt[j];
    if (owner && owner.mention.type !== "person" && OWNER_TYPES.has(owner.mention.type)) {
      let k = owner.last + 1;
      if (words[k] === "'s") k++;
      const start = k;
      // "the agency's country director": one plain word before the title
      if (
        !isRoleWord(words[k] ?? "") &&
        /^\p{Ll}+$/u.test(words[k] ?? "") &&
        isRoleWord(words[k + 1] ?? "") &&
        !view.spanAt[k]
      )
        k++;
      const titleFrom = k;
      while (k < words.length && !view.spanAt[k] && isRoleWord(words[k])) k++;
      if (k > titleFrom) add(holder, owner, roleLabel(titleText(start, k - 1)), "role", holder.first, k - 1);
      continue;
    }
    const start = j;
    while (j < words.length && !view.spanAt[j] && isRoleWord(words[j])) j++;
    // "a professor of geology at Halden": the field, then where the post is
    const fieldEnd = j;
    if (
      j > start &&
      words[j] === "of" &&
      /^\p{Ll}+$/u.test(words[j + 1] ?? "") &&
      !DETERMINERS.has(words[j + 1]) &&
      words[j + 2] === "at" &&
      !view.spanAt[j + 1]
    )
      j += 2;
    if (j === start || !["of", "for", "at", "to"].includes(words[j])) continue;
    const titleEnd = j - 1;
    const label =
      j > fieldEnd ? `${titleText(start, titleEnd).toLowerCase()} at` : roleLabel(titleText(start, titleEnd));
    j++;
    if (words[j] === "the") j++;
    const org = view.spanAt[j];
    if (org && org.mention.type !== "person") add(holder, org, label, "role", holder.first, org.last);
  }

  titleOfBeforeName(view, add);
  locatedIn(view, add);
  patternRelations(view, add);
  nominalRelations(view, add);

  for (let i = 0; i < words.length; i++) {
    if (view.spanAt[i]) continue;
    if (TOLD.has(words[i])) {
      const addressee = addresseeAfter(view, i);
      if (!addressee) continue;
      for (const s of findSubjects(view, i, new Set()))
        add(
          s,
          addressee,
          words[i].startsWith("inform") ? "informed" : "told",
          "relation",
          Math.min(s.first, i),
          addressee.last,
        );
    } else if (CALLED.has(words[i])) {
      calledRelation(view, i, add);
    }
  }
  return out;
}

/**
 * "France's interior and overseas minister X": a title run goes on across "and" and up
 * to two plain words when it ends in a title word right before a name. Returns the new end.
 */
function coordinatedTitleEnd(view: SentenceView, start: number, end: number): number {
  const { words, spanAt } = view;
  if (end === start || words[end] !== "and") return end;
  let k = end + 1;
  while (
    k < words.length &&
    k - end <= 3 &&
    !spanAt[k] &&
    /^\p{Ll}[\p{Ll}-]*$/u.test(words[k]) &&
    !isRoleWord(words[k])
  )
    k++;
  const last = k;
  while (k < words.length && !spanAt[k] && isRoleWord(words[k])) k++;
  // "Velto's co-founder and chief executive, Ana Ruiz,": the apposed holder
  const holder = spanAt[k] ?? (words[k] === "," ? spanAt[k + 1] : undefined);
  return k > last && holder?.mention.type === "person" ? k : end;
}

/** "the president of the Varsena region, Piero Castaldi", "the secretary general of FBN (...), Sven Aldrup" */
function titleOfBeforeName(view: SentenceView, add: Add): void {
  const { words, spanAt, tokens } = view;
  for (let i = 0; i < words.length; i++) {
    if (spanAt[i] || !isRoleWord(words[i]) || (i > 0 && isRoleWord(words[i - 1]) && !spanAt[i - 1])) continue;
    let j = i;
    while (j < words.length && !spanAt[j] && isRoleWord(words[j])) j++;
    const titleEnd = j - 1;
    if (words[j] !== "of" && words[j] !== "for" && words[j] !== "at") continue;
    j++;
    if (words[j] === "the") j++;
    const owner = spanAt[j];
    if (!owner || owner.mention.type === "person") continue;
    j = owner.last + 1;
    if (/^\p{Ll}+$/u.test(words[j] ?? "") && words[j + 1] === ",") j++; // "the Varsena region,"
    if (words[j] === "(") while (j < words.length && words[j] !== ")") j++;
    if (words[j] === ")") j++;
    if (words[j] !== ",") continue;
    const holder = spanAt[j + 1];
    if (!holder || holder.mention.type !== "person") continue;
    const title = view.sentence.text.slice(
      tokens[i].start - view.sentence.start,
      tokens[titleEnd].end - view.sentence.start,
    );
    add(holder, owner, roleLabel(title), "role", i, holder.last);
  }
}

const PLACE_TYPES = new Set<EntityType>(["place", "country"]);

/** "Varsena, Tuscany", "Colegio Arvell, a catholic school in Turin", "the church in Denver". */
function locatedIn(view: SentenceView, add: Add): void {
  const { words, spanAt, spans } = view;
  for (const x of spans) {
    const t = x.mention.type;
    let j = x.last + 1;
    if (t === "place" && words[j] === ",") {
      const y = spanAt[j + 1];
      const after = words[(y?.last ?? 0) + 1];
      if (
        y &&
        PLACE_TYPES.has(y.mention.type) &&
        (after === undefined || [",", ".", ")", ";", "\u2014", "\u2013", "-"].includes(after)) &&
        words[x.first - 1] !== ","
      ) {
        add(x, y, "located in", "relation", x.first, y.last);
      }
      continue;
    }
    if (t !== "organization" && t !== "place") continue;
    // "Apple sued Samsung in California": after a verb, "in Y" places the event, not the object
    if (
      isVerbForm(words[x.first - 1] ?? "") ||
      (DETERMINERS.has(words[x.first - 1] ?? "") && isVerbForm(words[x.first - 2] ?? ""))
    )
      continue;
    if (words[j] === ",") {
      // an appositive naming what it is: ", a catholic school in Milan"
      j++;
      if (!DETERMINERS.has(words[j])) continue;
      let k = j + 1;
      while (k < words.length && k - j <= 5 && !spanAt[k] && /^\p{Ll}[\p{Ll}-]*$/u.test(words[k]) && words[k] !== "in")
        k++;
      if (words[k] !== "in") continue;
      j = k;
    }
    // "the Trade Board (TB) in the United States": its acronym may stand between
    if (words[j] === "(" && spanAt[j + 1]?.entity === x.entity && words[spanAt[j + 1]!.last + 1] === ")")
      j = spanAt[j + 1]!.last + 2;
    // "the Memorial near downtown Nairobi": a premodifier may stand between
    const prep = words[j];
    if (prep !== "in" && prep !== "near") continue;
    const y =
      spanAt[j + 1] ??
      (/^\p{Ll}+$/u.test(words[j + 1] ?? "") && (words[j + 1] === "the" || !DETERMINERS.has(words[j + 1]))
        ? spanAt[j + 2]
        : undefined);
    if (y && PLACE_TYPES.has(y.mention.type) && y.entity !== x.entity)
      add(x, y, prep === "near" ? "near" : "located in", "relation", x.first, y.last);
  }
}

function addresseeAfter(view: SentenceView, i: number): Span | undefined {
  for (let j = i + 1; j < view.words.length && j <= i + 3; j++) {
    const span = view.spanAt[j];
    if (span) return span.mention.kind === "pronoun" ? undefined : span;
    if (!DETERMINERS.has(view.words[j]) && !ADDRESSEE_NOUNS.has(view.words[j])) return undefined;
  }
  return undefined;
}

type Add = (source: Span, target: Span, label: string, kind: RelationRecord["kind"], from: number, to: number) => void;

/** "X called Y a dictator" and "Y, ..., who X has called a dictator". */
function calledRelation(view: SentenceView, i: number, add: Add): void {
  const { words, spanAt } = view;
  const subjects = findSubjects(view, i, new Set());
  if (!subjects.length) return;
  let object: Span | undefined;
  let j = i + 1;
  const direct = spanAt[j];
  if (direct) {
    object = direct;
    j = direct.last + 1;
  } else {
    // relative clause: "<Y>, a freely elected president who he had called"
    const rel = subjects[0].first - 1;
    if (words[rel] !== "who" && words[rel] !== "whom") return;
    for (let k = rel - 1; k >= 0 && rel - k <= 10; k--) {
      const span = spanAt[k];
      if (span && (words[span.last + 1] === "," || span.last === rel - 1)) {
        object = span;
        break;
      }
    }
  }
  if (!object) return;
  while (words[j] === '"' || words[j] === "'") j++;
  if (words[j] !== "a" && words[j] !== "an") return;
  let end = j + 1;
  while (end < words.length && (words[end] === '"' || words[end] === "'")) end++;
  const nameStart = end;
  while (end < words.length && /^[\p{L}-]+$/u.test(words[end]) && !EPITHET_STOPS.has(words[end]) && end - nameStart < 3)
    end++;
  if (end === nameStart) return;
  const epithet = words.slice(nameStart, end).join(" ");
  for (const s of subjects)
    add(s, object, `called ${words[j]} ${epithet}`, "relation", Math.min(s.first, object.first), end - 1);
}
