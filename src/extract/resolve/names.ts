// Groups name mentions into entities: canonical names from gazetteers,
// a person's surname or given name alone, "the X" and "X", acronyms and
// their expansions ("North Atlantic Treaty Organization (NATO)", or an
// acronym that spells a name's initials).
import type { Doc, Mention } from "../types";
import { normalizeName } from "../recognise/normalize";

export interface Group {
  type: Mention["type"];
  mentions: Mention[];
  /** the fullest name seen */
  label: string;
  canonical?: string;
}

const STOP_INITIALS = new Set(["of", "the", "and", "for", "on", "&", "de", "-", "in", "a"]);

export function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !STOP_INITIALS.has(w.toLowerCase()))
    .map((w) => w[0])
    .join("")
    .toUpperCase();
}

const isAcronym = (s: string) => /^(?:\p{Lu}\.?){2,6}$/u.test(s) || /^\p{Lu}[\p{Lu}\p{N}]{1,5}$/u.test(s);

export function groupNames(doc: Doc, names: Mention[]): Group[] {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>(); // type + normalized surface or canonical -> group
  const key = (type: string, s: string) => `${type}|${normalizeName(s)}`;

  // Fullest names first so "Trump" finds "Donald Trump"; ties in text order.
  const order = [...names].sort((a, b) => wordCount(b.text) - wordCount(a.text) || a.start - b.start);
  const personByPart = new Map<string, Group[]>();

  for (const m of order) {
    let g = byKey.get(key(m.type, m.canonical ?? m.text));
    if (!g && m.type === "person" && wordCount(m.text) <= 2) {
      g = pickPerson(personByPart.get(normalizeName(m.text)), m) ?? pickPerson(personByPart.get(normalizeName(lastWord(m.text))), m);
    }
    if (!g && m.type !== "person" && isAcronym(m.text.replace(/\./g, ""))) {
      const acr = m.text.replace(/\./g, "");
      g = groups.find((x) => x.type !== "person" && initialsOf(x.label) === acr && wordCount(x.label) >= 2);
      if (!g) g = expansionBefore(doc, m, groups);
      if (g && g.type !== m.type) m.type = g.type;
    }
    if (!g) {
      g = { type: m.type, mentions: [], label: m.canonical ?? m.text, canonical: m.canonical };
      groups.push(g);
    }
    g.mentions.push(m);
    byKey.set(key(m.type, m.text), g);
    if (m.canonical) byKey.set(key(m.type, m.canonical), g);
    if (m.type === "person") {
      const words = m.text.split(/\s+/);
      if (words.length >= 2) {
        for (const part of [words[0], words[words.length - 1], words.slice(1).join(" ")]) {
          const k = normalizeName(part);
          const list = personByPart.get(k) ?? [];
          if (!list.includes(g)) list.push(g);
          personByPart.set(k, list);
        }
      }
    }
  }
  // Non-acronym names that spell an acronym defined later: merge "(NATO)" after "North Atlantic Treaty Organization".
  for (const g of groups) g.mentions.sort((a, b) => a.start - b.start);
  return groups.filter((g) => g.mentions.length);
}

/** The most recent person group before the mention, else the first. */
function pickPerson(list: Group[] | undefined, m: Mention): Group | undefined {
  if (!list?.length) return undefined;
  if (list.length === 1) return list[0];
  let best: Group | undefined;
  let bestPos = -1;
  for (const g of list) {
    for (const x of g.mentions) if (x.start < m.start && x.start > bestPos) [best, bestPos] = [g, x.start];
  }
  return best ?? list[0];
}

/** "North Atlantic Treaty Organization (NATO)": the group whose mention ends right before "(". */
function expansionBefore(doc: Doc, m: Mention, groups: Group[]): Group | undefined {
  const before = doc.text.slice(Math.max(0, m.start - 3), m.start);
  if (!/\(\s*$/.test(before)) return undefined;
  const open = doc.text.lastIndexOf("(", m.start);
  for (const g of groups) for (const x of g.mentions) if (x.end <= open && open - x.end <= 2) return g;
  return undefined;
}

const wordCount = (s: string) => s.split(/\s+/).length;
const lastWord = (s: string) => s.split(/\s+/).pop() ?? s;
