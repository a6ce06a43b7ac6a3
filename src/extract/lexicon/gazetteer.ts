// The lexicons as the entity recogniser's gazetteer (src/nlp/ner/gazetteer.ts):
// general world knowledge — countries, demonyms, capitals, places,
// organizations, given names and surnames, titles — never names of an article.
import type { Gazetteer } from "../../nlp/ner/gazetteer";
import { lookupCapital, lookupCountry, lookupDemonym } from "./countries";
import { givenNameGender, isFamousPerson, isSurname } from "./names";
import { lookupOrganization, ORG_FIRSTS, ORG_HEADS } from "./organizations";
import { lookupPlace, PLACE_FIRSTS, PLACE_HEADS } from "./places";
import { HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS } from "./titles";
import { isCommonWord } from "./words";

export const LEXICON_GAZETTEER: Gazetteer = {
  maxPhrase: 5,
  phrase(lower) {
    const out: string[] = [];
    if (lookupCountry(lower)) out.push("country");
    if (lookupCapital(lower)) out.push("capital");
    if (lookupPlace(lower)) out.push("place");
    if (lookupOrganization(lower)) out.push("organization");
    if (isFamousPerson(lower)) out.push("person");
    if (!lower.includes(" ") && lookupDemonym(lower)) out.push("demonym");
    return out;
  },
  word(lower) {
    const out: string[] = [];
    const g = givenNameGender(lower);
    if (g) out.push("given");
    if (isSurname(lower)) out.push("surname");
    if (HONORIFICS.has(lower)) out.push("honorific");
    else if (TITLE_HEADS.has(lower)) out.push("title");
    else if (TITLE_MODIFIERS.has(lower)) out.push("titleModifier");
    if (ORG_HEADS.has(lower)) out.push("orgHead");
    if (ORG_FIRSTS.has(lower)) out.push("orgFirst");
    if (PLACE_HEADS.has(lower)) out.push("placeHead");
    if (PLACE_FIRSTS.has(lower)) out.push("placeFirst");
    if (isCommonWord(lower)) out.push("common");
    return out;
  },
};
