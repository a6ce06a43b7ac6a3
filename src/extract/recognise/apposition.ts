// What the words around a name say it is: an apposition ("Colegio Arvell,
// a catholic school in Turin", "Ida Korsvik, a former member") and a common
// noun in front ("newspaper Krynica", "the religious schools San Talvo
// and Ossenza").
import type { EntityType } from "../../schema/graph";
import { wordSet } from "../lexicon/word-set";
import { ORG_INTRODUCERS } from "../lexicon/organizations";
import { ROLE_NOUNS, TITLE_HEADS } from "../lexicon/titles";
import { FUNCTION_WORDS, NOUN_PHRASE_CONTINUERS } from "../lexicon/vocabulary";
import type { Doc, Token } from "../types";

/** Head nouns of a description of an organization. */
const ORG_NOUNS = wordSet(
  (
    "company firm corporation conglomerate business startup subsidiary brand chain maker manufacturer carmaker automaker developer " +
    "shipbuilder shipyard chipmaker drugmaker planemaker steelmaker miner refiner utility supplier exporter importer " +
    "publisher producer provider operator retailer insurer lender bank airline broadcaster network newspaper paper magazine tabloid " +
    "journal website outlet agency ministry department regulator watchdog charity nonprofit non-profit organisation organization " +
    "institution institute foundation association federation union coalition alliance movement group party faction club team band " +
    "school university college academy church council committee commission court studio label outfit think-tank"
  ).split(" "),
);

/** Head nouns of a description of a place. */
const PLACE_NOUNS = wordSet(
  "city town village hamlet township suburb neighbourhood neighborhood district region province state county island archipelago country nation port resort capital enclave territory".split(
    " ",
  ),
);

/** Head nouns of a description of a person. */
const PERSON_NOUNS = wordSet(
  (
    "man woman boy girl child teenager student pupil teacher resident citizen member employee worker veteran mother father son daughter " +
    "wife husband brother sister player actor actress singer writer author artist musician activist researcher scientist physician " +
    "doctor nurse lawyer official politician businessman businesswoman entrepreneur investor journalist photographer blogger fan " +
    "victim survivor witness suspect defendant friend neighbour neighbor expert analyst economist engineer designer cosplayer"
  ).split(" "),
);

/** The type a common noun stands for, singular or plural ("schools" -> organization). */
export function nounType(word: string): EntityType | undefined {
  const singulars = word.endsWith("ies")
    ? [word.slice(0, -3) + "y"]
    : word.endsWith("s")
      ? [word.slice(0, -1), word.slice(0, -2)]
      : [];
  for (const w of [word, ...singulars]) {
    if (PERSON_NOUNS.has(w) || ROLE_NOUNS.has(w) || TITLE_HEADS.has(w)) return "person";
    if (ORG_NOUNS.has(w) || ORG_INTRODUCERS.has(w)) return "organization";
    if (PLACE_NOUNS.has(w)) return "place";
  }
  return undefined;
}

/**
 * "X, a catholic school in Milan", "X, the chief executive of Y": the head noun of a noun phrase
 * right after the name and a comma, read up to the first function word,
 * punctuation or participle.
 */
