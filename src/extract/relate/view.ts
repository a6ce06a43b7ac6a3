// A sentence seen by the relate stage: its tokens, and which resolved entity
// mention (if any) covers each token. Everything downstream works on token
// indexes local to the sentence, in bounded windows.
import type { Doc, Mention, Sentence, Token } from "../types";

export interface Span {
  /** local token range [first, last] */
  first: number;
  last: number;
  mention: Mention;
  entity: string;
}

export interface SentenceView {
  sentence: Sentence;
  tokens: Token[];
  /** lower-cased token texts, curly quotes folded */
  words: string[];
  /** span covering each token, or undefined */
  spanAt: (Span | undefined)[];
  spans: Span[];
}

export function viewSentence(doc: Doc, sentence: Sentence, mentions: readonly Mention[]): SentenceView {
  const tokens = doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
  const words = tokens.map((t) => t.lower);
  const spanAt: (Span | undefined)[] = new Array(tokens.length).fill(undefined);
  const spans: Span[] = [];
  // Longest mention first, so a name inside a description ("the U.S. president") yields to it.
  const sorted = mentions
    .filter((m) => m.entity)
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const m of sorted) {
    const first = firstTokenAt(tokens, m.start, m.end);
    if (first < 0) continue;
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1].start < m.end) last++;
    let free = true;
    for (let i = first; i <= last; i++) if (spanAt[i]) free = false;
    if (!free) continue;
    const span: Span = { first, last, mention: m, entity: m.entity! };
    for (let i = first; i <= last; i++) spanAt[i] = span;
    spans.push(span);
  }
  spans.sort((a, b) => a.first - b.first);
  return { sentence, tokens, words, spanAt, spans };
}

/** Index of the token that contains or starts at `offset` (binary search), or -1. */
function firstTokenAt(tokens: Token[], offset: number, end: number): number {
  let lo = 0,
    hi = tokens.length - 1,
    found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else {
      found = mid;
      hi = mid - 1;
    }
  }
  return found >= 0 && tokens[found].start < end ? found : -1;
}

/** Groups mentions by sentence index, in one pass. */
export function mentionsBySentence(mentions: readonly Mention[]): Map<number, Mention[]> {
  const map = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = map.get(m.sentence);
    if (list) list.push(m);
    else map.set(m.sentence, [m]);
  }
  return map;
}

/** Punctuation that always ends a clause. */
export const HARD_BREAKS = new Set([";", ":", "\u2014", "(", ")", "[", "]"]);

export function isQuote(w: string): boolean {
  return w === '"' || w === "'";
}
