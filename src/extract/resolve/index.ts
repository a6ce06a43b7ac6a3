// Third stage: mentions -> entities. Names are grouped (aliases, acronyms,
// surnames), demonyms attach to their country, and pronouns and role
// descriptions are linked to the person they point at.
import { givenNameGender } from "../lexicon/names";
import { slugify } from "../slug";
import type { Doc, Entity, Mention, Resolution } from "../types";
import { linkReferences } from "./coref";
import { itMentions } from "./it";
import { groupNames, type Group } from "./names";
import { shortOrgNames } from "./short-names";

export function resolve(doc: Doc, mentions: Mention[]): Resolution {
  return completeResolution(doc, mentions, resolveEntities(doc, mentions));
}

/**
 * Mentions -> entities, as far as the words alone tell (names grouped, demonyms, descriptions
 * and pronouns linked); adds the mentions it finds to `mentions`. Reads no tree, so it can run
 * before the analyse stage and tell it which sentences name anything.
 */
export function resolveEntities(doc: Doc, mentions: Mention[]): Map<string, Entity> {
  const names = mentions.filter((m) => m.kind === "name");
  const short = shortOrgNames(doc, names);
  mentions.push(...short);
  names.push(...short);
  const groups = groupNames(doc, names);
  const entities = new Map<string, Entity>();
  for (const g of groups) {
    const label = labelOf(g);
    const key = `${g.type}:${slugify(label)}`;
    const e = entities.get(key);
    if (e) e.mentions.push(...g.mentions);
    else entities.set(key, { key, type: g.type, label, aliases: [], mentions: [...g.mentions] });
  }
  for (const e of entities.values()) {
    for (const m of e.mentions) m.entity = e.key;
    e.role = e.mentions.find((m) => m.role)?.role;
  }
  // demonyms: evidence of their country, never a node of their own
  for (const m of mentions) {
    if (m.kind !== "demonym" || !m.canonical) continue;
    const e = entities.get(`${m.type}:${slugify(m.canonical)}`);
    if (e) {
      m.entity = e.key;
      e.mentions.push(m);
    }
  }
  linkReferences(doc, mentions, entities, genderOf);
  return entities;
}

/** The rest of resolve, which reads the trees: a sentence-opening "it" for the body the sentence before is about. */
export function completeResolution(doc: Doc, mentions: Mention[], entities: Map<string, Entity>): Resolution {
  for (const m of itMentions(doc, mentions, entities)) {
    mentions.push(m);
    entities.get(m.entity!)!.mentions.push(m);
  }
  const list = [...entities.values()];
  for (const e of list) {
    e.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
    e.aliases = aliasesOf(e);
  }
  list.sort((a, b) => a.mentions[0].start - b.mentions[0].start || (a.key < b.key ? -1 : 1));
  const sorted = [...mentions].sort((a, b) => a.start - b.start || a.end - b.end);
  return { entities: list, mentions: sorted };
}

/**
 * The canonical gazetteer name, else the fullest name (most words, then written in
 * capitals and small letters, then longest, then first). A place known only from a
 * dateline's capitals ("VALLETTA") is written as a name is ("Valletta").
 */
function labelOf(g: Group): string {
  if (g.canonical) return g.canonical;
  // most words, then not all in capitals, then longest; the first of equals
  const rank = (t: string) => [t.split(/\s+/).length, isCapitals(t) ? 0 : 1, t.length];
  const better = (a: number[], b: number[]) => {
    const i = a.findIndex((x, k) => x !== b[k]);
    return i >= 0 && a[i] > b[i];
  };
  let best = g.mentions[0].text;
  for (const m of g.mentions) if (better(rank(m.text), rank(best))) best = m.text;
  const label = best.replace(/^the\s+/i, "");
  return (g.type === "place" || g.type === "country") && isCapitals(label) ? nameCase(label) : label;
}

/** Written all in capitals, with a word of four letters or more ("NEW DELHI", not "UAE" or "LA"). */
const isCapitals = (s: string) => /\p{Lu}{4}/u.test(s) && s === s.toUpperCase();

/** "NEW DELHI" -> "New Delhi", "ST. PAUL" -> "St. Paul". */
const nameCase = (s: string) =>
  s.toLowerCase().replace(/(^|[\s.'’-])(\p{L})/gu, (_, b: string, c: string) => b + c.toUpperCase());

function aliasesOf(e: Entity): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const s of [e.label, ...e.mentions.filter((m) => m.kind === "name").map((m) => m.text)]) {
    if (seen.has(s)) continue;
    seen.add(s);
    out.push(s);
  }
  return out;
}

function genderOf(e: Entity): "m" | "f" | undefined {
  for (const m of e.mentions) if (m.kind === "name" && m.gender) return m.gender;
  const g = givenNameGender(e.label.split(/\s+/)[0]);
  return g === "m" || g === "f" ? g : undefined;
}
