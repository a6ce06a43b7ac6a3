// Candidate name runs from the entity recogniser: each recognised name, with
// the title and country words written right before it ("Russian Deputy Foreign
// Minister" + "Alexander Grushko"), so titles become roles and demonyms
// affiliations; and the recogniser's type for any span of tokens.
import type { EntityType } from "../../schema/graph";
import { lookupCountry, lookupDemonym } from "../lexicon/countries";
import { HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS } from "../lexicon/titles";
import type { Doc, NameSpan, Token } from "../types";
import type { Run } from "./runs";
import type { Typing } from "./classify";

const isTitleWord = (t: Token) => HONORIFICS.has(t.lower) || TITLE_HEADS.has(t.lower) || TITLE_MODIFIERS.has(t.lower);
const isCountryWord = (t: Token) => !!lookupDemonym(t.text) || !!lookupCountry(t.text);

/** The recognised names of sentence `s` as runs, each reaching back over the titles before it. */
export function nameRuns(doc: Doc, s: number): (Run & { type: NameSpan["type"] })[] {
  const { tokenStart, tokenEnd } = doc.sentences[s];
  const out: (Run & { type: NameSpan["type"] })[] = [];
  let floor = tokenStart;
  for (const n of doc.names ?? []) {
    if (n.start < tokenStart || n.end > tokenEnd) continue;
    let start = n.start;
    if (n.type === "person") {
      // "Secretary of State Marco Rubio", "U.S. President Donald Trump", "Russian Deputy Foreign Minister ..."
      while (start - 1 >= floor) {
        const t = doc.tokens[start - 1];
        if (t.cap && (isTitleWord(t) || isCountryWord(t))) start--;
        else if (t.lower === "of" && start - 2 >= floor && doc.tokens[start - 2].cap && isTitleWord(doc.tokens[start - 2])) start--;
        else break;
      }
      while (start < n.start && doc.tokens[start].lower === "of") start++;
    }
    out.push({ start, end: n.end, type: n.type });
    floor = n.end;
  }
  return out;
}

/** The recogniser's type for tokens: the type of the name covering most of them. */
export function recognisedTyping(doc: Doc, toks: readonly Token[]): Typing | undefined {
  const counts = new Map<EntityType, number>();
  for (const n of doc.names ?? []) {
    const overlap = Math.min(n.end, toks[toks.length - 1].index + 1) - Math.max(n.start, toks[0].index);
    if (overlap > 0) counts.set(n.type, (counts.get(n.type) ?? 0) + overlap);
  }
  let best: EntityType | undefined;
  let bestN = 0;
  for (const [t, c] of counts) if (c > bestN) [best, bestN] = [t, c];
  return best ? { type: best, strength: 2 } : undefined;
}
