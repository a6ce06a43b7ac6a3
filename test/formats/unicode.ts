// Random Unicode text for the lossless round-trip tests: a seeded generator (same cases every
// run) weighted towards what breaks formats — XML-forbidden controls, NEL and the Unicode line
// and paragraph separators, lone surrogates, U+FFFE/U+FFFF, markup, CR/LF/TAB, bidi and
// zero-width marks, emoji sequences — mixed with plain ASCII and random BMP and astral characters.

/** mulberry32: tiny, fast, good enough to spread test cases. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TRICKY = [
  "\u0000",
  "\u0001",
  "\u0007",
  "\u0008",
  "\u000B",
  "\u000C",
  "\u001B",
  "\u001F",
  "\u007F",
  "\u0085",
  "\u2028",
  "\u2029",
  "\r",
  "\n",
  "\r\n",
  "\t",
  "\uFFFE",
  "\uFFFF",
  "\uFEFF",
  "\uD800",
  "\uDFFF",
  "\uDBFF\uDFFF",
  "\u200B",
  "\u200D",
  "\u200E",
  "\u200F",
  "\u202E",
  "&",
  "<",
  ">",
  '"',
  "'",
  "]]>",
  "&amp;",
  "<!--",
  "&#0;",
  "\\",
  "\\u2028",
  "=",
  "@",
  "+",
  "👩‍👩‍👧",
  "🚀",
  "é",
  "e\u0301",
  "Дмитрий",
  "محمد",
  "中文",
  " ",
  "  ",
];

function randomChar(random: () => number): string {
  const r = random();
  if (r < 0.35) return TRICKY[Math.floor(random() * TRICKY.length)];
  if (r < 0.7) return String.fromCharCode(32 + Math.floor(random() * 95));
  if (r < 0.9) return String.fromCharCode(Math.floor(random() * 0x10000));
  return String.fromCodePoint(0x10000 + Math.floor(random() * 0xfffff));
}

export function randomText(random: () => number, maxLength: number): string {
  const length = 1 + Math.floor(random() * maxLength);
  let out = "";
  while (out.length < length) out += randomChar(random);
  return out;
}
