// Context cues for names the words alone can't type: "newspaper Krynica",
// "host Marla Penhallow", "Lyle Danner said", "in Herat", "Kabul-based".
import { wordSet } from "../lexicon/word-set";
import { lookupCountry } from "../lexicon/countries";
import { givenNameGender } from "../lexicon/names";
import { lookupPlace } from "../lexicon/places";
import { FUNCTION_WORDS, PLACE_CUE_PREPOSITIONS } from "../lexicon/vocabulary";
import { isCommonPlural, isCommonWord } from "../lexicon/words";

const isAcronym = (s: string) => s.length > 1 && s === s.toUpperCase();
import type { Doc, Token } from "../types";
import { EVENT_HEADS, guessPerson, lookupName, looksLikePersonName, type Typing } from "./classify";
import type { DocContext } from "./context";
import { appositionType, descriptionBefore, nounType, wordBefore } from "./apposition";
import { SPEECH_VERBS } from "../lexicon/speech";
import { COMMON_ABBREVIATIONS } from "../lexicon/abbreviations";
import { datelineLength } from "../dateline";

const MORE_INTRODUCERS = wordSet(["show", "program", "programme", "series", "podcast", "site"]);

const DIRECTIONS = new Set([
  "north",
  "south",
  "east",
  "west",
  "northeast",
  "northwest",
  "southeast",
  "southwest",
  "north-east",
  "north-west",
  "south-east",
  "south-west",
  "outskirts",
]);

/** What only a company has: "X's shareholders". */
const ORG_POSSESSIONS = wordSet([
  "ceo",
  "cfo",
  "shares",
  "shareholders",
  "stock",
  "employees",
  "headquarters",
  "subsidiary",
  "subsidiaries",
  "board",
  "owner",
  "owners",
  "founder",
  "founders",
  "workforce",
  "revenue",
  "revenues",
  "profits",
  "customers",
  "chairman",
  "chairwoman",
]);

/** "shareholders", "chief executive": a word for what only a company has (an owner may own a place). */
function isCompanyPossession(doc: Doc, t: Token): boolean {
  if (t.lower === "executive") return doc.tokens[t.index - 1]?.lower === "chief";
  return ORG_POSSESSIONS.has(t.lower) && t.lower !== "owner" && t.lower !== "owners";
}

/** "interest in Orvism", "faith in Google": the name after "in" is a topic, not a place. */
const TOPIC_NOUNS = wordSet([
  "shares",
  "interest",
  "belief",
  "faith",
  "confidence",
  "trust",
  "investment",
  "stake",
  "role",
  "part",
  "involvement",
  "expert",
  "degree",
  "career",
]);

/** Lower-case nouns for a body right after its name: "the Green Dawn party". */
const BODY_AFTER_NAME = wordSet(["party", "movement", "alliance", "coalition", "faction"]);
/** Offices held over a place: "mayor of X". */
const PLACE_OFFICES = wordSet(["mayor", "governor", "mayors", "governors"]);

/** Lower-case nouns after a place's name: "the Velk region". */
const PLACE_AFTER_NAME = wordSet([
  "region",
  "province",
  "district",
  "county",
  "oblast",
  "prefecture",
  "township",
  "municipality",
]);

/**
 * The word before a list of names the run belongs to: "of" in "the villages of
 * Arno, Belt and Cosa", whichever of the three the run is.
 */
function listOpener(doc: Doc, toks: Token[]): Token | undefined {
  const s = toks[0].sentence;
  let i = toks[0].index - 1;
  for (let steps = 0; steps < 30 && i >= 0; steps++) {
    const t = doc.tokens[i];
    if (t.sentence !== s) return undefined;
    if (t.text === "," || t.lower === "and" || t.lower === "or") {
      // back over the name before the connector
      let j = i - 1;
      while (j >= 0 && doc.tokens[j].sentence === s && doc.tokens[j].cap) j--;
      if (j === i - 1) return undefined;
      i = j;
      continue;
    }
    return t;
  }
  return undefined;
}

