// Second stage: Doc -> Mentions. Proper-name runs are trimmed, stripped of
// titles, typed (gazetteers, name-internal cues, context), then typed again
// at document level so every occurrence of a name agrees; headlines only
// yield names the body or a gazetteer vouches for. Pronouns and role
// descriptions become mentions for resolve to link.
import type { EntityType } from "../../schema/graph";
import { lookupDemonym } from "../lexicon/countries";
import { countryKey } from "./country-key";
import { handWords } from "../lexicon/holdout";
import { givenNameGender, isSurname } from "../lexicon/names";
import { FUNCTION_WORDS, isCommonWord } from "../lexicon/words";
import { lookupCountry } from "../lexicon/countries";
import type { Doc, Mention, Token } from "../types";
import { classifyWords, isNameOpener, isPersonName, lookupName, looksLikePersonName, spanText, type Strength, type Typing } from "./classify";
import { buildContext, type DocContext } from "./context";
import { contextTyping } from "./cues";
import { descriptionMentions, pronounMentions } from "./pronouns";
import { CONNECTORS, sentenceRuns } from "./runs";
import { splitTitle } from "./titles";
import { initialsOf, isAcronym, normalizeName } from "./normalize";

/** A name span on its way to becoming a mention. */
interface Candidate {
  toks: Token[];
  typing?: Typing;
  role?: string;
  affiliation?: string;
  gender?: "m" | "f";
}


