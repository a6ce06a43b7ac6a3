// Hand-written lexicon entries can be switched off for one run, so that
// scripts/generalisation.ts can measure how much the extractor leans on
// entries that name a document's own entities (memorisation). Lexicon modules
// register how to rebuild their hand-written tables; lookups stay plain Map /
// Set reads, untouched by any of this.
import { normalizeName } from "../recognise/normalize";

/** Comparison key, as the reference scorer compares names. */
export function holdoutKey(s: string): string {
  return normalizeName(s.normalize("NFKC"));
}

/** What to leave out: whole entries (by any of their spellings), and given names (by word). */
export interface Excluded {
  entry(spellings: readonly string[]): boolean;
  nameWord(word: string): boolean;
}

export interface Exclusions {
  /** names: an entry with one of these spellings is left out */
  entries: Iterable<string>;
  /** words of people's names: hand-picked given names among them are left out */
  nameWords?: Iterable<string>;
  /** told of every spelling left out (once per table rebuild) */
  onExclude?: (spelling: string) => void;
}

type Rebuild = (excluded: Excluded | undefined) => void;
const rebuilds: Rebuild[] = [];

/** Registers a hand-written table and builds it once with nothing excluded. */
export function registerHandLexicon(rebuild: Rebuild): void {
  rebuilds.push(rebuild);
  rebuild(undefined);
}

/**
 * A hand-written word set: the returned Set loses excluded words during
 * withExcludedEntries (words of people's names, for name parts).
 */
export function handWords(words: Iterable<string>, kind: "entry" | "nameWord" = "entry"): Set<string> {
  const all = [...words];
  const set = new Set<string>();
  registerHandLexicon((excluded) => {
    set.clear();
    for (const w of all) if (!(kind === "entry" ? excluded?.entry([w]) : excluded?.nameWord(w))) set.add(w);
  });
  return set;
}

const keySet = (xs: Iterable<string> | undefined) => new Set([...(xs ?? [])].map(holdoutKey).filter(Boolean));

/**
 * Runs fn with every hand-written entry matching `exclusions` (compared like
 * the scorer compares names) left out, then restores the tables.
 * Not re-entrant and not for the hot path: a measuring tool.
 */
export function withExcludedEntries<T>(exclusions: Exclusions, fn: () => T): T {
  const entries = keySet(exclusions.entries);
  const words = keySet(exclusions.nameWords);
  const tell = exclusions.onExclude ?? (() => {});
  const excluded: Excluded = {
    entry: (spellings) => {
      const hit = spellings.find((s) => entries.has(holdoutKey(s)));
      if (hit !== undefined) tell(hit);
      return hit !== undefined;
    },
    nameWord: (w) => words.has(holdoutKey(w)) && (tell(w), true),
  };
  for (const r of rebuilds) r(excluded);
  try {
    return fn();
  } finally {
    for (const r of rebuilds) r(undefined);
  }
}
