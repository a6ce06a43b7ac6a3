// The story's country: the one its dateline names ("VALLETTA, Malta — ...") or
// whose capital it names ("LISBON — ..."), when the article mentions it. A
// national office held by someone the text ties to no country is held there;
// likewise a company's office in a story about one company is held at that company.
import { datelineLength } from "../dateline";
import { evidenceAt } from "../evidence";
import { lookupCapital } from "../lexicon/countries";
import { COMPANY_OFFICES, NATIONAL_OFFICE_HEADS } from "../lexicon/titles";
import type { Doc, Mention, RelationRecord } from "../types";
import { roleLabel } from "./roles";

/** A dateline sits in the first sentences of the body. */
const FIRST_SENTENCES = 4;

/** The entity key of the story's country, or undefined when there is no dateline or it names none. */
export function homeCountry(doc: Doc, mentions: readonly Mention[]): string | undefined {
  for (const s of doc.sentences.slice(0, FIRST_SENTENCES)) {
    const length = datelineLength(doc.tokens.slice(s.tokenStart, s.tokenEnd));
    if (!length) continue;
    const end = doc.tokens[s.tokenStart + length - 1].start;
    const inDateline = mentions.filter((m) => m.entity && m.sentence === s.index && m.start < end);
    const country = inDateline.find((m) => m.type === "country");
    if (country) return country.entity;
    const capitalOf = inDateline.map((m) => lookupCapital(m.text)?.name).find(Boolean);
    if (!capitalOf) return undefined;
    return mentions.find((m) => m.entity && m.type === "country" && (m.canonical ?? m.text) === capitalOf)?.entity;
  }
  return undefined;
}

/**
 * "LISBON — ... Prime Minister Ana Reis": the offices of the head of a state or
 * government and of ministers, named with no country ("Italian Prime Minister X"
 * names one, and so does any position the relations already give the person),
 * are held in the story's country.
 */
export function homeOffices(
  doc: Doc,
  mentions: readonly Mention[],
  relations: readonly RelationRecord[],
): RelationRecord[] {
  const home = homeCountry(doc, mentions);
  if (!home) return [];
  // "Italian Prime Minister X", "Italy's Prime Minister X": a country or body right before the title qualifies it
  const qualified = (m: Mention) =>
    mentions.some(
      (q) =>
        q.sentence === m.sentence &&
        q.end <= m.start &&
        m.start - q.end < 60 &&
        q.type !== "person" &&
        /^(?:['’]s?)?\s+[\p{L} .-]*$/u.test(doc.text.slice(q.end, m.start)),
    );
  return officesHeldAt(
    doc,
    mentions,
    relations,
    home,
    (m, role) => NATIONAL_OFFICE_HEADS.has(role.split(" ").pop()!) && !qualified(m),
  );
}

/**
 * Role links to `target` for the named people whose title `holds` accepts and that nothing ties
 * to a body already (no affiliation in the name, no position among the relations): one per person.
 */
function officesHeldAt(
  doc: Doc,
  mentions: readonly Mention[],
  relations: readonly RelationRecord[],
  target: string,
  holds: (m: Mention, role: string) => boolean,
): RelationRecord[] {
  const placed = new Set(relations.filter((r) => r.kind === "role").map((r) => r.source));
  const out = new Map<string, RelationRecord>();
  for (const m of mentions) {
    const role = m.role?.toLowerCase().replace(/\s+/g, " ");
    if (!m.entity || !role || m.affiliation || m.type !== "person" || m.kind !== "name") continue;
    if (placed.has(m.entity) || out.has(m.entity) || !holds(m, role)) continue;
    out.set(m.entity, {
      source: m.entity,
      target,
      label: roleLabel(role),
      kind: "role",
      evidence: [evidenceAt(doc, m.sentence, m.start, m.end)],
    });
  }
  return [...out.values()];
}

/** The lead names the story's company, and it is named at least this often. */
const COMPANY_MENTIONS = 3;

/**
 * The story's company: the organization its first sentences name (the headline or the
 * lead) that the article names most often, at least three times and more often than any
 * other organization.
 */
export function homeCompany(doc: Doc, mentions: readonly Mention[]): string | undefined {
  const lead = doc.sentences[Math.min(1, doc.sentences.length - 1)]?.end ?? 0;
  const counts = new Map<string, number>();
  for (const m of mentions)
    if (m.entity && m.type === "organization") counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (!top || top[1] < COMPANY_MENTIONS || (second && second[1] === top[1])) return undefined;
  return mentions.some((m) => m.entity === top[0] && m.start < lead) ? top[0] : undefined;
}

/**
 * "Chief Financial Officer Elena Marsh said ...", in a story about one company: a
 * company's office named with no company is held at the story's company.
 */
export function companyOffices(
  doc: Doc,
  mentions: readonly Mention[],
  relations: readonly RelationRecord[],
): RelationRecord[] {
  const company = homeCompany(doc, mentions);
  return company ? officesHeldAt(doc, mentions, relations, company, (_, role) => COMPANY_OFFICES.has(role)) : [];
}
