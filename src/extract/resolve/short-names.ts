// An organization named in full once and by its first word afterwards:
// "Tarvik Industries ... Tarvik, which is based in Leeds", "Halden University
// ... a professor at Halden". The first word must be distinctive (no common English
// word, no country, demonym or place) so "National" or "Baltic" never stand for a name.
import { lookupCountry, lookupDemonym } from "../lexicon/countries";
import { CLUB_PREFIXES } from "../lexicon/organizations";
import { lookupPlace } from "../lexicon/places";
import { isCommonWord } from "../lexicon/words";
import type { Doc, Mention } from "../types";

/**
 * Marks name mentions that are the first word of an organization named before them
 * (canonical = the full name, so grouping joins them), and adds mentions for the bare
 * word where the recogniser left it out. Returns the added mentions.
 */
export function shortOrgNames(doc: Doc, names: Mention[]): Mention[] {
  const firstWords = new Map<string, { full: string; start: number }>();
  for (const m of names) {
    if (m.type !== "organization" || m.kind !== "name") continue;
    const all = m.text.replace(/^the\s+/i, "").split(/\s+/);
    // "FK Sorvik ... Sorvik": a club goes by the word after its prefix
    const words = all.length >= 2 && CLUB_PREFIXES.has(all[0]) ? all.slice(1) : all;
    const first = words[0];
    if (all.length < 2 || !distinctive(first)) continue;
    const seen = firstWords.get(first);
    if (!seen || m.start < seen.start) firstWords.set(first, { full: m.canonical ?? m.text, start: m.start });
  }
  if (!firstWords.size) return [];
  for (const m of names) {
    const full = firstWords.get(m.text);
    if (full && m.type !== "person" && m.start > full.start && !m.canonical) {
      m.type = "organization";
      m.canonical = full.full;
    }
  }
  const covered = coveredOffsets(names);
  const added: Mention[] = [];
  for (const t of doc.tokens) {
    const full = firstWords.get(t.text);
    if (!full || t.start <= full.start || covered(t.start)) continue;
    // "Tarvik Chief Executive ...", "Tarvik's": a bare word, not the start of another name
    const next = doc.tokens[t.index + 1];
    if (
      next &&
      next.sentence === t.sentence &&
      next.cap &&
      !/^['\u2019]s?$/.test(next.text) &&
      !isCommonWord(next.lower)
    )
      continue;
    added.push({
      start: t.start,
      end: t.end,
      text: t.text,
      sentence: t.sentence,
      type: "organization",
      kind: "name",
      canonical: full.full,
    });
  }
  return added;
}

function distinctive(word: string): boolean {
  if (!/^\p{Lu}[\p{Ll}\p{Lu}'-]{3,}$/u.test(word) || /^\p{Lu}+$/u.test(word)) return false;
  const lower = word.toLowerCase();
  return !isCommonWord(lower) && !lookupCountry(word) && !lookupDemonym(word) && !lookupPlace(word);
}

/** Is an offset inside one of the mentions? (sorted sweep, built once) */
function coveredOffsets(mentions: readonly Mention[]): (offset: number) => boolean {
  const spans = mentions.map((m) => [m.start, m.end] as const).sort((a, b) => a[0] - b[0]);
  return (offset) => {
    let lo = 0,
      hi = spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid][0] <= offset) lo = mid + 1;
      else hi = mid - 1;
    }
    // the last span starting at or before the offset, and any longer one before it
    for (let k = hi; k >= 0 && k >= hi - 3; k--) if (spans[k][1] > offset) return true;
    return false;
  };
}
