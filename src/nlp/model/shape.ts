// Word shape and normalisation shared by the taggers' and recogniser's features.
// Hot code: character classes by code point, no regular expressions per character.

const enum Kind {
  Upper,
  Lower,
  Digit,
  Other,
}

function kindOf(code: number, ch: string): Kind {
  if (code >= 48 && code <= 57) return Kind.Digit;
  if (code >= 97 && code <= 122) return Kind.Lower;
  if (code >= 65 && code <= 90) return Kind.Upper;
  if (code < 128) return Kind.Other;
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  if (lower !== upper) return ch === upper ? Kind.Upper : Kind.Lower;
  if (/\p{N}/u.test(ch)) return Kind.Digit;
  return Kind.Other;
}

/** "Maddox" -> "Xx", "U.S." -> "X.X.", "1990s" -> "dx", "e-mail" -> "x-x": runs of a class collapse. */
export function shape(word: string): string {
  let out = "";
  let last = "";
  for (const ch of word) {
    const k = kindOf(ch.codePointAt(0)!, ch);
    const c = k === Kind.Upper ? "X" : k === Kind.Lower ? "x" : k === Kind.Digit ? "d" : ch;
    if (c !== last) {
      out += c;
      if (out.length >= 6) break;
    }
    last = c;
  }
  return out;
}

/** Lower case with digits folded and curly quotes straightened: what word features key on. */
export function normWord(word: string): string {
  let lower = word.toLowerCase();
  if (lower.includes("\u2019") || lower.includes("\u2018") || lower.includes("\u02bc"))
    lower = lower.replace(/[\u2018\u2019\u02bc]/g, "'");
  if (lower.includes("\u201c") || lower.includes("\u201d")) lower = lower.replace(/[\u201c\u201d]/g, '"');
  let digits = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digits = true;
      break;
    }
  }
  if (!digits) return lower;
  if (/^\d{4}$/.test(lower)) return "!YEAR";
  if (/^[\d.,:]+$/.test(lower)) return "!NUM";
  return lower.replace(/\d/g, "0");
}

export function suffix(word: string, n: number): string {
  return word.length > n ? word.slice(-n) : word;
}

export function prefix(word: string, n: number): string {
  return word.length > n ? word.slice(0, n) : word;
}

/** Starts with an upper-case letter. */
export function isCapitalised(word: string): boolean {
  const ch = word.charAt(0);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
