// Regex tokeniser into Universal Dependencies words (as the treebanks the
// tagger and parser learn from split them): acronyms with dots, numbers,
// single punctuation marks, contractions split ("don't" -> "do" + "n't",
// "I'm" -> "I" + "'m"); a hyphenated common word stays one word ("long-term":
// the treebanks split it, but the tagger reads it whole from its hyphen and
// suffix, and the relate rules see one modifier); each word with offsets into
// the text it is given (no further normalisation: line breaks and format characters were
// dealt with once, at extractGraph's boundary, normalise-input.ts).

export interface RawToken {
  text: string;
  start: number;
  end: number;
}

/**
 * One romanised Chinese or Korean syllable (onset, vowels, a nasal or stop coda):
 * "un", "in", "bin", "shek", "moon", "sung" but not "era", "led", "based", "friendly".
 */
const SYLLABLE = "[bcdfghjklmnpqrstwxyz]{0,3}[aeiouy]{1,3}(?:ng|n|m|k|p|t|l|h)?";
/** English words that also read as one syllable and follow a name with a hyphen: "Hamas-run", "Covid-hit". */
const SUFFIX_WORDS = "run|free|hit|hot|up|on|off|out|ban|men|man|fan|pop|top|net|set|bit|cut";

// Order matters: acronyms ("U.S.", "D.C.") before words; a word keeps inner
// hyphens and apostrophes ("Dae-Sung", "O'Brien", "don't") but leaves a
// possessive "'s" as its own token so "Maddox's" yields "Maddox".
const TOKEN = new RegExp(
  [
    "(?:\\p{Lu}\\.){2,}(?!\\p{L})", // U.S.  U.K.  D.C.
    // a romanised given name with a lower-case second syllable: "Jong-un", "Jae-in", "Wei-lin", "Kai-shek"
    `\\p{Lu}\\p{Ll}{1,5}[-\\u2010\\u2011](?!(?:${SUFFIX_WORDS})(?![\\p{L}\\p{N}-]))${SYLLABLE}(?![\\p{L}\\p{N}-])`,
    // otherwise a capitalised word keeps a hyphen only before a capital or digit: "Dae-Sung" but "Kremlin" + "-friendly"
    "\\p{Lu}[\\p{L}\\p{M}\\p{N}]*(?:[-\\u2010\\u2011][\\p{Lu}\\p{N}][\\p{L}\\p{M}\\p{N}]*)*(?:['\\u2019](?![sS](?![\\p{L}]))[\\p{L}]+)*",
    "\\p{L}[\\p{L}\\p{M}\\p{N}]*(?:[-\\u2010\\u2011][\\p{L}\\p{N}]+)*(?:['\\u2019](?![sS](?![\\p{L}]))[\\p{L}]+)*",
    "\\p{N}+(?:[.,:]\\p{N}+)*(?:st|nd|rd|th|s|am|pm)?(?![\\p{L}])",
    "\\p{N}+[\\p{L}][\\p{L}\\p{N}]*", // 501st, 3D, Area51 handled above
    "['\\u2019][sS](?![\\p{L}])", // possessive
    "\\.{3}|\\u2026",
    "[^\\s]",
  ].join("|"),
  "gu",
);

// Abbreviations that take a final dot without ending the sentence.
export const DOTTED_ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof st jr sr gen gov sen rep lt col capt sgt maj cmdr adm rev hon pres supt insp det " +
    "inc corp ltd co bros no vs etc jan feb mar apr jun jul aug sep sept oct nov dec mt ft ave blvd rd dept est approx fig"
  ).split(" "),
);

/** "No. 5", "fig. 2": abbreviations only before a number ("said no." ends a sentence). */
const NUMBER_ABBREVIATIONS = new Set(["no", "fig", "est", "approx"]);

const CONTRACTION = /^(.+?)(n['\u2019]t|['\u2019](?:m|re|ve|ll|d))$/i;
const JOINED = new Map([
  ["cannot", 3],
  ["gonna", 3],
  ["wanna", 3],
  ["gotta", 3],
]);

/** One matched token as UD words: contractions split. */
function wordsOf(t: string, start: number, out: RawToken[]): void {
  const joined = JOINED.get(t.toLowerCase());
  if (joined) {
    pushWord(out, t, start, 0, joined);
    pushWord(out, t, start, joined, t.length);
    return;
  }
  const c = CONTRACTION.exec(t);
  if (c && /\p{L}$/u.test(c[1])) {
    const cut = c[1].length;
    pushWord(out, t, start, 0, cut);
    pushWord(out, t, start, cut, t.length);
    return;
  }
  pushWord(out, t, start, 0, t.length);
}

/** The word t[from, to) of a token at `start` (a function of its own, not a closure made per token: this runs on every word). */
function pushWord(out: RawToken[], t: string, start: number, from: number, to: number): void {
  out.push({ text: t.slice(from, to), start: start + from, end: start + to });
}

export function tokenize(text: string): RawToken[] {
  const out: RawToken[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text))) {
    const t = m[0];
    const start = m.index;
    const prev = out[out.length - 1];
    // "Mr" + "." -> "Mr."; "L" + "." (an initial) -> "L."
    if (
      t === "." &&
      prev &&
      prev.end === start &&
      isAbbreviationWord(prev.text) &&
      abbreviationGoesOn(prev.text, text.slice(start + 1, start + 4))
    ) {
      prev.text += ".";
      prev.end = start + 1;
      continue;
    }
    wordsOf(t, start, out);
  }
  return out;
}

/** "No." only before a number; an initial ("L.") only before a name on the same line ("Group D." ends a sentence). */
function abbreviationGoesOn(word: string, after: string): boolean {
  if (NUMBER_ABBREVIATIONS.has(word.toLowerCase())) return /^\s*\d/.test(after);
  if (word.length === 1) return /^[^\S\n]?\p{Lu}/u.test(after);
  return true;
}

function isAbbreviationWord(word: string): boolean {
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true;
  return DOTTED_ABBREVIATIONS.has(word.toLowerCase());
}