export function recognise(doc: Doc): Mention[] {
  const ctx = buildContext(doc);
  const out: Mention[] = [];
  const candidates: Candidate[] = [];

  for (const s of doc.sentences) {
    if (ctx.headline.has(s.index)) continue;
    for (const run of sentenceRuns(doc, s.index)) processRun(doc, ctx, doc.tokens.slice(run.start, run.end), candidates, out);
  }
  settleTypes(doc, candidates);
  for (const c of candidates) if (c.typing) out.push(toMention(doc, c));
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

function countryMention(doc: Doc, tok: Token, name: string, kind: Mention["kind"]): Mention {
  const c = lookupCountry(name);
  return {
    start: tok.start,
    end: tok.end,
    text: tok.text,
    sentence: tok.sentence,
    type: c && !c.sovereign ? "place" : "country",
    kind,
    canonical: name,
  };
}

function processRun(doc: Doc, ctx: DocContext, toks: Token[], candidates: Candidate[], out: Mention[]): void {
  toks = trimRun(doc, ctx, toks);
  if (!toks.length) return;
  const whole = lookupName(spanText(doc.text, toks));
  if (whole) {
    candidates.push({ toks, typing: whole });
    return;
  }
  // Title + name: "Russian Deputy Foreign Minister Alexander Grushko"
  const title = splitTitle(toks);
  if (title) {
    const name = toks.slice(title.nameStart);
    const nameTyping = name.length ? classifyWords(doc.text, name) : undefined;
    const nameIsPerson = name.length > 0 && (!nameTyping || nameTyping.type === "person") && looksLikePersonName(name) && !FUNCTION_WORDS.has(name[0].lower);
    if (name.length > 1 && name[0].lower === "of") {
      // "Chairman of the Australian Centre for ...": the role is the person's, the rest a name
      processRun(doc, ctx, name.slice(name[1].lower === "the" ? 2 : 1), candidates, out);
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
        candidates.push({ toks: name, typing: { type: "person", strength: 3 }, role, affiliation, gender: genderOfTitle(title.honorific ?? title.role.map((t) => t.lower).join(" ")) });
      } else if (role) {
        // a bare title: "the Prime Minister" -> a description resolve links by role
        out.push({ start: title.role[0].start, end: title.role[title.role.length - 1].end, text: role, sentence: toks[0].sentence, type: "person", kind: "description", role, ...(affiliation ? { affiliation } : {}) });
      }
      return;
    }
  }
  const affiliated = splitPersonOf(doc.text, toks);
  if (affiliated) {
    // "Tom Reyes of Fenwick Partners": what a person is "of" is, short of other evidence, an organization
    const [person, body] = affiliated;
    processRun(doc, ctx, person, candidates, out);
    const from = candidates.length;
    processRun(doc, ctx, body, candidates, out);
    for (const c of candidates.slice(from)) if (c.toks[0] === body[0] && (!c.typing || (c.typing.type === "person" && c.typing.strength === 1))) c.typing = { type: "organization", strength: 1 };
    return;
  }
  const parts = splitAtAnd(doc.text, toks) ?? splitOrgPerson(doc.text, ctx, toks);
  if (parts) {
    for (const part of parts) processRun(doc, ctx, part, candidates, out);
    return;
  }
  const typing = classifyWords(doc.text, toks);
  if (typing) {
    candidates.push({ toks, typing });
    if (typing.strength === 2) candidates.push(...nestedPlaces(doc.text, toks, typing));
    return;
  }
  // Demonym in front of something else: "Russian" + "Leaders"
  const demonym = lookupDemonym(toks[0].text);
  if (demonym) {
    out.push(countryMention(doc, toks[0], demonym.name, "demonym"));
    if (toks.length > 1) processRun(doc, ctx, toks.slice(1), candidates, out);
    return;
  }
  // "United States Geological Survey (USGS)": a bracketed acronym spelling the whole run makes it one name
  if (spelledByAcronym(doc, toks)) {
    candidates.push({ toks, typing: { type: "organization", strength: 2 } });
    return;
  }
  // A known name in front of unknown words: "Google Chrome", "Malaysia Tourism (board)"
  for (let k = Math.min(toks.length - 1, 4); k >= 1; k--) {
    const prefix = toks.slice(0, k);
    const known = lookupName(spanText(doc.text, prefix));
    if (!known || toks.slice(k).some((t) => !t.cap)) continue;
    candidates.push({ toks: prefix, typing: known });
    // "Pfizer CEO Albert Bourla": a titled person after the name is kept
    const rest = toks.slice(k);
    const title = splitTitle(rest);
    if (title && title.nameStart < rest.length) processRun(doc, ctx, rest, candidates, out);
    return;
  }
  // Split at connectors: "Putin and Trump", "Ukraine of Russia"
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

const ACADEMIC = new Set(["university", "college", "institute", "school", "academy"]);

/**
 * Places named inside a venue or a university: "Volgograd Arena" -> Volgograd,
 * "University of Sheffield" -> Sheffield, "Massachusetts Institute of Technology" -> Massachusetts.
 */
function nestedPlaces(text: string, toks: Token[], outer: Typing): Candidate[] {
  if (outer.type !== "place" && !toks.some((t) => ACADEMIC.has(t.lower))) return [];
  const out: Candidate[] = [];
  const tryPart = (part: Token[]) => {
    if (!part.length || part.length === toks.length) return;
    const known = lookupName(spanText(text, part));
    if (known && (known.type === "place" || known.type === "country")) out.push({ toks: part, typing: known });
  };
  // "University of Sheffield of the UK": after every "of"
  toks.forEach((t, of) => {
    if (t.lower !== "of" || of === 0) return;
    const after = toks.slice(of + 1).filter((t, i) => !(i === 0 && t.lower === "the"));
    const stop = after.findIndex((t) => !t.cap || t.lower === "of");
    tryPart(stop < 0 ? after : after.slice(0, stop));
  });
  const firstConnector = toks.findIndex((t) => !t.cap);
  const lead = toks.slice(0, firstConnector < 0 ? toks.length - 1 : firstConnector);
  const found = out.length;
  for (let k = lead.length; k >= 1; k--) {
    tryPart(lead.slice(0, k));
    if (out.length > found) break;
  }
  // "Shandao Station", "Fisht Stadium", "NTU Hospital Station": a venue takes the name of the place it serves
  if (out.length === found && outer.type === "place" && firstConnector < 0 && FACILITY_HEADS.has(toks[toks.length - 1].lower)) {
    const typing = classifyWords(text, lead);
    if (typing && typing.type === "place") out.push({ toks: lead, typing: { type: "place", strength: 1 } });
    else if (!typing && lead.every((t) => !isCommonWord(t.lower) && !isSurname(t.text) && !givenNameGender(t.text))) out.push({ toks: lead, typing: { type: "place", strength: 1 } });
  }
  return out;
}

const FACILITY_HEADS = handWords(["station", "stadium", "arena", "airport"]);

/** "MIT and the University of Sheffield": split at "and" when both sides are names on their own. */
function splitAtAnd(text: string, toks: Token[]): Token[][] | undefined {
  const at = toks.findIndex((t, i) => i > 0 && (t.lower === "and" || t.text === "&"));
  if (at < 0) return undefined;
  const left = toks.slice(0, at);
  let r = at + 1;
  if (toks[r]?.lower === "the") r++;
  const right = toks.slice(r);
  if (!left.length || !right.length) return undefined;
  const known = (part: Token[]) => !!(lookupName(spanText(text, part)) ?? classifyWords(text, part) ?? splitAtAnd(text, part));
  return known(left) && known(right) ? [left, right] : undefined;
}

/** "Matthew Ingram of The Globe and Mail": a person's name, then "of" and an organization. */
function splitPersonOf(text: string, toks: Token[]): Token[][] | undefined {
  const at = toks.findIndex((t, i) => i > 1 && t.lower === "of");
  if (at < 0) return undefined;
  const left = toks.slice(0, at);
  // "Dr. Ana Morales of the University of Chile": the title stays with the person
  const title = splitTitle(left);
  const name = title ? left.slice(title.nameStart) : left;
  const typing = name.length ? classifyWords(text, name) : undefined;
  const titled = !!title && !typing && looksLikePersonName(name) && !name.some((t) => FUNCTION_WORDS.has(t.lower)); // not "Doctor Who Society"
  if (typing?.type !== "person" && !titled) return undefined;
  let r = at + 1;
  if (toks[r]?.lower === "the") r++;
  return [left, toks.slice(r)];
}

/**
 * "(CEO of the) Refugee Council Enver Solomon", "University of Texas Arlington
 * Amneh Jafari": an organization's name with the person's name run on.
 */
function splitOrgPerson(text: string, ctx: DocContext, toks: Token[]): Token[][] | undefined {
  for (const k of [2, 3]) {
    const cut = toks.length - k;
    if (cut < 2) break;
    const prefix = toks.slice(0, cut);
    const name = toks.slice(cut);
    // "... of Iodine Deficiency Disorders": words the text also writes in lower case are not a name
    if (!prefix[cut - 1].cap || name.some((t) => ctx.lowerWords.has(t.lower)) || !isPersonName(name)) continue;
    const typing = lookupName(spanText(text, prefix)) ?? classifyWords(text, prefix);
    if (typing && typing.type !== "person" && typing.strength >= 2) return [prefix, name];
  }
  return undefined;
}

function spelledByAcronym(doc: Doc, toks: Token[]): boolean {
  const after = (k: number) => doc.tokens[toks[toks.length - 1].index + k];
  const acronym = after(2);
  if (after(1)?.text !== "(" || after(3)?.text !== ")" || !acronym || !isAcronym(acronym.text)) return false;
  return initialsOf(spanText(doc.text, toks)) === acronym.text.replace(/\./g, "");
}

/** Caption labels: "... Ahmed Mohamed Image: Twitter". */
const CAPTION_WORDS = new Set(["image", "photo", "picture", "credit", "source", "video", "file", "pictured"]);

/** Drops sentence-start words and function words from the front of a run. */
function trimRun(doc: Doc, ctx: DocContext, toks: Token[]): Token[] {
  let i = 0;
  while (i < toks.length) {
    const t = toks[i];
    if (!t.cap || (FUNCTION_WORDS.has(t.lower) && !isAllCaps(t.text))) {
      i++;
      continue;
    }
    // a sentence-initial word the text also writes in lower case, or a common word before "of" ("Shares of Infosys")
    const ordinary = (ctx.lowerWords.has(t.lower) && !ctx.capWords.has(t.lower)) || (toks[i + 1]?.lower === "of" && isCommonWord(t.lower));
    if (t.sentenceInitial && ((ordinary && !lookupName(t.text) && !splitTitle(toks.slice(i)) && !opensName(doc.text, toks.slice(i))) || isRoleBeforeName(toks, i))) {
      i++;
      continue;
    }
    break;
  }
  let j = toks.length;
  while (j > i && (!toks[j - 1].cap || toks[j - 1].text === "I" || isCaption(doc, toks[j - 1]) || isCurrency(doc, toks[j - 1]))) j--;
  return toks.slice(i, j);
}

/** "Team Estonia ...", "University of Sheffield ...": a sentence-initial word that starts an organization or place name. */
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
  // not a title itself ("President Donald Trump") nor a demonym ("Russian Deputy Foreign Minister ...")
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

function genderOfTitle(words: string): "m" | "f" | undefined {
  if (/\b(mrs|ms|miss|queen|princess|dame|lady|chairwoman|spokeswoman|congresswoman)\b/.test(words)) return "f";
  if (/\b(mr|king|prince|sir|lord|chairman|spokesman|congressman)\b/.test(words)) return "m";
  return undefined;
}

/**
 * Document-level typing: every occurrence of a surface takes the strongest
 * typing any occurrence got; a lone surname or first name of a known person
 * is that person; an acronym of a known name takes its type.
 */
function settleTypes(doc: Doc, candidates: Candidate[]): void {
  const best = new Map<string, Typing>();
  const votes = new Map<string, Map<EntityType, number>>();
  const personParts = new Map<string, number>();
  const initials = new Map<string, Typing>();
  for (const c of candidates) {
    if (!c.typing) continue;
    const key = normalizeName(spanText(doc.text, c.toks));
    const prev = best.get(key);
    if (!prev || c.typing.strength > prev.strength) best.set(key, c.typing);
    const v = votes.get(key) ?? new Map<EntityType, number>();
    v.set(c.typing.type, (v.get(c.typing.type) ?? 0) + c.typing.strength);
    votes.set(key, v);
    if (c.typing.type === "person" && c.toks.length >= 2) {
      for (const t of c.toks) if (t.text.length > 1) personParts.set(t.lower, (personParts.get(t.lower) ?? 0) + 1);
    }
    if (c.typing.type !== "person" && c.toks.length >= 2) {
      const acr = initialsOf(spanText(doc.text, c.toks));
      if (acr.length >= 2) initials.set(acr, c.typing);
    }
  }
  typeAcronymPairs(doc, candidates);
  for (const c of candidates) {
    const text = spanText(doc.text, c.toks);
    const key = normalizeName(text);
    const b = best.get(key);
    if (b && (!c.typing || c.typing.strength < b.strength)) c.typing = b;
    if (c.typing && c.typing.strength >= 2) continue;
    if (c.toks.length === 1) {
      const t = c.toks[0];
      if (personParts.has(t.lower)) c.typing = { type: "person", strength: 2 };
      else if (isAcronym(t.text) && initials.has(t.text.replace(/\./g, ""))) c.typing = { ...initials.get(t.text.replace(/\./g, ""))!, canonical: undefined, strength: 2 };
    } else if (c.toks.every((t) => personParts.has(t.lower))) {
      c.typing = { type: "person", strength: 2 };
    }
  }
  // weak typings lose to a stronger vote for the same surface
  for (const c of candidates) {
    if (!c.typing || c.typing.strength > 1) continue;
    const v = votes.get(normalizeName(spanText(doc.text, c.toks)));
    if (!v) continue;
    let top: EntityType | undefined;
    let topScore = 0;
    for (const [t, n] of v) if (n > topScore) [top, topScore] = [t, n];
    if (top && top !== c.typing.type) c.typing = { type: top, strength: 1 as Strength };
  }
}

/**
 * "Movimento 5 Stelle (M5S)", "CEI (Italian Episcopal Conference)": a name and
 * its acronym in brackets share a type; an organization unless one says otherwise.
 */
function typeAcronymPairs(doc: Doc, candidates: Candidate[]): void {
  const byFirst = new Map<number, Candidate>();
  const byLast = new Map<number, Candidate>();
  for (const c of candidates) {
    byFirst.set(c.toks[0].index, c);
    byLast.set(c.toks[c.toks.length - 1].index, c);
  }
  const tok = (i: number) => doc.tokens[i];
  for (const c of candidates) {
    if (c.toks.length !== 1 || !isAcronym(c.toks[0].text)) continue;
    const i = c.toks[0].index;
    let other: Candidate | undefined;
    if (tok(i - 1)?.text === "(" && tok(i + 1)?.text === ")") other = byLast.get(i - 2);
    else if (tok(i + 1)?.text === "(") {
      const o = byFirst.get(i + 2);
      if (o && tok(o.toks[o.toks.length - 1].index + 1)?.text === ")") other = o;
    }
    if (!other || other.toks.length < 2) continue;
    const typing = other.typing && other.typing.strength >= 2 ? other.typing : c.typing && c.typing.strength >= 2 ? c.typing : { type: "organization" as EntityType, strength: 2 as Strength };
    if (!other.typing || other.typing.strength < 2) other.typing = { type: typing.type, strength: 2 };
    if (!c.typing || c.typing.strength < 2 || c.typing.type !== typing.type) c.typing = { type: typing.type, strength: 2 };
  }
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
        out.push({ start: toks[0].start, end: toks[n - 1].end, text, sentence: s, type: typing.type, kind: "name", ...(typing.canonical ? { canonical: typing.canonical } : {}) });
        matched = n;
      }
      i += matched || 1;
    }
  }
}
