// The parser's view of a sentence: each word's attributes hashed once to
// integers (lower-cased form, lemma, UPOS, XPOS, suffix, shape), so feature
// templates combine numbers instead of strings. Index n is the root.
import { hash1 } from "../model/hash";

export interface ParserWord {
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
}

export const ATTRS = ["w", "l", "u", "p", "x", "h"] as const; // form, lemma, upos, xpos, suffix, shape
export type Attr = (typeof ATTRS)[number];

export interface EncodedSentence {
  n: number;
  /** ATTRS.length arrays of n + 1 values; 0 never occurs (it means "no word") */
  attrs: Int32Array[];
  /** the UPOS tags as given: they narrow the relations a word can take */
  upos: string[];
}

const ROOT = 0x726f6f74; // "root": a value of its own for every attribute of the root

export function shape(form: string): string {
  let out = "";
  for (const ch of form.slice(0, 8)) {
    const k = shapeClass(ch);
    if (out[out.length - 1] !== k) out += k;
  }
  return out;
}

// ASCII without regular expressions (most words), Unicode classes for the rest
function shapeClass(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90 ? "X" : c >= 97 && c <= 122 ? "x" : c >= 48 && c <= 57 ? "d" : ch;
  return /\p{Lu}/u.test(ch) ? "X" : /\p{Ll}/u.test(ch) ? "x" : /\p{Nd}/u.test(ch) ? "d" : ch;
}

function nonZero(h: number): number {
  return h === 0 ? 1 : h | 0;
}

export function encodeSentence(words: readonly ParserWord[]): EncodedSentence {
  const n = words.length;
  const attrs = ATTRS.map(() => new Int32Array(n + 1));
  for (let i = 0; i < n; i++) {
    const w = words[i];
    const lower = w.form.toLowerCase();
    attrs[0][i] = nonZero(hash1(1, lower));
    attrs[1][i] = nonZero(hash1(2, (w.lemma || lower).toLowerCase()));
    attrs[2][i] = nonZero(hash1(3, w.upos));
    attrs[3][i] = nonZero(hash1(4, w.xpos));
    attrs[4][i] = nonZero(hash1(5, lower.length > 3 ? lower.slice(-3) : lower));
    attrs[5][i] = nonZero(hash1(6, shape(w.form)));
  }
  for (const a of attrs) a[n] = ROOT;
  return { n, attrs, upos: words.map((w) => w.upos) };
}
