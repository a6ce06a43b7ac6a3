// Unnamed groups named by their country: "the six-member Afghan team", "the
// French delegation", "the Brazil squad". Such a group takes part in events
// like any organization, so it becomes an organization mention ("Afghan
// team", affiliated with the country) that resolve groups by its words and
// that later "the team" descriptions point back to, when the text comes back
// to it (twice named, or named then "the team"). A group noun right before
// a name ("US team Hexfire") is that name's description, so a later "the US
// team" is the named organization.
import { lookupCountry, lookupDemonym, type CountryInfo } from "../lexicon/countries";
import { wordSet } from "../lexicon/word-set";
import type { Doc, Mention, Token } from "../types";
import type { DocContext } from "./context";
import { countryKey } from "./country-key";

/** Nouns for a group that acts as one: a team, a delegation. ("side" is too often a party to talks.) */
export const GROUP_NOUNS = wordSet(["team", "squad", "delegation", "contingent"]);

/** The group mentions of a document; `names` are its name mentions so far (for "US team Hexfire"). */
export function groupMentions(doc: Doc, ctx: DocContext, names: readonly Mention[]): Mention[] {
  const nameAt = new Map<number, Mention>();
  for (const m of names) if (m.kind === "name") nameAt.set(m.start, m);
  /** country key + noun -> the group's label: the first surface, or the name it was apposed to */
  const labels = new Map<string, string>();
  const found: Array<{ mention: Mention; key: string; noun: Token }> = [];
  const apposed = new Set<string>();
  const toks = doc.tokens;
  for (let i = 1; i < toks.length; i++) {
    const noun = toks[i];
    if (noun.cap || !GROUP_NOUNS.has(noun.lower) || ctx.headline.has(noun.sentence)) continue;
    const country = countryBefore(doc, i);
    if (!country) continue;
    const first = toks[country.start];
    const key = `${countryKey(country.info.name)}|${noun.lower}`;
    const next = toks[i + 1];
    const named =
      next && next.sentence === noun.sentence && next.start - noun.end <= 1 ? nameAt.get(next.start) : undefined;
    if (named) {
      // "US team Hexfire": the team has a name; "the US team" later is Hexfire
      if (named.type === "organization") {
        labels.set(key, named.canonical ?? named.text);
        apposed.add(key);
      }
      continue;
    }
    const text = doc.text.slice(first.start, noun.end);
    const label = labels.get(key) ?? text;
    labels.set(key, label);
    const mention: Mention = {
      start: first.start,
      end: noun.end,
      text,
      sentence: noun.sentence,
      type: "organization",
      kind: "name",
      affiliation: countryKey(country.info.name),
      ...(label !== text ? { canonical: label } : {}),
    };
    found.push({ mention, key, noun });
  }
  // a group the text comes back to ("the Afghan team" ... "the team"), not a passing one, or one that has a name
  const times = new Map<string, number>();
  for (const f of found) times.set(f.key, (times.get(f.key) ?? 0) + 1);
  const bareAfter = found.length ? bareMentionCounter(doc, ctx) : () => 0;
  return found.filter((f) => apposed.has(f.key) || times.get(f.key)! + bareAfter(f.noun) >= 2).map((f) => f.mention);
}

/**
 * How often "the team" (the same group noun, bare) comes after a token: one pass over
 * the text collects the bare mentions of each group noun, each question is then a count.
 */
function bareMentionCounter(doc: Doc, ctx: DocContext): (noun: Token) => number {
  const at = new Map<string, number[]>();
  for (let i = 1; i < doc.tokens.length; i++) {
    const t = doc.tokens[i];
    if (!GROUP_NOUNS.has(t.lower) || t.cap || doc.tokens[i - 1].lower !== "the" || ctx.headline.has(t.sentence))
      continue;
    const list = at.get(t.lower) ?? [];
    list.push(i);
    at.set(t.lower, list);
  }
  return (noun) => {
    const list = at.get(noun.lower) ?? [];
    let lo = 0,
      hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid] <= noun.index) lo = mid + 1;
      else hi = mid;
    }
    return list.length - lo;
  };
}

/** A demonym or country name (one or two capitalised words) right before token i: "Afghan", "New Zealand", "U.S.". */
function countryBefore(doc: Doc, i: number): { start: number; info: CountryInfo } | undefined {
  const toks = doc.tokens;
  const s = toks[i].sentence;
  for (const n of [2, 1]) {
    const words: Token[] = toks.slice(i - n, i);
    if (words.length < n || words.some((t) => !t.cap || t.sentence !== s)) continue;
    // a longer capitalised run is a name of its own ("Real Madrid team"): only a bare country counts
    const before = toks[i - n - 1];
    if (before && before.sentence === s && before.cap && before.end + 1 >= words[0].start && !before.sentenceInitial)
      continue;
    const surface = doc.text.slice(words[0].start, words[n - 1].end);
    const info = lookupDemonym(surface) ?? lookupCountry(surface);
    if (info) return { start: i - n, info };
  }
  return undefined;
}
