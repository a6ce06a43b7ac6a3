// Second stage: Doc -> Mentions. Proper-name runs are trimmed, stripped of
// titles, typed (gazetteers, name-internal cues, context), then typed again
// at document level (settle.ts) so every occurrence of a name agrees; headlines only
// yield names the body or a gazetteer vouches for. Groups named by their
// country ("the French delegation") are organizations. Pronouns and role
// descriptions become mentions for resolve to link.
import { lookupDemonym } from "../lexicon/countries";
import { wordSet } from "../lexicon/word-set";
import { countryKey } from "./country-key";
import { CLUB_PREFIXES } from "../lexicon/organizations";
import { PLACE_HEADS } from "../lexicon/places";
import { FUNCTION_WORDS } from "../lexicon/vocabulary";
import { isCommonPlural, isCommonWord } from "../lexicon/words";
import { lookupCountry } from "../lexicon/countries";
import type { Doc, Mention, Token } from "../types";
import {
  classifyWords,
  namesAThing,
  isNameOpener,
  lookupName,
  looksLikePersonName,
  spanText,
  type Typing,
} from "./classify";
import { buildContext, type DocContext } from "./context";
import { contextTyping } from "./cues";
import { groupMentions } from "./groups";
import { descriptionMentions, pronounMentions } from "./pronouns";
import {
  abbreviatedByAcronym,
  nestedPlaces,
  orgWithCountries,
  spelledByAcronym,
  splitAtAnd,
  splitOrgOfCountry,
  splitOrgPerson,
  splitPersonOf,
} from "./parts";
import { CONNECTORS, sentenceRuns } from "./runs";
import { isStormRun, stormNames } from "./storms";
import { splitTitle } from "./titles";
import { trimRun } from "./trim";
import { normalizeName } from "./normalize";
import { settleTypes, type Candidate } from "./settle";

export function recognise(doc: Doc): Mention[] {
  const ctx = buildContext(doc);
  const out: Mention[] = [];
  const candidates: Candidate[] = [];
  const storms = stormNames(doc);

  for (const s of doc.sentences) {
    if (ctx.headline.has(s.index)) continue;
    for (const run of sentenceRuns(doc, s.index)) {
      const toks = doc.tokens.slice(run.start, run.end);
      if (!isStormRun(toks, storms)) processRun(doc, ctx, toks, candidates, out);
    }
  }
  settleTypes(doc, candidates);
  for (const c of candidates) if (c.typing) out.push(toMention(doc, c));
  out.push(...groupMentions(doc, ctx, out));
  headlineMentions(doc, ctx, out);
  out.push(...pronounMentions(doc, ctx), ...descriptionMentions(doc, ctx));
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}

function toMention(doc: Doc, c: Candidate, kind: Mention["kind"] = "name"): Mention {
  const t = c.typing!;
  const m: Mention = {
    start: c.toks[0].start,
    end: c.toks[c.toks.length - 1].end,
    text: spanText(doc.text, c.toks),
    sentence: c.toks[0].sentence,
    type: t.type,
    kind,
  };
  if (t.canonical) m.canonical = t.canonical;
  if (c.role) m.role = c.role;
  if (c.affiliation) m.affiliation = c.affiliation;
  if (c.gender) m.gender = c.gender;
  return m;
}

function countryMention(doc: Doc, tok: Token, name: string, kind: Mention["kind"], last: Token = tok): Mention {
  const c = lookupCountry(name);
  return {
    start: tok.start,
    end: last.end,
    text: doc.text.slice(tok.start, last.end),
    sentence: tok.sentence,
    type: c && !c.sovereign ? "place" : "country",
    kind,
    canonical: name,
  };
}

/** Adjectives of continents and world regions: "North American", "Central Asian", "Latin American". */
const REGION_ADJECTIVES = wordSet(
  "american african asian european arab arabian caribbean nordic scandinavian baltic balkan mediterranean pacific atlantic latin".split(
    " ",
  ),
);

