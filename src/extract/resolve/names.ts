// Groups name mentions into entities: canonical names from gazetteers,
// a person's surname or given name alone, "the X" and "X", acronyms and
// their expansions ("North Atlantic Treaty Organization (NATO)", or an
// acronym that spells a name's initials), and organization names that differ
// only in their link words ("of", "and").
import type { Doc, Mention } from "../types";
import { lookupCountry, lookupDemonym } from "../lexicon/countries";
import { NAME_LINK_WORDS } from "../lexicon/vocabulary";
import { initialsOf, isAcronym, normalizeName } from "../recognise/normalize";

export interface Group {
  type: Mention["type"];
  mentions: Mention[];
  /** the fullest name seen */
  label: string;
  canonical?: string;
}

export function groupNames(doc: Doc, names: Mention[]): Group[] {
  const owner = new Map<Mention, Group>();
  const groups: Group[] = [];
  const byKey = new Map<string, Group>(); // type + normalized surface or canonical -> group
  const key = (type: string, s: string) => `${type}|${normalizeName(s)}`;

  // Fullest names first so "Maddox" finds "Oren Maddox"; ties in text order.
  const order = [...names].sort((a, b) => wordCount(b.text) - wordCount(a.text) || a.start - b.start);
  const personByPart = new Map<string, Group[]>();

  for (const m of order) {
    let g = byKey.get(key(m.type, m.canonical ?? m.text));
    if (!g && m.type === "person" && wordCount(m.text) <= 2) {
      // "Maddox" -> "Oren Maddox"; "Corwin Hill" -> "Dana Corwin Hill"; but "Idris Khaleel" is not "Khaleel Al-Noor Khaleel"
      g = pickPerson(personByPart.get(normalizeName(m.text)), m);
    }
    // "a company linked to Kowalczyk" after "Marta Kowalczyk": a lone word that is one named person's surname is that person
    if (!g && m.type === "organization" && !m.canonical && wordCount(m.text) === 1 && !isAcronym(m.text)) {
      const people = (personByPart.get(normalizeName(m.text)) ?? []).filter(
        (x) => normalizeName(x.label.split(/\s+/).pop()!) === normalizeName(m.text),
      );
      if (people.length === 1) {
        g = people[0];
        m.type = "person";
      }
    }
    if (!g && m.type !== "person" && isAcronym(m.text)) {
      const acr = m.text.replace(/\./g, "");
      g = groups.find((x) => x.type !== "person" && initialsOf(x.label) === acr && wordCount(x.label) >= 2);
      if (g && g.type !== m.type) m.type = g.type;
    }
    if (!g) {
      g = { type: m.type, mentions: [], label: m.canonical ?? m.text, canonical: m.canonical };
      groups.push(g);
    }
    g.mentions.push(m);
    owner.set(m, g);
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
  for (const [a, b] of bracketPairs(doc, names, owner)) merge(a, b, false);
  for (const [a, b] of countryPrefixPairs(groups)) merge(a, b, true);
  for (const [a, b] of sameContentWords(groups)) merge(a, b, true);
  for (const [a, b] of spellingVariants(groups)) mergeSpellings(a, b);
  for (const g of groups) g.mentions.sort((a, b) => a.start - b.start);
  return groups.filter((g) => g.mentions.length);
}

/** Moves b's mentions into a (the one with the longer label wins the label). */
function merge(a: Group | undefined, b: Group | undefined, longerWins: boolean): void {
  a = live(a);
  b = live(b);
  if (!a || !b || a === b || a.type === "person" || b.type === "person") return;
  const aFirst = longerWins
    ? wordCount(a.label) >= wordCount(b.label)
    : a.canonical || (!b.canonical && wordCount(a.label) >= wordCount(b.label));
  const [keep, drop] = aFirst ? [a, b] : [b, a];
  if (longerWins && drop.canonical && !keep.canonical)
    keep.label = keep.mentions
      .concat(drop.mentions)
      .reduce((x, m) => (wordCount(m.text) > wordCount(x) ? m.text : x), keep.label);
  for (const m of drop.mentions) m.type = keep.type;
  keep.mentions.push(...drop.mentions);
  drop.mentions = [];
  (drop as Group & { into?: Group }).into = keep;
}

/** Two spellings of one person: the one written more often (else first) keeps the label. */
function mergeSpellings(a: Group | undefined, b: Group | undefined): void {
  a = live(a);
  b = live(b);
  if (!a || !b || a === b) return;
  const [keep, drop] =
    b.mentions.length > a.mentions.length ||
    (b.mentions.length === a.mentions.length && b.mentions[0].start < a.mentions[0].start)
      ? [b, a]
      : [a, b];
  keep.mentions.push(...drop.mentions);
  drop.mentions = [];
  (drop as Group & { into?: Group }).into = keep;
}

function live(g: Group | undefined): Group | undefined {
  while (g && (g as Group & { into?: Group }).into) g = (g as Group & { into?: Group }).into;
  return g;
}

/** "North Atlantic Treaty Organization (NATO)" and "FBN (Nordic Bakers Federation)". */
function bracketPairs(
  doc: Doc,
  names: Mention[],
  owner: Map<Mention, Group>,
): Array<[Group | undefined, Group | undefined]> {
  const pairs: Array<[Group | undefined, Group | undefined]> = [];
  const sorted = [...names].sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i];
    const b = sorted[i + 1];
    if (!/^\s*\(\s*$/.test(doc.text.slice(a.end, b.start)) || !/^\s*\)/.test(doc.text.slice(b.end, b.end + 3)))
      continue;
    if (!isAcronym(a.text) && !isAcronym(b.text)) continue;
    pairs.push([owner.get(a), owner.get(b)]);
  }
  return pairs;
}

