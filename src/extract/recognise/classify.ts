// Types a proper-name span from its own words: gazetteers first, then the
// words that head organization and place names, then given names.
import { wordSet } from "../lexicon/word-set";
import type { EntityType } from "../../schema/graph";
import { lookupCapital, lookupCountry, lookupDemonym } from "../lexicon/countries";
import { givenNameGender, isEastAsianName, isFamousPerson, isSurname, NAME_PARTICLES } from "../lexicon/names";
import { isCommonWord } from "../lexicon/words";
import { lookupOrganization, ORG_FIRSTS, ORG_HEADS } from "../lexicon/organizations";
import { isTown, lookupPlace, PLACE_FIRSTS, PLACE_HEADS } from "../lexicon/places";
import type { Token } from "../types";

export type Strength = 3 | 2 | 1; // 3 gazetteer, 2 internal cue, 1 guess

export interface Typing {
  type: EntityType;
  canonical?: string;
  strength: Strength;
}

/** Words inside a name that make it an organization when followed by of/for/on: "Centre for X", "Council on Y". */
export const ORG_MIDS = wordSet(
  "centre center council institute society association department ministry union federation confederation chamber commission committee office bureau agency court church bank university school college foundation league board standards".split(
    " ",
  ),
);

/** Last words of names of events, awards and works, never people: "Pulitzer Prize", "World Cup". */
export const EVENT_HEADS = wordSet(
  "prize prizes award awards cup championship championships tournament trophy series festival fair expo games olympics war wars day week act bill law treaty agreement accord summit conference convention show awards revolution crisis election elections".split(
    " ",
  ),
);

const COMPASS = wordSet(
  "north south east west northern southern eastern western central northeast northwest southeast southwest north-east north-west south-east south-west upper lower greater inner outer downtown".split(
    " ",
  ),
);

const TEAM_LAST_WORDS = wordSet([
  "united",
  "rovers",
  "wanderers",
  "athletic",
  "albion",
  "hotspur",
  "rangers",
  "fc",
  "afc",
  "sc",
  "cf",
]);

const SECTION_WORDS = wordSet(["group", "division", "pool", "conference", "league"]);

/** First words of organization and place names: "University (of ...)", "Lake", "East", "Team". */
export function isNameOpener(word: string): boolean {
  return ORG_FIRSTS.has(word) || PLACE_FIRSTS.has(word) || COMPASS.has(word) || word === "team";
}

const INSTITUTION_WORDS = wordSet(["school", "police", "fire", "water", "transit", "university", "college"]);
/** "the Security Policy Centre", "a Research Center": a centre of work is a body (a "Maximum Security Prison" stays a place). */
const WORK_CENTRE_WORDS = wordSet(["security", "research", "science", "policy", "studies"]);
const CENTRE_HEADS = wordSet(["centre", "center"]);

/** Place words that are never a surname. */
const STRICT_PLACE_HEADS = wordSet(
  "city county province district region island islands peninsula valley river lake sea ocean bay gulf strait mountains mount desert square street avenue road boulevard airport station stadium arena centre center palace tower towers cathedral mosque temple memorial museum hospital harbour harbor beach canal falls heights plaza building prison".split(
    " ",
  ),
);

export function spanText(text: string, toks: Token[]): string {
  return text.slice(toks[0].start, toks[toks.length - 1].end);
}

export function lookupName(surface: string): Typing | undefined {
  const s = surface.replace(/^the\s+/i, "");
  const country = lookupCountry(s);
  if (country) return { type: country.sovereign ? "country" : "place", canonical: country.name, strength: 3 };
  const org = lookupOrganization(s);
  if (org)
    return org.name
      ? { type: "organization", canonical: org.name, strength: 3 }
      : { type: "organization", strength: 3 };
  if (lookupPlace(s) || lookupCapital(s)) return { type: "place", strength: 3 };
  if (isFamousPerson(s)) return { type: "person", strength: 3 };
  return undefined;
}