function processRun(doc: Doc, ctx: DocContext, toks: Token[], candidates: Candidate[], out: Mention[]): void {
  toks = trimRun(doc, ctx, toks);
  if (!toks.length) return;
  const whole = lookupName(spanText(doc.text, toks));
  if (whole) {
    candidates.push({ toks, typing: whole });
    // "Mexico City", "Kuwait City": the country inside a known city's name
    if (whole.type === "place" && toks.length >= 2 && PLACE_HEADS.has(toks[toks.length - 1].lower))
      candidates.push(...nestedPlaces(doc.text, toks, whole));
    return;
  }
  // "FK Sorvik", "AS Vennaro": a club's prefix, in a story about sport
  if (ctx.sports && toks.length >= 2 && CLUB_PREFIXES.has(toks[0].text)) {
    candidates.push({ toks, typing: { type: "organization", strength: 2 } });
    return;
  }
  // Title + name: "Belarusian Deputy Foreign Minister Arkady Rudak"
  const title = splitTitle(toks);
  if (title) {
    const name = toks.slice(title.nameStart);
    const nameTyping = name.length ? classifyWords(doc.text, name) : undefined;
    const nameIsPerson =
      name.length > 0 &&
      (!nameTyping || nameTyping.type === "person") &&
      looksLikePersonName(name) &&
      !namesAThing(name) &&
      // "Director of Public Appointments": an ordinary plural after a title "of" is the office's ("Judge Rivers" is a judge)
      !(
        name.length === 1 &&
        isCommonPlural(name[0].lower) &&
        toks.slice(0, title.nameStart).some((t) => t.lower === "of")
      ) &&
      !FUNCTION_WORDS.has(name[0].lower);
    if (name.length > 1 && name[0].lower === "of") {
      // "Chairman of the Baltic Institute for ...": the role is the person's, the rest a name;
      // "Director of Public Appointments": ordinary words after "of" are the office's own
      const rest = name.slice(name[1].lower === "the" ? 2 : 1);
      if (rest.every((t) => isCommonWord(t.lower) || isCommonPlural(t.lower))) return;
      processRun(doc, ctx, rest, candidates, out);
      return;
    }
    if (nameIsPerson || name.length === 0) {
      if (title.country) {
        const kind = lookupDemonym(toks[0].text) ? "demonym" : "name";
        out.push(countryMention(doc, toks[0], title.country, kind));
      }
      const role = title.role.length ? spanText(doc.text, title.role) : undefined;
      const affiliation = title.country ? countryKey(title.country) : undefined;
      if (name.length) {
        candidates.push({
          toks: name,
          typing: { type: "person", strength: 3 },
          role,
          affiliation,
          gender: genderOfTitle(title.honorific ?? title.role.map((t) => t.lower).join(" ")),
        });
      } else if (role) {
        // a bare title: "the Prime Minister" -> a description resolve links by role
        out.push({
          start: title.role[0].start,
          end: title.role[title.role.length - 1].end,
          text: role,
          sentence: toks[0].sentence,
          type: "person",
          kind: "description",
          role,
          ...(affiliation ? { affiliation } : {}),
        });
      }
      return;
    }
  }
  // "Tarvik Chief Executive Margaret Okonjo": a name, a title, then the person
  const titled = nameTitlePerson(doc.text, toks);
  if (titled) {
    const [body, person] = titled;
    const from = candidates.length;
    processRun(doc, ctx, body, candidates, out);
    for (const c of candidates.slice(from))
      if (c.toks[0] === body[0] && (!c.typing || (c.typing.type === "person" && c.typing.strength === 1)))
        c.typing = { type: "organization", strength: 1 };
    processRun(doc, ctx, person, candidates, out);
    return;
  }
  // "Halden Marine Group of Norway": the company, and the country it is from
  const fromCountry = splitOrgOfCountry(doc.text, toks);
  if (fromCountry) {
    for (const part of fromCountry) processRun(doc, ctx, part, candidates, out);
    return;
  }
  const affiliated = splitPersonOf(doc.text, toks);
  if (affiliated) {
    // "Tom Reyes of Fenwick Partners": what a person is "of" is, short of other evidence, an organization
    const [person, body] = affiliated;
    processRun(doc, ctx, person, candidates, out);
    const from = candidates.length;
    processRun(doc, ctx, body, candidates, out);
    for (const c of candidates.slice(from))
      if (c.toks[0] === body[0] && (!c.typing || (c.typing.type === "person" && c.typing.strength === 1)))
        c.typing = { type: "organization", strength: 1 };
    return;
  }
  if (toks.some((t) => t.lower === "and") && abbreviatedByAcronym(doc, toks)) {
    candidates.push({ toks, typing: { type: "organization", strength: 2 } });
    return;
  }
  const parts = splitAtAnd(doc.text, toks) ?? splitOrgPerson(doc.text, ctx, toks);
  if (parts) {
    for (const part of parts) processRun(doc, ctx, part, candidates, out);
    return;
  }
  // "South Korean officials": a demonym of two words; "North American buyers": a continent's adjective, no name
  if (toks.length === 2) {
    const demonym = lookupDemonym(spanText(doc.text, toks));
    if (demonym) {
      out.push(countryMention(doc, toks[0], demonym.name, "demonym", toks[1]));
      return;
    }
    if (isNameOpener(toks[0].lower) && REGION_ADJECTIVES.has(toks[1].lower)) return;
  }
  if (toks.length === 1 && REGION_ADJECTIVES.has(toks[0].lower)) return;
  const words = classifyWords(doc.text, toks);
  // a person only guessed from the words gives way to what the context says of a body:
  // "the chief executive of Brell Stanton", "a spokeswoman for Corvin Lind"
  const context = words?.type === "person" && words.strength < 2 ? contextTyping(doc, ctx, toks) : undefined;
  const typing = context?.type === "organization" && context.strength >= 2 ? context : words;
  if (typing) {
    candidates.push({ toks, typing });
    if (typing.strength === 2) candidates.push(...nestedPlaces(doc.text, toks, typing));
    return;
  }
  // "Danish Institutes of Forest Research (DIFR)": spelled by its acronym, a demonym opens the name
  if (toks.length >= 3 && spelledByAcronym(doc, toks)) {
    candidates.push({ toks, typing: { type: "organization", strength: 2 } });
    return;
  }
  // Demonym in front of something else: "Russian" + "Leaders"
  const demonym = lookupDemonym(toks[0].text);
  if (demonym) {
    out.push(countryMention(doc, toks[0], demonym.name, "demonym"));
    if (toks.length > 1) processRun(doc, ctx, toks.slice(1), candidates, out);
    return;
  }
  // "United States Forest Service (USFS)": a bracketed acronym spelling the whole run makes it one name
  if (spelledByAcronym(doc, toks)) {
    candidates.push({ toks, typing: { type: "organization", strength: 2 } });
    return;
  }
  // "Drug Standards Canada Mexico": an organization named with the countries it serves, which are named too
  const countries = orgWithCountries(doc.text, toks);
  if (countries) {
    candidates.push({ toks, typing: { type: "organization", strength: 2 } }, ...countries);
    return;
  }
  // A known name in front of unknown words: "Google Maps", "Kenya Tourism (board)"
  for (let k = Math.min(toks.length - 1, 4); k >= 1; k--) {
    const prefix = toks.slice(0, k);
    const known = lookupName(spanText(doc.text, prefix));
    if (!known || toks.slice(k).some((t) => !t.cap)) continue;
    candidates.push({ toks: prefix, typing: known });
    // "Pfizer CEO Albert Bourla": a titled person after the name is kept
    const rest = toks.slice(k);
    const title = splitTitle(rest);
    // "offering Georgia NATO membership": two known names side by side are two mentions
    if ((title && title.nameStart < rest.length) || startsWithKnownName(doc.text, rest))
      processRun(doc, ctx, rest, candidates, out);
    return;
  }
  // Split at connectors: "Dranko and Maddox", "Moldova of Belarus"
  const cut = toks.findIndex((t, i) => i > 0 && !t.cap && CONNECTORS.has(t.lower));
  if (cut > 0) {
    processRun(doc, ctx, toks.slice(0, cut), candidates, out);
    let next = cut;
    while (next < toks.length && !toks[next].cap) next++;
    processRun(doc, ctx, toks.slice(next), candidates, out);
    return;
  }
  if (toks.length > 4) return; // long unknown runs are titles of works, slogans...
  candidates.push({ toks, typing: contextTyping(doc, ctx, toks) });
}