/** "United Kingdom Cabinet Office" and "Cabinet Office"; "Church of Orvism" and "Orvism". */
function countryPrefixPairs(groups: Group[]): Array<[Group, Group]> {
  const byLabel = new Map<string, Group>();
  for (const g of groups) if (g.type === "organization") byLabel.set(normalizeName(g.label), g);
  const pairs: Array<[Group, Group]> = [];
  for (const g of groups) {
    if (g.type !== "organization") continue;
    const words = g.label.split(/\s+/);
    // "Greek Supreme Court of Justice" also answers to "Supreme Court"
    const of = words.findIndex((w, i) => i >= 2 && w.toLowerCase() === "of");
    const start = lookupCountry(words[0]) || lookupDemonym(words[0]) ? 1 : 0;
    if (of > 0 && of - start >= 2) {
      const short = byLabel.get(normalizeName(words.slice(start, of).join(" ")));
      if (short && short !== g) pairs.push([g, short]);
    }
    for (let k = 1; k < words.length; k++) {
      const head = words.slice(0, k).join(" ");
      const tail = byLabel.get(normalizeName(words.slice(k).join(" ")));
      if (!tail || tail === g) continue;
      if (lookupCountry(head) || lookupDemonym(head) || (k >= 2 && words[k - 1].toLowerCase() === "of"))
        pairs.push([g, tail]);
    }
  }
  return pairs;
}

/** "Drug Standards of Canada and Mexico" and "Drug Standards Canada Mexico": the same words but the links. */
function sameContentWords(groups: Group[]): Array<[Group, Group]> {
  const byWords = new Map<string, Group>();
  const pairs: Array<[Group, Group]> = [];
  for (const g of groups) {
    if (g.type !== "organization") continue;
    const words = normalizeName(g.label)
      .split(" ")
      .filter((w) => !NAME_LINK_WORDS.has(w));
    if (words.length < 3) continue;
    const k = words.join(" ");
    const other = byWords.get(k);
    if (other) pairs.push([other, g]);
    else byWords.set(k, g);
  }
  return pairs;
}

/**
 * "Tomas Kerwenski" and "Tomas Kerwensky", "Lindqvistberg" and "Lindqvistbreg": person names
 * written two ways in one article, the same but for one long word a letter or two
 * apart (a typo or a second romanisation). Other words must match exactly, so
 * "Lars Andersen" and "Mary Anderson" stay two people.
 */
function spellingVariants(groups: Group[]): Array<[Group, Group]> {
  const people = groups.filter((g) => g.type === "person" && g.mentions.length);
  const pairs: Array<[Group, Group]> = [];
  const words = (g: Group) => normalizeName(g.label).split(" ");
  for (let i = 0; i < people.length; i++) {
    for (let j = i + 1; j < people.length; j++) {
      const a = words(people[i]);
      const b = words(people[j]);
      if (
        closeNames(a, b) ||
        (a.length === 1 && b.length > 1 && closeWord(a[0], b[b.length - 1])) ||
        (b.length === 1 && a.length > 1 && closeWord(b[0], a[a.length - 1]))
      ) {
        pairs.push([people[i], people[j]]);
      }
    }
  }
  return pairs;
}

function closeNames(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  const differing = a.map((w, k) => (w === b[k] ? -1 : k)).filter((k) => k >= 0);
  return differing.length === 1 && closeWord(a[differing[0]], b[differing[0]]);
}

/** Long words at most one edit apart (two from eight letters); the first letter alike. */
function closeWord(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  if (n < 5 || a[0] !== b[0] || a === b) return false;
  return editDistance(a, b, n >= 8 ? 2 : 1) <= (n >= 8 ? 2 : 1);
}

/** Optimal-string-alignment distance (transpositions count one), stopping past `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      cur.push(d);
      if (d < best) best = d;
    }
    if (best > limit) return limit + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
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

const wordCount = (s: string) => s.split(/\s+/).length;
