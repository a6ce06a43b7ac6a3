// Splitting a capitalised run into the names inside it: "X and Y", a person
// "of" an organization, an organization's name with a person's run on, and
// the places named inside a venue or a university.
import { wordSet } from "../lexicon/word-set";
import { lookupCountry, lookupDemonym } from "../lexicon/countries";
import { givenNameGender, isSurname } from "../lexicon/names";
import { COMPANY_HEADS, ORG_HEADS } from "../lexicon/organizations";
import { TITLE_MODIFIERS } from "../lexicon/titles";
import { lookupPlace } from "../lexicon/places";
import { FUNCTION_WORDS } from "../lexicon/vocabulary";
import { isCommonWord } from "../lexicon/words";
import type { Doc, Token } from "../types";
import {
  classifyWords,
  guessPerson,
  isPersonName,
  lookupName,
  looksLikePersonName,
  ORG_MIDS,
  spanText,
  type Typing,
} from "./classify";
import type { DocContext } from "./context";
import { initialsOf, isAcronym } from "./normalize";
import { splitTitle } from "./titles";

/** A typed part of a run. */
export interface TypedPart {
  toks: Token[];
  typing: Typing;
}

const ACADEMIC = new Set(["university", "college", "institute", "school", "academy"]);

/**
 * Places named inside a venue or a university: "Kazan Arena" -> Kazan,
 * "University of Leeds" -> Leeds, "Oregon Institute of Technology" -> Oregon,
 * an organization "of" places: "Drug Standards of Canada and Mexico" -> both countries;
 * and the person a memorial is named after.
 */
export function nestedPlaces(text: string, toks: Token[], outer: Typing): TypedPart[] {
  const and = toks.findIndex((t) => t.lower === "and");
  if (
    outer.type !== "place" &&
    !toks.some((t) => ACADEMIC.has(t.lower)) &&
    !placesAfterOf(text, and < 0 ? toks : toks.slice(0, and))
  )
    return [];
  const out: TypedPart[] = [];
  const tryPart = (part: Token[]) => {
    if (!part.length || part.length === toks.length) return;
    const known = lookupName(spanText(text, part));
    if (known && (known.type === "place" || known.type === "country")) out.push({ toks: part, typing: known });
  };
  // "University of Oregon Portland": places back to back after "of"
  const tryPlaces = (part: Token[]) => {
    const before = out.length;
    tryPart(part);
    if (out.length === before && part.length >= 2) out.push(...(coveringPlaces(text, part) ?? []));
  };
  // "University of Leeds of the UK": after every "of"; "Drug Standards of Canada and Mexico": both
  toks.forEach((t, of) => {
    if (t.lower !== "of" || of === 0) return;
    let after = toks.slice(of + 1).filter((t, i) => !(i === 0 && t.lower === "the"));
    for (;;) {
      const stop = after.findIndex((t) => !t.cap || t.lower === "of");
      tryPlaces(stop < 0 ? after : after.slice(0, stop));
      if (stop < 0 || (after[stop].lower !== "and" && after[stop].text !== "&")) break;
      after = after.slice(stop + 1);
    }
  });
  const firstConnector = toks.findIndex((t) => !t.cap);
  const lead = toks.slice(0, firstConnector < 0 ? toks.length - 1 : firstConnector);
  const found = out.length;
  for (let k = lead.length; k >= 1; k--) {
    tryPart(lead.slice(0, k));
    if (out.length > found) break;
  }
  // "Marvik Station", "Tarsa Stadium", "UCH Hospital Station": a venue takes the name of the place it serves
  if (
    out.length === found &&
    outer.type === "place" &&
    firstConnector < 0 &&
    FACILITY_HEADS.has(toks[toks.length - 1].lower)
  ) {
    const typing = classifyWords(text, lead);
    if (typing && typing.type === "place") out.push({ toks: lead, typing: { type: "place", strength: 1 } });
    else if (!typing && lead.every((t) => !isCommonWord(t.lower) && !isSurname(t.text) && !givenNameGender(t.text)))
      out.push({ toks: lead, typing: { type: "place", strength: 1 } });
  }
  // "Emeka Okonkwo Memorial (Hall)": a memorial is named after a person
  const memorial = toks.findIndex((t, i) => i >= 2 && MEMORIAL_HEADS.has(t.lower));
  if (outer.type === "place" && memorial > 0 && firstConnector < 0) {
    const person = toks.slice(0, memorial);
    const typing = classifyWords(text, person);
    if (typing ? typing.type === "person" : guessPerson(person))
      out.push({ toks: person, typing: { type: "person", strength: 2 } });
  }
  return out;
}