export function classifyWords(text: string, toks: Token[]): Typing | undefined {
  const surface = spanText(text, toks);
  const known = lookupName(surface);
  if (known) return known;
  const words = toks.map((t) => t.lower);
  const n = words.length;
  const last = words[n - 1];
  const first = words[0];
  if (n >= 2) {
    // "East Los Angeles", "Southern California": part of a known place is a place
    if (COMPASS.has(first)) {
      const rest = lookupName(spanText(text, toks.slice(1)));
      if (rest && (rest.type === "place" || rest.type === "country")) return { type: "place", strength: 2 };
    }
    // "Group G", "Division B": a league's section (sports reporting treats it as an organization)
    if (n === 2 && SECTION_WORDS.has(first) && /^\p{Lu}\.?$/u.test(toks[1].text))
      return { type: "organization", strength: 2 };
    // "Park Tae-Jin": an East Asian surname, then a hyphenated given name
    if (n === 2 && isEastAsianName(toks[0].text, toks[1].text)) return { type: "person", strength: 2 };
    // "Leeds United", "Blackburn Rovers": a club
    if (TEAM_LAST_WORDS.has(last)) return { type: "organization", strength: 2 };
    // "Team Iceland", "Team GB": a team
    if (first === "team" && !words.includes("of")) return { type: "organization", strength: 2 };
    // "Dana Corwin Hill": a given name and a surname beat a place word
    const nameWordsOnly = !hasNonPersonWord(words.slice(1));
    if (
      givenNameGender(toks[0].text) &&
      (isSurname(toks[n - 1].text) || nameWordsOnly) &&
      !ORG_HEADS.has(last) &&
      n <= 4 &&
      looksLikePersonName(toks) &&
      !lookupName(toks[n - 1].text)
    )
      return { type: "person", strength: 2 };
    // "Carter Independent School District": a school or police word makes it an institution
    if (PLACE_HEADS.has(last) && !ORG_HEADS.has(last))
      return {
        type:
          words.some((w) => INSTITUTION_WORDS.has(w)) ||
          (CENTRE_HEADS.has(last) && words.some((w) => WORK_CENTRE_WORDS.has(w)))
            ? "organization"
            : "place",
        strength: 2,
      };
    if (ORG_HEADS.has(last)) return { type: "organization", strength: 2 };
    // "the Harold Lindgard Space Telescope", "the Nordvik Observatory": run by a body, listed with bodies
    if (INSTRUMENT_HEADS.has(last)) return { type: "organization", strength: 1 };
    for (let i = 0; i < n - 1; i++) {
      if (
        (ORG_MIDS.has(words[i]) || ORG_HEADS.has(words[i])) &&
        (words[i + 1] === "of" || words[i + 1] === "for" || words[i + 1] === "on")
      )
        return { type: "organization", strength: 2 };
    }
    if (ORG_FIRSTS.has(first) && words.includes("of")) return { type: "organization", strength: 2 };
    if (PLACE_FIRSTS.has(first) && !words.includes("of")) return { type: "place", strength: 2 };
    // demonym + known organization: "British Red Cross"
    if (lookupDemonym(toks[0].text)) {
      const rest = lookupName(spanText(text, toks.slice(1)));
      if (rest?.type === "organization") return { type: "organization", strength: 2 };
    }
    // "La Corvina", "El Alto", "Les Cayes": a name opened by a Romance article is a place, not a person
    // (weakly: "Le Pen" after "Marine Le Pen" is the person)
    if (n === 2 && ROMANCE_ARTICLES.has(toks[0].text) && !givenNameGender(toks[1].text) && !isSurname(toks[1].text))
      return { type: "place", strength: 1 };
    // "Brandvik & Tarrow", "Procter & Gamble": two names joined by an ampersand are a firm
    if (
      n === 3 &&
      toks[1].text === "&" &&
      toks[0].cap &&
      toks[2].cap &&
      !lookupName(toks[0].text) &&
      !lookupName(toks[2].text)
    )
      return { type: "organization", strength: 2 };
    // a known organization's national or local branch: "the Orvane Red Cross", "Kessel Rotary Club"
    for (let k = 1; k <= 2 && k <= n - 2; k++) {
      if (toks.slice(0, k).some((t) => isCommonWord(t.lower))) break;
      if (toks[k].cap && lookupName(spanText(text, toks.slice(k)))?.type === "organization")
        return { type: "organization", strength: 2 };
    }
    if (givenNameGender(toks[0].text) && n <= 4 && nameWordsOnly && looksLikePersonName(toks))
      return { type: "person", strength: 2 };
    // "J. Arlo Penrose": an initial opens a person's name
    if (/^\p{Lu}\.$/u.test(toks[0].text) && n <= 4 && looksLikePersonName(toks)) return { type: "person", strength: 2 };
  }
  // "Radio-Canada", "Télé-Luxembourg": a country joined by a hyphen to a word that is no name is a body
  if (n === 1 && /^\p{Lu}[\p{L}]+-\p{Lu}[\p{L}]+$/u.test(toks[0].text)) {
    const [a, b] = toks[0].text.split("-");
    const country = (w: string) => !!lookupCountry(w) && !givenNameGender(w) && !isSurname(w);
    const plain = (w: string) => !lookupName(w) && !givenNameGender(w) && !isSurname(w);
    if ((country(a) && plain(b)) || (country(b) && plain(a))) return { type: "organization", strength: 2 };
  }
  // "Kisumu", "Neuquén": a town or region of the world lists, when nothing else types the name
  if (isTown(surface)) return { type: "place", strength: 2 };
  return undefined;
}