export function appositionType(doc: Doc, toks: Token[]): EntityType | undefined {
  const last = toks[toks.length - 1].index;
  const at = (i: number) => {
    const t = doc.tokens[i];
    return t && t.sentence === toks[0].sentence ? t : undefined;
  };
  if (at(last + 1)?.text !== ",") return undefined;
  let det = at(last + 2);
  // "Oskarsen Marine, Norway's largest shipbuilder": a possessor name in place of the article
  let skip = 0;
  if (det?.cap && /^['\u2019]s$/.test(at(last + 3)?.text ?? "")) {
    det = { ...det, lower: "the" };
    skip = 1;
  }
  // "Velden Foods, based in Ghent": bodies are based or headquartered somewhere, people are not
  if (det && (det.lower === "based" || det.lower === "headquartered") && at(last + 3)?.lower === "in")
    return "organization";
  // "The liberal New Course, led by X,": bodies are led, headed and run by people
  if (det && (det.lower === "led" || det.lower === "headed" || det.lower === "chaired") && at(last + 3)?.lower === "by")
    return "organization";
  if (!det || (det.lower !== "a" && det.lower !== "an" && det.lower !== "the")) return undefined;
  let head: Token | undefined;
  let end = last + 8 + skip;
  let possessed = false;
  let i = last + 3 + skip;
  for (; i < end; i++) {
    const t = at(i);
    // "X, the company's founder", "X, the region's biggest lender": the possessed noun is the head
    if (t && /^['\u2019]s$/i.test(t.text)) {
      head = undefined;
      possessed = true;
      end = Math.min(i + 6, last + 14);
      continue;
    }
    // "second-largest": a hyphenated premodifier
    if (t?.text === "-" && head && /^\p{Ll}/u.test(at(i + 1)?.text ?? "")) continue;
    // "X, a Geneva-based advocacy group": a place-based premodifier
    if (t?.cap && at(i + 1)?.text === "-" && at(i + 2)?.lower === "based") {
      i += 2;
      continue;
    }
    if (!t || t.cap || FUNCTION_WORDS.has(t.lower) || !/^[\p{Ll}\p{N}]/u.test(t.text)) break;
    if (head && /(?:ed|ing)$/.test(t.lower)) break; // "a company based in ..."
    if (/^\p{Ll}/u.test(t.text)) head = t;
  }
  // "snow closed the road to Velmora, the country's weather office said": a clause's subject, no apposition
  const after = at(i);
  if (possessed && after && /^\p{L}/u.test(after.text) && !NOUN_PHRASE_CONTINUERS.has(after.lower)) return undefined;
  return head ? nounType(head.lower) : undefined;
}

/**
 * "Chile's largest miners' association, Minsoc,", "the country's privacy regulator, Datavakt,": a
 * possessed description right before the name and a comma says what it is, when the name is
 * apposed to it (a comma or the sentence's end after it: "at the bank, Morvane said" names no bank).
 * The description opens with a possessor and heads on a noun, its last word.
 */
export function descriptionBefore(doc: Doc, toks: Token[]): EntityType | undefined {
  const first = toks[0].index;
  const at = (i: number) => {
    const t = doc.tokens[i];
    return t && t.sentence === toks[0].sentence ? t : undefined;
  };
  const after = at(toks[toks.length - 1].index + 1);
  if (at(first - 1)?.text !== "," || (after && after.text !== "," && after.text !== ".")) return undefined;
  const head = at(first - 2);
  if (!head || head.cap || !/^\p{Ll}+$/u.test(head.text)) return undefined;
  // back over lower-case premodifiers to the possessor's "'s"
  let i = first - 3;
  for (let k = 0; k < 4 && at(i) && /^[\p{Ll}-]+$/u.test(at(i)!.text) && !FUNCTION_WORDS.has(at(i)!.lower); k++) i--;
  if (!/^['\u2019]s$/.test(at(i)?.text ?? "")) return undefined;
  // the possessor: a capitalised name or "the country" / "the city"
  let j = i - 1;
  while (at(j)?.cap) j--;
  if (j === i - 1 && at(j) && !/^(country|city|region|state|nation|government)$/.test(at(j)!.lower)) return undefined;
  const type = nounType(head.lower);
  return type === "organization" ? type : undefined;
}

/**
 * The lower-case word in front of a name, looking past a coordination:
 * "schools San Talvo and Ossenza" gives "schools" for both names.
 */
export function wordBefore(doc: Doc, toks: Token[]): Token | undefined {
  const s = toks[0].sentence;
  let i = toks[0].index - 1;
  const t = doc.tokens[i];
  if (t && t.sentence === s && (t.lower === "and" || t.lower === "or")) {
    // back over the previous name: capitalised words and the connectors inside it
    let j = i - 1;
    while (
      j >= 0 &&
      doc.tokens[j].sentence === s &&
      (doc.tokens[j].cap || (doc.tokens[j].lower === "of" && doc.tokens[j - 1]?.cap))
    )
      j--;
    if (j < i - 1) i = j;
  }
  // "the journal The Cryosphere": the name's own article stands between
  if (doc.tokens[i]?.lower === "the" && doc.tokens[i].sentence === s && i === toks[0].index - 1) i--;
  const w = doc.tokens[i];
  // "Ten-man Corlow", "the all-woman crew": a noun ending a hyphened modifier introduces nothing
  if (w && doc.tokens[i - 1]?.text === "-" && doc.tokens[i - 1].end === w.start) return undefined;
  return w && w.sentence === s && !w.cap ? w : undefined;
}