const FACILITY_HEADS = wordSet(["station", "stadium", "arena", "airport"]);
const MEMORIAL_HEADS = wordSet(["memorial", "monument", "mausoleum"]);

/** The tokens as known place or country names back to back ("Oregon Portland"), else undefined. */
function coveringPlaces(text: string, toks: Token[]): TypedPart[] | undefined {
  if (!toks.length) return [];
  for (let n = Math.min(toks.length, 4); n >= 1; n--) {
    const part = toks.slice(0, n);
    const known = lookupName(spanText(text, part));
    if (!known || (known.type !== "place" && known.type !== "country")) continue;
    const rest = coveringPlaces(text, toks.slice(n));
    if (rest) return [{ toks: part, typing: known }, ...rest];
  }
  return undefined;
}

/**
 * "MIT and the University of Leeds": split at "and" when both sides are names on their own,
 * but not "Drug Standards of Canada and Mexico", where the places after "of" are coordinated.
 */
export function splitAtAnd(text: string, toks: Token[]): Token[][] | undefined {
  const at = toks.findIndex((t, i) => i > 0 && (t.lower === "and" || t.text === "&"));
  if (at < 0) return undefined;
  const left = toks.slice(0, at);
  let r = at + 1;
  if (toks[r]?.lower === "the") r++;
  const right = toks.slice(r);
  if (!left.length || !right.length) return undefined;
  if (placesAfterOf(text, left) && isPlaceName(text, right)) return undefined;
  const known = (part: Token[]) =>
    !!(lookupName(spanText(text, part)) ?? classifyWords(text, part) ?? splitAtAnd(text, part)) ||
    !!orgWithCountries(text, part);
  return known(left) && known(right) ? [left, right] : undefined;
}

/** "Drug Standards of Canada", "Commission for Latin America": an organization's words, "of" or "for", then a place or country closing the part. */
function placesAfterOf(text: string, toks: Token[]): boolean {
  const of = toks.findIndex((t, i) => i > 0 && (t.lower === "of" || t.lower === "for"));
  if (of < 0 || !toks.slice(0, of).some((t) => ORG_WORDS(t.lower))) return false;
  const after = toks.slice(toks[of + 1]?.lower === "the" ? of + 2 : of + 1);
  return after.length > 0 && isPlaceName(text, after);
}

function isPlaceName(text: string, toks: Token[]): boolean {
  const known = lookupName(spanText(text, toks));
  return !!known && (known.type === "place" || known.type === "country");
}

const ORG_WORDS = (w: string) => ORG_HEADS.has(w) || ORG_MIDS.has(w);

/**
 * "Drug Standards Canada Mexico", "Amnesty International Australia", "Police Scotland":
 * an organization's name (known, or ending in an organization word) followed only by country
 * or region names is one organization, the national branch or body; the places stay inside it.
 */
export function orgWithCountries(text: string, toks: Token[]): TypedPart[] | undefined {
  for (let k = 1; k < toks.length; k++) {
    const head = toks.slice(0, k);
    // "X and Police Scotland", "Maria Kessler for Water Standards Norway": a connector means two names
    if (!head[k - 1].cap && head[k - 1].lower !== "of" && head[k - 1].lower !== "the") return undefined;
    const org = ORG_WORDS(head[k - 1].lower) || lookupName(spanText(text, head))?.type === "organization";
    const places = org ? coveringCountries(text, toks.slice(k)) : undefined;
    if (places) return places;
  }
  return undefined;
}

/**
 * The tokens as one or more country, state or region names back to back ("Canada Mexico",
 * "Scotland"), else undefined; cities do not count ("FBI Chicago").
 */
function coveringCountries(text: string, toks: Token[]): TypedPart[] | undefined {
  if (!toks.length) return [];
  for (let n = Math.min(toks.length, 4); n >= 1; n--) {
    const part = toks.slice(0, n);
    const name = spanText(text, part);
    const place = lookupPlace(name);
    if (!lookupCountry(name) && place !== "region" && place !== "state") continue;
    const rest = coveringCountries(text, toks.slice(n));
    if (rest) return [{ toks: part, typing: lookupName(name)! }, ...rest];
  }
  return undefined;
}

/**
 * "Halden Marine Group of Norway": a company's own name (a distinctive first word, a company word
 * last) "of" a country is the company and the country it is from; institutions and names built
 * of ordinary words stay whole ("Dairy Council of Australia", "Central Bank of Ireland").
 */
/** Endings of adjectives that open institutions' names: "Central", "Communist", "Islamic", "Federal", "Cooperative". */
const ADJECTIVE_ENDINGS = /(al|ist|ic|ive|ary|ory|an|ish|ese|ern)$/;