/** Instruments and craft that are named after people: "the Hubble Space Telescope". */
const INSTRUMENT_HEADS = wordSet(["telescope", "satellite", "spacecraft", "rover", "probe", "observatory"]);
/** Articles that open place names in Romance languages, as written (capitalised). */
const ROMANCE_ARTICLES = new Set(["La", "Le", "Les", "El", "Los", "Las", "Il", "Lo"]);

/** Laws and documents: "the Coastal Fisheries Regulation", "the Open Waters Act" are no one's name. */
const DOCUMENT_HEADS = wordSet([
  "act",
  "regulation",
  "regulations",
  "directive",
  "treaty",
  "convention",
  "charter",
  "protocol",
  "accord",
  "accords",
]);

/** "the General Coastal Fisheries Regulation", "the Hubble Space Telescope": a name that ends in a thing's word names no one. */
export const namesAThing = (toks: readonly Token[]): boolean => {
  const last = toks[toks.length - 1]?.lower ?? "";
  return DOCUMENT_HEADS.has(last) || INSTRUMENT_HEADS.has(last);
};

/** Words that never sit in a person's name: organization, place, institution, event, instrument and document heads. */
function hasNonPersonWord(words: string[]): boolean {
  return words.some(
    (w) =>
      ORG_HEADS.has(w) ||
      STRICT_PLACE_HEADS.has(w) ||
      INSTITUTION_WORDS.has(w) ||
      EVENT_HEADS.has(w) ||
      INSTRUMENT_HEADS.has(w) ||
      DOCUMENT_HEADS.has(w),
  );
}

/** A two- or three-word person's name on its own: "Mira Dastan" (a given name and any surname), "Nasrin Qorbani". */
export function isPersonName(toks: Token[]): boolean {
  if (toks.length < 2 || toks.length > 3 || !looksLikePersonName(toks) || hasNonPersonWord(toks.map((t) => t.lower)))
    return false;
  const lastKnown = lookupName(toks[toks.length - 1].text);
  return (
    (givenNameGender(toks[0].text) !== undefined && (!lastKnown || lastKnown.type === "place")) || guessPerson(toks)
  );
}

/** Two or three name-like words that are not ordinary English words (unless known names): "Qudratullah Nazari". */
export function guessPerson(toks: Token[]): boolean {
  if (toks.length < 2 || toks.length > 3 || !looksLikePersonName(toks)) return false;
  const first = toks[0];
  const last = toks[toks.length - 1];
  const okFirst = givenNameGender(first.text) !== undefined || !isCommonWord(first.lower);
  const okLast = (isSurname(last.text) || !isCommonWord(last.lower)) && !EVENT_HEADS.has(last.lower);
  return okFirst && okLast && toks.every((t) => !lookupName(t.text));
}

/** Every word capitalised like a name (not all caps unless short), no connectors but particles. */
export function looksLikePersonName(toks: Token[]): boolean {
  return toks.every(
    (t) =>
      /^\p{Lu}[\p{Ll}\p{M}]*(?:['’]\p{Lu}?[\p{Ll}\p{M}]+)*(?:-\p{Lu}?[\p{Ll}\p{M}]+)*$|^\p{Lu}\.$|^\p{Lu}[\p{Ll}]+\p{Lu}[\p{Ll}]+$/u.test(
        t.text,
      ) || NAME_PARTICLES.has(t.text),
  );
}
