// Document-level facts the recogniser leans on: which words the text also
// uses in lower case (so a capitalised one is a sentence start, not a name),
// which sentences are headlines (title case or all caps) and whether it reports on sport.
import { SPORT_WORDS } from "../lexicon/organizations";
import type { Doc } from "../types";

export interface DocContext {
  /** lower-case forms of words written in lower case somewhere in the text */
  lowerWords: Set<string>;
  /** words seen capitalised away from a sentence start */
  capWords: Set<string>;
  /** sentence index -> headline kind */
  headline: Map<number, "title" | "caps">;
  /** the text reads as sports reporting (two words of SPORT_WORDS in lower case) */
  sports: boolean;
}

const WORDISH = /^\p{L}/u;

export function buildContext(doc: Doc): DocContext {
  const lowerWords = new Set<string>();
  const capWords = new Set<string>();
  const headline = new Map<number, "title" | "caps">();
  for (const s of doc.sentences) {
    let words = 0;
    let caps = 0;
    let upper = 0;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = doc.tokens[i];
      if (!WORDISH.test(t.text)) continue;
      words++;
      if (t.cap) caps++;
      if (t.text.length > 1 && t.text === t.text.toUpperCase()) upper++;
    }
    const last = doc.tokens[s.tokenEnd - 1];
    const open = !/[.!?"”’:;)]$/.test(last.text);
    if (words >= 2 && upper / words > 0.6) headline.set(s.index, "caps");
    else if (open && words >= 1 && caps / words >= 0.5) headline.set(s.index, "title");
  }
  for (const s of doc.sentences) {
    if (headline.has(s.index)) continue;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = doc.tokens[i];
      if (!WORDISH.test(t.text)) continue;
      if (!t.cap) lowerWords.add(t.lower);
      else if (!t.sentenceInitial) capWords.add(t.lower);
    }
  }
  let sportWords = 0;
  for (const w of lowerWords) if (SPORT_WORDS.has(w)) sportWords++;
  return { lowerWords, capWords, headline, sports: sportWords >= 2 };
}