export function splitOrgOfCountry(text: string, toks: Token[]): Token[][] | undefined {
  const at = toks.findIndex((t, i) => i >= 2 && t.lower === "of");
  if (at < 0 || !COMPANY_HEADS.has(toks[at - 1].lower)) return undefined;
  const first = toks[0];
  if (
    isCommonWord(first.lower) ||
    TITLE_MODIFIERS.has(first.lower) ||
    ADJECTIVE_ENDINGS.test(first.lower) ||
    lookupCountry(first.text) ||
    lookupDemonym(first.text) ||
    lookupPlace(first.text)
  )
    return undefined;
  const rest = toks.slice(toks[at + 1]?.lower === "the" ? at + 2 : at + 1);
  if (!rest.length || !lookupCountry(spanText(text, rest))) return undefined;
  return [toks.slice(0, at), rest];
}

/** "Dana Whitlow of The Courier and Mail": a person's name, then "of" and an organization. */
export function splitPersonOf(text: string, toks: Token[]): Token[][] | undefined {
  const at = toks.findIndex((t, i) => i > 1 && t.lower === "of");
  if (at < 0) return undefined;
  const left = toks.slice(0, at);
  // "Dr. Ana Morales of the University of Iceland": the title stays with the person
  const title = splitTitle(left);
  const name = title ? left.slice(title.nameStart) : left;
  const typing = name.length ? classifyWords(text, name) : undefined;
  const titled = !!title && !typing && looksLikePersonName(name) && !name.some((t) => FUNCTION_WORDS.has(t.lower)); // not "Doctor Dolittle Society"
  let r = at + 1;
  if (toks[r]?.lower === "the") r++;
  const right = toks.slice(r);
  if (typing?.type !== "person" && !titled && !(!typing && unknownNameOfBody(text, name, right))) return undefined;
  return [left, right];
}

/**
 * "Takeshi Omura of Sendai University": two or three name-shaped words the lexicons do not
 * type (a given name they lack), then "of" and what is surely a body.
 */
function unknownNameOfBody(text: string, name: Token[], right: Token[]): boolean {
  if (name.length < 2 || name.length > 3 || !looksLikePersonName(name)) return false;
  if (name.some((t) => isCommonWord(t.lower) || lookupCountry(t.text) || lookupDemonym(t.text) || lookupPlace(t.text)))
    return false;
  const body = right.length >= 2 ? (lookupName(spanText(text, right)) ?? classifyWords(text, right)) : undefined;
  return body?.type === "organization" && body.strength >= 2;
}

/**
 * "(CEO of the) Migrant Council Ravi Sundaram", "University of Oregon Portland
 * Nasrin Qorbani": an organization's name with the person's name run on.
 */
export function splitOrgPerson(text: string, ctx: DocContext, toks: Token[]): Token[][] | undefined {
  for (const k of [2, 3]) {
    const cut = toks.length - k;
    if (cut < 2) break;
    const prefix = toks.slice(0, cut);
    const name = toks.slice(cut);
    // "... of Vitamin Deficiency Disorders": words the text also writes in lower case are not a name
    if (!prefix[cut - 1].cap || name.some((t) => ctx.lowerWords.has(t.lower)) || !isPersonName(name)) continue;
    const typing = lookupName(spanText(text, prefix)) ?? classifyWords(text, prefix);
    if (typing && typing.type !== "person" && typing.strength >= 2) return [prefix, name];
  }
  return undefined;
}

/**
 * "International Union of Fire Brigades and Rescue Services (IUFBRS)": a bracketed
 * acronym of three letters or more whose letters are, in order, initials of the run's
 * capitalised words from the first one, so the run is one name even across "and".
 */
export function abbreviatedByAcronym(doc: Doc, toks: Token[]): boolean {
  const after = (k: number) => doc.tokens[toks[toks.length - 1].index + k];
  const acronym = after(2)?.text.replace(/\./g, "") ?? "";
  if (after(1)?.text !== "(" || after(3)?.text !== ")" || acronym.length < 3 || !isAcronym(acronym)) return false;
  const initials = toks.filter((t) => t.cap).map((t) => t.text[0].toUpperCase());
  if (initials[0] !== acronym[0]) return false;
  let k = 0;
  for (const c of initials) if (c === acronym[k]) k++;
  return k === acronym.length;
}

export function spelledByAcronym(doc: Doc, toks: Token[]): boolean {
  const after = (k: number) => doc.tokens[toks[toks.length - 1].index + k];
  const acronym = after(2);
  if (after(1)?.text !== "(" || after(3)?.text !== ")" || !acronym || !isAcronym(acronym.text)) return false;
  return initialsOf(spanText(doc.text, toks)) === acronym.text.replace(/\./g, "");
}
