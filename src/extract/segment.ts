// First stage: text -> sentences and tokens, all with offsets into the
// text (extractGraph's normalised text: line breaks are "\n"). Sentences break at . ! ? (not after "Mr." or "U.S." inside a
// sentence), at blank lines, and at line breaks before a capital (headlines). A run-on
// "sentence" (a text without sentence punctuation) is cut into pieces of at most
// MAX_SENTENCE_TOKENS, at a clause boundary where there is one, so no later stage ever
// does per-sentence work on more than that many tokens.
import { RUN_ON_BREAKS, SENTENCE_STARTERS } from "./lexicon/vocabulary";
import { tokenize, type RawToken } from "./tokenize";
import type { Doc, Sentence, Token } from "./types";

const TERMINAL = new Set([".", "!", "?", "...", "\u2026"]);
const CLOSERS = new Set(['"', "\u201d", "\u2019", "'", ")", "]", "\u00bb"]);
const OPENERS = new Set(['"', "\u201c", "\u2018", "'", "(", "[", "\u00ab"]);

/** Far above any news sentence (the seed and GUM articles: at most 84 tokens). */
export const MAX_SENTENCE_TOKENS = 200;

export function foldQuotes(s: string): string {
  return s.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"');
}

export function segment(text: string): Doc {
  const raw = tokenize(text);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let sentStart = 0; // token index where the current sentence starts

  const close = (endToken: number) => {
    if (endToken <= sentStart) return;
    const first = tokens[sentStart];
    const last = tokens[endToken - 1];
    const index = sentences.length;
    for (let i = sentStart; i < endToken; i++) tokens[i].sentence = index;
    sentences.push({
      index,
      start: first.start,
      end: last.end,
      text: text.slice(first.start, last.end),
      paragraph,
      tokenStart: sentStart,
      tokenEnd: endToken,
    });
    sentStart = endToken;
  };

  for (let i = 0; i < raw.length; i++) {
    const r = raw[i];
    const prev = raw[i - 1];
    if (prev) {
      const gap = text.slice(prev.end, r.start);
      if (gap.includes("\n")) {
        const blank = /\n[^\S\n]*\n/.test(gap);
        if (blank || !/^\p{Ll}/u.test(r.text) || TERMINAL.has(prev.text)) close(tokens.length);
        if (blank) paragraph++;
      } else if (endsSentence(raw, i - 1, r)) {
        close(tokens.length);
      }
    }
    if (tokens.length - sentStart >= MAX_SENTENCE_TOKENS) close(cutPoint(tokens, sentStart));
    const initial = tokens.length === sentStart || isOpening(tokens[tokens.length - 1]);
    tokens.push({
      index: tokens.length,
      text: r.text,
      start: r.start,
      end: r.end,
      sentence: sentences.length,
      lower: foldQuotes(r.text.toLowerCase()),
      cap: /^\p{Lu}/u.test(r.text),
      sentenceInitial: initial,
    });
  }
  close(tokens.length);
  return { text, sentences, tokens };
}

/**
 * Where a run-on sentence of MAX_SENTENCE_TOKENS tokens from `start` ends: after the last ;
 * or , in its second half, else before the last clause word there, else between two
 * lower-case words (never inside a name), else at the limit.
 */
function cutPoint(tokens: readonly Token[], start: number): number {
  const end = tokens.length;
  const from = start + MAX_SENTENCE_TOKENS / 2;
  const last = (cuts: (i: number) => boolean) => {
    for (let i = end - 1; i >= from; i--) if (cuts(i)) return i;
    return -1;
  };
  const semicolon = last((i) => tokens[i - 1].text === ";");
  if (semicolon > 0) return semicolon;
  const comma = last((i) => tokens[i - 1].text === ",");
  if (comma > 0) return comma;
  const clause = last((i) => RUN_ON_BREAKS.has(tokens[i].lower));
  if (clause > 0) return clause;
  const lower = last((i) => !tokens[i - 1].cap && !tokens[i].cap);
  return lower > 0 ? lower : end;
}

function isOpening(t: Token): boolean {
  return OPENERS.has(t.text) || t.text === ":" || t.text === "\u2014";
}

/** Does the sentence end after raw[i], given the next token `next` on the same line? */
function endsSentence(raw: RawToken[], i: number, next: RawToken): boolean {
  const t = raw[i];
  if (CLOSERS.has(t.text)) {
    // closing quote after the terminal mark: "... can't.” He said"
    const before = raw[i - 1];
    if (!before || !TERMINAL.has(before.text)) return false;
    if (isCloserOf(raw, i + 1)) return false;
    return startsSentence(next);
  }
  if (TERMINAL.has(t.text)) {
    if (CLOSERS.has(next.text) && next.start === t.end) return false; // the closer ends it
    return startsSentence(next);
  }
  // An acronym with dots at the end of a sentence: "... from the U.S. The ..."
  if (/^(?:\p{Lu}\.){2,}$/u.test(t.text))
    return SENTENCE_STARTERS.has(next.text.toLowerCase()) && /^\p{Lu}/u.test(next.text);
  return false;
}

function isCloserOf(raw: RawToken[], j: number): boolean {
  const n = raw[j];
  return !!n && CLOSERS.has(n.text) && n.start === raw[j - 1].end;
}

function startsSentence(next: RawToken): boolean {
  return /^[\p{Lu}\p{N}]/u.test(next.text) || OPENERS.has(next.text);
}
