// Trimming a capitalised run to the name in it: sentence-initial ordinary
// words and role nouns, function words, and trailing captions and currencies.
import { lookupDemonym } from "../lexicon/countries";
import { givenNameGender, isSurname } from "../lexicon/names";
import { FUNCTION_WORDS } from "../lexicon/vocabulary";
import { isCommonWord } from "../lexicon/words";
import type { Doc, Token } from "../types";
import { classifyWords, isNameOpener, lookupName, spanText } from "./classify";
import type { DocContext } from "./context";
import { splitTitle } from "./titles";

/** Caption labels: "... Idris Khaleel Image: Twitter". */
const CAPTION_WORDS = new Set(["image", "photo", "picture", "credit", "source", "video", "file", "pictured"]);

/** Drops sentence-start words and function words from the front of a run. */
export function trimRun(doc: Doc, ctx: DocContext, toks: Token[]): Token[] {
  let i = 0;
  while (i < toks.length) {
    const t = toks[i];
    if (!t.cap || (FUNCTION_WORDS.has(t.lower) && !isAllCaps(t.text))) {
      i++;
      continue;
    }
    // a sentence-initial word the text also writes in lower case, or a common word before "of" or "the"
    // ("Shares of Infosys", "Later the Drug Standards ..."); written in capitals it is an abbreviation
    // ("AS Vennaro" in a story that also says "as")
    const linked = toks[i + 1]?.lower === "of" || toks[i + 1]?.lower === "the";
    const ordinary =
      !isAllCaps(t.text) &&
      ((ctx.lowerWords.has(t.lower) && !ctx.capWords.has(t.lower)) || (linked && isCommonWord(t.lower)));
    if (
      t.sentenceInitial &&
      ((ordinary && !lookupName(t.text) && !splitTitle(toks.slice(i)) && !opensName(doc.text, toks.slice(i))) ||
        isRoleBeforeName(toks, i) ||
        beforeKnownPlace(doc, ctx, toks, i))
    ) {
      i++;
      continue;
    }
    break;
  }
  let j = toks.length;
  while (
    j > i &&
    (!toks[j - 1].cap || toks[j - 1].text === "I" || isCaption(doc, toks[j - 1]) || isCurrency(doc, toks[j - 1]))
  )
    j--;
  return toks.slice(i, j);
}

/** "Landlocked Mali", "Oil-rich Gabon": a sentence-initial common word before a country or place the lexicon knows. */
function beforeKnownPlace(doc: Doc, ctx: DocContext, toks: Token[], i: number): boolean {
  const t = toks[i];
  // a word the article never capitalises inside a sentence, and no name of a person
  if (i + 1 >= toks.length || ctx.capWords.has(t.lower) || lookupName(t.text)) return false;
  if (givenNameGender(t.text) || isSurname(t.text) || opensName(doc.text, toks.slice(i))) return false;
  const rest = lookupName(spanText(doc.text, toks.slice(i + 1)));
  return !!rest && (rest.type === "country" || rest.type === "place") && !lookupName(spanText(doc.text, toks.slice(i)));
}

/** "Team Iceland ...", "University of Leeds ...": a sentence-initial word that starts an organization or place name. */
function opensName(text: string, toks: Token[]): boolean {
  if (toks.length < 2 || !isNameOpener(toks[0].lower)) return false;
  const typing = classifyWords(text, toks);
  return !!typing && typing.type !== "person" && typing.strength >= 2;
}

/** "Seismologist Dr. Ana Morales", "Economist Jan Ek": a sentence-initial role noun before a title or a given name. */
function isRoleBeforeName(toks: Token[], i: number): boolean {
  const t = toks[i];
  const next = toks[i + 1];
  if (!next || givenNameGender(t.text) || isSurname(t.text)) return false;
  // not a title itself ("President Oren Maddox") nor a demonym ("Belarusian Deputy Foreign Minister ...")
  if (!ROLE_SUFFIX.test(t.lower) || splitTitle(toks.slice(i)) || lookupDemonym(t.text)) return false;
  // "Economist Jan Ek" even though there is a magazine of that name; but "Pfizer CEO Albert Bourla" keeps the company
  return !!givenNameGender(next.text) || (!lookupName(t.text) && !!splitTitle(toks.slice(i + 1)));
}

const ROLE_SUFFIX = /(?:ist|ian|ant|ent|er|or|man|woman)$/;

const isAllCaps = (s: string) => s.length > 1 && s === s.toUpperCase() && /\p{Lu}/u.test(s);

/** "US$ 20,000", "HK$5": a currency, not a country. */
function isCurrency(doc: Doc, t: Token): boolean {
  const next = doc.tokens[t.index + 1];
  return !!next && next.text === "$" && next.start === t.end;
}

function isCaption(doc: Doc, t: Token): boolean {
  const next = doc.tokens[t.index + 1];
  return CAPTION_WORDS.has(t.lower) && !!next && next.text === ":";
}
