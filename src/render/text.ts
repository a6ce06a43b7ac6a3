// Text width estimates without a DOM (browser-safe and deterministic): per-character
// advance widths close to DejaVu Sans, the widest common fallback, so estimates err
// on the generous side and placed labels do not collide whatever font renders them.

const NARROW = new Set("iljI.,:;'!|()[]{}`\"".split(""));
const SEMI_NARROW = new Set("frt-/\\ ".split(""));
const WIDE = new Set("mwMW@%".split(""));

/** Advance width of one code point, in em. */
function advance(cp: number, ch: string): number {
  if (ch === " ") return 0.32;
  if (NARROW.has(ch)) return 0.3;
  if (SEMI_NARROW.has(ch)) return 0.4;
  if (WIDE.has(ch)) return 0.95;
  if (cp >= 0x30 && cp <= 0x39) return 0.64;
  if (cp >= 0x41 && cp <= 0x5a) return 0.72;
  if (cp < 0x80) return 0.6;
  // zero-width: combining marks, bidi controls, joiners, variation selectors
  if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x202a && cp <= 0x202e)) return 0;
  if ((cp >= 0x2066 && cp <= 0x2069) || (cp >= 0xfe00 && cp <= 0xfe0f)) return 0;
  // CJK, emoji and other symbols are about one em
  if (cp >= 0x2e80) return 1;
  return 0.66;
}

/** Estimated rendered width of `text` at `fontSize` px (bold adds ~8%). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += advance(ch.codePointAt(0)!, ch);
  return em * fontSize * (bold ? 1.08 : 1);
}
