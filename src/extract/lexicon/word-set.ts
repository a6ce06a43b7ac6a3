/** A closed set of lower-case words from a hand-written list. */
export function wordSet(words: Iterable<string>): ReadonlySet<string> {
  return new Set(words);
}