const LEADER_NOUNS = wordSet(["administration", "government", "cabinet", "presidency", "regime"]);

/**
 * A US state, province or country name starting at token t that closes the
 * phrase: "(Qorvale,) Texas." but not "(Aurelio Ventana,) Panama coach" or
 * "(World Cup,) Sweden defeated".
 */
function isRegionName(doc: Doc, t: Token): boolean {
  for (let n = 3; n >= 1; n--) {
    const toks = doc.tokens.slice(t.index, t.index + n);
    if (toks.length < n || toks.some((x) => !x.cap || x.sentence !== t.sentence)) continue;
    const text = doc.text.slice(toks[0].start, toks[n - 1].end);
    if (lookupPlace(text) !== "state" && !lookupCountry(text)) continue;
    const after = doc.tokens[t.index + n];
    return !after || after.sentence !== t.sentence || !/^\p{Ll}/u.test(after.text) || FUNCTION_WORDS.has(after.lower);
  }
  return false;
}

export function contextTyping(doc: Doc, ctx: DocContext, toks: Token[]): Typing | undefined {
  const first = toks[0].index;
  const last = toks[toks.length - 1].index;
  const prev = doc.tokens[first - 1];
  const prev2 = doc.tokens[first - 2];
  const next = doc.tokens[last + 1];
  const next2 = doc.tokens[last + 2];
  const sameSentence = (t: Token | undefined) => t && t.sentence === toks[0].sentence;
  const personish =
    looksLikePersonName(toks) && toks.every((t) => !FUNCTION_WORDS.has(t.lower) && !ctx.lowerWords.has(t.lower));

  // "X beat Y 2-1", "X drew 1-1 with Y": the two sides of a scoreline are teams
  if (sideOfScore(doc, first, last)) return { type: "organization", strength: 2 };

  // "a spokeswoman for Oskarsen Energy", "Tarkon's shareholders": what people speak or work for, what has shareholders
  if (sameSentence(prev) && prev!.lower === "for" && prev2 && !prev2.cap && nounType(prev2.lower) === "person")
    return { type: "organization", strength: 2 };
  // "the chief executive of Tarkon", "the shareholders of Tarkon": what only a company has, "of" the name
  if (sameSentence(prev) && prev!.lower === "of" && prev2 && !prev2.cap && isCompanyPossession(doc, prev2))
    return { type: "organization", strength: 2 };
  if (
    sameSentence(next) &&
    /^['\u2019]s$/i.test(next!.text) &&
    next2 &&
    (ORG_POSSESSIONS.has(next2.lower) || (next2.lower === "chief" && doc.tokens[last + 3]?.lower === "executive"))
  )
    return { type: "organization", strength: 2 };
  // "a group calling itself Grey Heron", "an outfit known as X": the noun before names its type
  const named =
    sameSentence(prev) &&
    prev2 &&
    ((prev!.lower === "itself" && /^(calling|calls|called)$/.test(prev2.lower)) ||
      (prev!.lower === "as" && prev2.lower === "known"));
  const namer = named ? doc.tokens[first - 3] : undefined;
  if (namer && namer.sentence === toks[0].sentence && nounType(namer.lower) === "organization")
    return { type: "organization", strength: 2 };
  // "the opposition Green Dawn party": a name before the noun for its kind of body
  if (sameSentence(next) && BODY_AFTER_NAME.has(next!.lower) && sameSentence(prev) && prev!.cap === false)
    return { type: "organization", strength: 2 };
  // "the provinces of Varsa and Demik", "the village of Ost": named after a place noun and "of"
  const listed = listOpener(doc, toks);
  if (listed && listed.lower === "of") {
    const noun = doc.tokens[listed.index - 1];
    if (noun && noun.sentence === toks[0].sentence && nounType(noun.lower) === "place")
      return { type: "place", strength: 2 };
  }
  // "Ardania's Velk region", "the Demik province"
  if (sameSentence(next) && PLACE_AFTER_NAME.has(next!.lower) && toks.length <= 2)
    return { type: "place", strength: 2 };
  // "mayor of Tartu", "governor of Kherson": a place's office
  if (sameSentence(prev) && prev!.lower === "of" && prev2 && PLACE_OFFICES.has(prev2.lower) && toks.length <= 2)
    return { type: "place", strength: 2 };
  // "Colegio Arvell, a catholic school in Turin"
  const described = appositionType(doc, toks);
  if (described && (described !== "person" || personish)) return { type: described, strength: 2 };
  // "the country's privacy regulator, Datavakt,"
  if (descriptionBefore(doc, toks) === "organization") return { type: "organization", strength: 2 };
  // "newspaper Krynica", "schools San Talvo and Ossenza", "musician Tancredi Volpe"
  const before = wordBefore(doc, toks);
  const beforeType = before && (MORE_INTRODUCERS.has(before.lower) ? "organization" : nounType(before.lower));
  if (beforeType === "organization") return { type: "organization", strength: 2 };
  if (beforeType === "person" && personish) return { type: "person", strength: 2 };
  if (sameSentence(next) && next!.text === "-" && next2 && next2.lower === "based")
    return { type: "place", strength: 2 };
  // "the Lyon-based Sarrot": what is based somewhere, named right after, is a body
  if (sameSentence(prev) && prev!.lower === "based" && prev2?.text === "-")
    return { type: "organization", strength: 2 };
  if (
    personish &&
    toks.length >= 2 &&
    sameSentence(next) &&
    (SPEECH_VERBS.has(next!.lower) || (next!.text === "," && next2 && next2.lower === "who"))
  )
    return { type: "person", strength: 2 };
  // "Qorvale, Texas", "Fresno, California": a town, then its state or country
  if (
    sameSentence(next) &&
    next!.text === "," &&
    next2 &&
    next2.sentence === toks[0].sentence &&
    toks.length <= 3 &&
    isRegionName(doc, next2)
  )
    return { type: "place", strength: 2 };
  // "the Vantelli government", "the Maddox administration": a leader's name
  if (
    toks.length === 1 &&
    personish &&
    sameSentence(next) &&
    LEADER_NOUNS.has(next!.lower) &&
    !lookupName(toks[0].text)
  )
    return { type: "person", strength: 1 };
  // "in Star Rovers: The Lost Years", "in the World Cup": a work's title or an event, not a place
  const titled = sameSentence(next) && next!.text === ":" && !!next2 && next2.cap;
  // "in X", "near X", "40 km north of X", "next to X"
  const placePreposition =
    PLACE_CUE_PREPOSITIONS.has(prev?.lower ?? "") ||
    (!!prev2 &&
      ((prev!.lower === "of" && DIRECTIONS.has(prev2.lower)) ||
        (prev!.lower === "to" && (prev2.lower === "next" || prev2.lower === "close"))));
  if (
    sameSentence(prev) &&
    placePreposition &&
    !(prev2 && TOPIC_NOUNS.has(prev2.lower)) &&
    toks.length <= 2 &&
    !titled &&
    !EVENT_HEADS.has(toks[toks.length - 1].lower) &&
    !COMMON_ABBREVIATIONS.has(toks[0].text)
  ) {
    // "in Kota Kinabalu": two unknown words after "in" are a place unless they open with a given name
    if (!personish || toks.length === 1 || !givenNameGender(toks[0].text)) return { type: "place", strength: 1 };
  }
  // "the Sky Ordo", "the Ontario Spookbusters": a determiner does not go before a person's name
  const determined = sameSentence(prev) && prev!.lower === "the";
  if (personish && guessPerson(toks)) return { type: determined ? "organization" : "person", strength: 1 };
  // "the Sky Ordo": an unknown name behind "the", ending in an unusual word, names a body
  if (
    determined &&
    personish &&
    toks.length >= 2 &&
    !isCommonWord(toks[toks.length - 1].lower) &&
    !toks.some((t) => lookupName(t.text))
  )
    return { type: "organization", strength: 1 };
  // "Korsvik said": a lone unknown name that speaks
  if (
    toks.length === 1 &&
    personish &&
    !determined &&
    !isCommonWord(toks[0].lower) &&
    !isCommonPlural(toks[0].lower) &&
    !nounType(toks[0].lower) &&
    !isAcronym(toks[0].text) &&
    sameSentence(next) &&
    SPEECH_VERBS.has(next!.lower)
  )
    return { type: "person", strength: 1 };
  // "NRK said", "told NRK", "according to NRK": unknown initials that speak or are spoken to are a
  // body's (no common abbreviation; not in a dateline, where an unknown town is in capitals too)
  const speaks = sameSentence(next) && SPEECH_VERBS.has(next!.lower);
  const addressed =
    sameSentence(prev) && (TOLD.has(prev!.lower) || (prev!.lower === "to" && prev2?.lower === "according"));
  if (
    toks.length === 1 &&
    (speaks || addressed) &&
    isInitials(toks[0].text) &&
    !COMMON_ABBREVIATIONS.has(toks[0].text) &&
    !inDateline(doc, toks[0])
  )
    return { type: "organization", strength: 1 };
  return undefined;
}

const TOLD = wordSet(["told", "tell", "tells", "telling"]);

/** Verbs a result is told with, between the two sides or before the score. */
const RESULT_VERBS = wordSet(
  "beat beats defeated defeats edged edges thrashed thrashes drew draws lost loses held holds routed overcame stunned".split(
    " ",
  ),
);
/** How far a score may sit from the names it is between, in tokens. */
const SCORE_REACH = 8;

/** A score "2-1" (three tokens) starting at token i. */
function scoreAt(doc: Doc, i: number): boolean {
  const [a, dash, b] = [doc.tokens[i], doc.tokens[i + 1], doc.tokens[i + 2]];
  return (
    !!a &&
    !!b &&
    /^\d{1,2}$/.test(a.text) &&
    (dash?.text === "-" || dash?.text === "\u2013") &&
    /^\d{1,2}$/.test(b.text) &&
    a.sentence === b.sentence
  );
}

/**
 * The run [first, last] names a side of a result: right before a result verb with a score after
 * it ("X beat Y 2-1"), or right after one, or after "with", "to" or "against" following one, with
 * the score close by ("beat Y 2-1", "drew 1-1 with Y", "lost 2-0 to Y").
 */
function sideOfScore(doc: Doc, first: number, last: number): boolean {
  const sentence = doc.tokens[first].sentence;
  const scoreWithin = (from: number, to: number) => {
    for (let i = Math.max(0, from); i <= to; i++) {
      if (!doc.tokens[i] || doc.tokens[i].sentence !== sentence) continue;
      if (scoreAt(doc, i)) return true;
    }
    return false;
  };
  const next = doc.tokens[last + 1];
  if (next?.sentence === sentence && RESULT_VERBS.has(next.lower) && scoreWithin(last + 2, last + 2 + SCORE_REACH))
    return true;
  const prev = doc.tokens[first - 1];
  if (!prev || prev.sentence !== sentence) return false;
  if (RESULT_VERBS.has(prev.lower) && scoreWithin(last + 1, last + 3)) return true;
  if (/^(with|to|against)$/.test(prev.lower)) {
    const verbBefore = doc.tokens
      .slice(Math.max(0, first - 6), first - 1)
      .some((t) => t.sentence === sentence && RESULT_VERBS.has(t.lower));
    return verbBefore && (scoreWithin(first - 5, first - 2) || scoreWithin(last + 1, last + 3));
  }
  return false;
}

/** Two to six capitals: "NRK", "EACC". */
const isInitials = (s: string) => /^\p{Lu}{2,6}$/u.test(s);

function inDateline(doc: Doc, t: Token): boolean {
  const s = doc.sentences[t.sentence];
  if (!s || t.index - s.tokenStart > 14) return false;
  return t.index - s.tokenStart < datelineLength(doc.tokens.slice(s.tokenStart, s.tokenEnd));
}