/** The run opens with a gazetteer name: "NATO", "European Union Council" (then split again). */
function startsWithKnownName(text: string, toks: Token[]): boolean {
  for (let k = Math.min(toks.length, 5); k >= 1; k--) if (lookupName(spanText(text, toks.slice(0, k)))) return true;
  return false;
}

function genderOfTitle(words: string): "m" | "f" | undefined {
  if (/\b(mrs|ms|miss|queen|princess|dame|lady|chairwoman|spokeswoman|congresswoman)\b/.test(words)) return "f";
  if (/\b(mr|king|prince|sir|lord|chairman|spokesman|congressman)\b/.test(words)) return "m";
  return undefined;
}

/** Headline words are all capitalised: keep only names the body or a gazetteer knows. */
function headlineMentions(doc: Doc, ctx: DocContext, out: Mention[]): void {
  const known = new Map<string, Mention>();
  for (const m of out) {
    if (m.kind !== "name") continue;
    known.set(normalizeName(m.text), m);
    // a surname alone names the person in a headline too
    const words = m.text.split(/\s+/);
    if (m.type === "person" && words.length > 1) {
      const last = normalizeName(words[words.length - 1]);
      if (!known.has(last)) known.set(last, m);
    }
  }
  for (const [s] of ctx.headline) {
    const { tokenStart, tokenEnd } = doc.sentences[s];
    let i = tokenStart;
    while (i < tokenEnd) {
      let matched = 0;
      for (let n = Math.min(5, tokenEnd - i); n >= 1 && !matched; n--) {
        const toks = doc.tokens.slice(i, i + n);
        if (!toks[0].cap || !toks[n - 1].cap) continue;
        const text = spanText(doc.text, toks);
        const body = known.get(normalizeName(text));
        const typing = body ? { type: body.type, canonical: body.canonical } : lookupName(text);
        if (!typing || (ctx.headline.get(s) === "caps" && n === 1 && FUNCTION_WORDS.has(toks[0].lower))) continue;
        out.push({
          start: toks[0].start,
          end: toks[n - 1].end,
          text,
          sentence: s,
          type: typing.type,
          kind: "name",
          ...(typing.canonical ? { canonical: typing.canonical } : {}),
        });
        matched = n;
      }
      i += matched || 1;
    }
  }
}

/** "Acme Chief Executive Jane Doe", "Baltic Dockers Union Chief Executive Jane Doe": one to four name words, a title of two words or more, a person's name. */
function nameTitlePerson(text: string, toks: Token[]): [Token[], Token[]] | undefined {
  for (let k = 1; k <= 4 && k + 3 <= toks.length; k++) {
    if (toks.slice(0, k).some((t) => FUNCTION_WORDS.has(t.lower))) return undefined;
    const title = splitTitle(toks.slice(k));
    if (!title || title.country || title.role.length < 2) continue;
    const name = toks.slice(k + title.nameStart);
    const typing = name.length ? classifyWords(text, name) : undefined;
    if (name.length >= 2 && (!typing || typing.type === "person") && looksLikePersonName(name))
      return [toks.slice(0, k), toks.slice(k)];
  }
  return undefined;
}
