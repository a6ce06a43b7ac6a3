// Title stripping: "Belarusian Deputy Foreign Minister Arkady Rudak" ->
// name "Arkady Rudak", role "Deputy Foreign Minister", affiliation Belarus.
import { lookupCountry, lookupDemonym } from "../lexicon/countries";
import { HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS } from "../lexicon/titles";
import type { Token } from "../types";

export interface TitleSplit {
  /** tokens of the title words, possibly empty (a bare honorific) */
  role: Token[];
  /** the country named before the title ("Russian", "U.S."), canonical name */
  country?: string;
  /** index (into the given tokens) where the name starts; === tokens.length for a bare title */
  nameStart: number;
  /** a title word that says the person's gender */
  honorific?: string;
}

/** Splits leading title words off a capitalised run; undefined when it has no title. */
export function splitTitle(toks: Token[]): TitleSplit | undefined {
  let i = 0;
  let country: string | undefined;
  const c0 = toks[0] && (lookupDemonym(toks[0].text) ?? lookupCountry(toks[0].text));
  if (c0 && toks.length > 1) {
    country = c0.name;
    i = 1;
  }
  const roleStart = i;
  let sawHead = false;
  let lastHead = -1;
  while (i < toks.length) {
    const w = toks[i].lower;
    if (TITLE_HEADS.has(w)) {
      sawHead = true;
      lastHead = i;
      i++;
    } else if (TITLE_MODIFIERS.has(w)) {
      i++;
    } else if (
      w === "of" &&
      sawHead &&
      i + 1 < toks.length &&
      (TITLE_MODIFIERS.has(toks[i + 1].lower) || lookupCountry(toks[i + 1].text))
    ) {
      // "Secretary of State", "Minister of Education"
      i += 2;
      lastHead = i - 1;
    } else if (w === "of" && sawHead && i + 2 < toks.length && i + 1 < toks.length && toks[i + 1].cap) {
      // "Minister of Foreign Affairs X": keep one more word
      i += 2;
      lastHead = i - 1;
    } else break;
  }
  if (!sawHead) return undefined;
  const nameStart = lastHead + 1;
  const role = toks.slice(roleStart, nameStart);
  const honorific = role.find((t) => HONORIFICS.has(t.lower))?.lower;
  return { role: role.filter((t) => !HONORIFICS.has(t.lower)), country, nameStart, honorific };
}
