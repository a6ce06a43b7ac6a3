// Event frames: find triggers in a sentence and read each one's arguments
// (agent before it, complements after it, place, time) by shallow syntax.
import type { ParticipantRole } from "../../schema/graph";
import { captionMeeting } from "./captions";
import type { AffiliationOf, Arg, Frame } from "./frame";
import { KINDS } from "./kinds/index";
import { scanArguments } from "./arguments";
import { findSubjects, isModifier, isTitleWord, mainSubject, participialSubject } from "./clause";
import { timeExpressions, timeTokens, type TimeExpr } from "./time";
import { APPEAR_FORMS, ASKED, courtAppearance, HEARING } from "./senses";
import { SPEECH_VERBS } from "../lexicon/speech";
import { LIGHT_TRIGGER_FORMS, LIGHT_VERBS, RECEIVE_VERBS, TRIGGERS, type TriggerSense } from "./triggers";
import {
  AUXILIARIES,
  BE_FORMS,
  BODY_PREPOSITIONS,
  CLAUSE_OPENERS,
  DETERMINERS,
  POSSESSIVE_DETERMINERS,
  PREPOSITIONS,
  STATE_NOUNS,
  SUBJECT_PRONOUNS,
} from "../lexicon/vocabulary";
import { HARD_BREAKS, type SentenceView, type Span } from "./view";

export function framesOf(view: SentenceView, affiliationOf: AffiliationOf): Frame[] {
  const times = timeExpressions(view);
  const timeTok = timeTokens(times);
  const sources = accordingTo(view);
  const frames: Frame[] = [];
  let consumedUntil = -1;
  // computed only when a capitalised word mid-sentence asks for it
  let headline: boolean | undefined;
  const passiveMain = passiveSubjectPhrase(view);
  for (let i = 0; i < view.words.length; i++) {
    if (view.spanAt[i] || timeTok.has(i)) continue;
    // "Rift Legends: Final Offensive": a capitalised word inside running text is part of a title
    if (!TRIGGERS.has(view.words[i]) && !(i === 0 && view.words[i] === "asked") && !APPEAR_FORMS.has(view.words[i]))
      continue;
    if (view.tokens[i].cap && !view.tokens[i].sentenceInitial && !(headline ??= isHeadline(view))) continue;
    const sense = pickSense(view, i);
    if (!sense) continue;
    if (sense.pos === "noun" && i <= consumedUntil) continue;
    // "a breach notification", "an investment fund": a noun modifying the next noun is no event
    if (sense.pos === "noun" && modifiesNoun(view, i)) continue;
    // "ruled out offering X", "agreed to meet Y": a verb right after a trigger is its complement
    if (sense.pos === "verb" && frames.length && complementOf(view, frames[frames.length - 1], i)) continue;
    // "X announced a partnership with Y": the event noun is the event, with X as its agent
    if (sense.pos === "verb" && !sense.particle && LIGHT_TRIGGER_FORMS.has(view.words[i]) && eventObject(view, i))
      continue;
    // "A plan backed by X ... was rejected by Y": the participle only describes the subject of the main event
    if (passiveMain && sense.pos === "verb" && i < passiveMain.be && view.words[i + 1] === "by") continue;
    // "... was published in Y and funded by Z": a coordinated participle shares the passive subject
    const coordinatedPassive =
      !!passiveMain &&
      i > passiveMain.verb &&
      view.words[i - 1] === "and" &&
      /(ed|en)$/.test(view.words[i]) &&
      view.words[i + 1] === "by";
    const subjectPhrase = passiveMain && (i === passiveMain.verb || coordinatedPassive) ? passiveMain.spans : undefined;
    const frame =
      sense.pos === "verb" ? verbFrame(view, i, sense, timeTok, subjectPhrase) : nounFrame(view, i, sense, timeTok);
    if (sense.pos === "verb") consumedUntil = Math.max(consumedUntil, frame.end);
    const args = frame.args.map((a) => resolvePossessive(view, a, affiliationOf));
    // "Britain's Fair Trade Office was examining ...": the country acts through its body
    for (const a of [...args]) {
      const owner =
        a.role === "agent" && a.span.mention.type === "organization" && view.words[a.span.first - 1] === "'s"
          ? view.spanAt[a.span.first - 2]
          : undefined;
      if (owner && owner.mention.type === "country" && !args.some((b) => b.entity === owner.entity))
        args.push({ entity: owner.entity, role: "agent", span: owner });
    }
    for (const s of sources) args.push({ entity: s.entity, role: "source", span: s });
    const date = nearestTime(times, i, frame.from, frame.end);
    frames.push({
      sense,
      at: i,
      start: view.tokens[i].start,
      end: view.tokens[sense.particle ? i + 1 : i].end,
      args,
      ...(date ? { date } : {}),
      ...(frame.topic ? { topic: frame.topic } : {}),
    });
  }
  return withSentenceContext(view, frames, times, timeTok);
}

/** What the sentence adds to all its frames: a fronted place; and, for a verbless caption line, its meeting. */
export function withSentenceContext(
  view: SentenceView,
  frames: Frame[],
  times: TimeExpr[],
  timeTok: ReadonlySet<number>,
): Frame[] {
  // "In Paris, X met Y": a fronted place is where the sentence's events happen
  const fronted = frontedPlace(view);
  if (fronted) {
    for (const f of frames) {
      if (KINDS[f.sense.kind].placed && !f.args.some((a) => a.role === "location" || a.entity === fronted.entity))
        f.args.push({ entity: fronted.entity, role: "location", span: fronted });
    }
  }
  if (!frames.length) {
    const caption = captionMeeting(view, timeTok);
    if (caption) {
      const date = nearestTime(times, caption.at, 0, view.words.length - 1);
      frames.push({
        sense: caption.sense,
        at: caption.at,
        start: view.tokens[caption.at].start,
        end: view.tokens[caption.at].end,
        args: caption.args,
        ...(date ? { date } : {}),
      });
    }
  }
  return frames;
}

/**
 * A passive main clause: the index of its be-form, of the passive trigger after
 * it, and the names in the subject phrase before it, all of which undergo the
 * event ("The study by X was published in Y", "A system backed by X for Y
 * refugees was rejected by Z").
 */
function passiveSubjectPhrase(view: SentenceView): { be: number; verb: number; spans: Span[] } | undefined {
  const { words } = view;
  for (let b = 1; b < words.length && b <= 30; b++) {
    const w = words[b];
    if (
      HARD_BREAKS.has(w) ||
      CLAUSE_OPENERS.has(w) ||
      SPEECH_VERBS.has(w) ||
      (view.spanAt[b] && view.spanAt[b]!.mention.kind === "pronoun")
    )
      return undefined;
    if (!BE_FORMS.has(w) || w === "'s") continue;
    for (let v = b + 1; v <= b + 3 && v < words.length; v++) {
      if (TRIGGERS.get(words[v])?.some((x) => x.pos === "verb") && isPassive(view, v)) {
        const named = view.spans.filter(
          (sp) => sp.last < b && sp.mention.kind !== "pronoun" && !isModifier(view, sp, b),
        );
        // "X, the former director of Y, was detained": Y only describes X
        const spans = named.filter((sp, k) => k === 0 || !inApposition(view, named[0], sp));
        return spans.length ? { be: b, verb: v, spans } : undefined;
      }
      if (!(words[v].endsWith("ly") || words[v] === "been" || words[v] === "being" || words[v] === "not")) break;
    }
    return undefined;
  }
  return undefined;
}

/** Is the span an "of/at/from" complement inside an apposition set off by a comma after the head name? */
function inApposition(view: SentenceView, head: Span, sp: Span): boolean {
  if (view.words[head.last + 1] !== ",") return false;
  let j = sp.first - 1;
  while (j > head.last && DETERMINERS.has(view.words[j])) j--;
  return BODY_PREPOSITIONS.has(view.words[j]) && !view.words.slice(head.last + 2, sp.first).includes(",");
}

/** "In Paris, ...", "At the Kazan Arena on Monday, ...": a place opening the sentence before a comma. */
function frontedPlace(view: SentenceView): Span | undefined {
  const { words, spanAt } = view;
  let j = 0;
  if (words[j] !== "in" && words[j] !== "at") return undefined;
  j++;
  while (DETERMINERS.has(words[j]) && !spanAt[j]) j++;
  const span = spanAt[j];
  if (!span || (span.mention.type !== "place" && span.mention.type !== "country")) return undefined;
  for (let k = span.last + 1; k < words.length && k - span.last <= 6; k++) {
    if (words[k] === ",") return span;
    if (spanAt[k] || HARD_BREAKS.has(words[k]) || !/^[\p{L}\d]/u.test(words[k])) return undefined;
  }
  return undefined;
}

/** Is the object of the verb at i an event noun ("signed a new deal")? */
function eventObject(view: SentenceView, i: number): boolean {
  for (let k = i + 1; k < view.words.length && k <= i + 7; k++) {
    const w = view.words[k];
    if (view.spanAt[k]) return false;
    if (
      DETERMINERS.has(w) ||
      AMOUNT_WORDS.test(w) ||
      (AMOUNT_LINKS.has(w) && /\d|million|billion/.test(view.words[k - 1] ?? ""))
    )
      continue;
    if (TRIGGERS.get(w)?.some((s) => s.pos === "noun") && pickSense(view, k)?.pos === "noun") return true;
    if (!isPremodifier(w)) return false;
  }
  return false;
}

/** Is the verb at i the complement of the frame's trigger ("ruled out offering", "agreed to meet")? */
function complementOf(view: SentenceView, frame: Frame, i: number): boolean {
  const end = frame.at + (frame.sense.particle ? 1 : 0);
  if (frame.sense.pos !== "verb") return false;
  return i === end + 1 ? view.words[i].endsWith("ing") : i === end + 2 && view.words[end + 1] === "to";
}

/** Is the noun at i a premodifier of a plain noun after it ("breach notification"), not a clause's head? */
function modifiesNoun(view: SentenceView, i: number): boolean {
  const next = view.words[i + 1] ?? "";
  if (view.spanAt[i + 1] || !/^\p{Ll}{3,}$/u.test(next) || !NOUN_SUFFIX.test(next)) return false;
  return !TRIGGERS.has(next) && !AUXILIARIES.has(next) && !PREPOSITIONS.has(next) && !SPEECH_VERBS.has(next);
}
/** Suffixes of nouns that are rarely verbs: "notification", "fund"-like heads are left alone. */
const NOUN_SUFFIX = /(tion|sion|ment|ness|ity|ance|ence|ship|ure|ism)$/;

/** A headline capitalises its words: most alphabetic tokens start upper-case. */
function isHeadline(view: SentenceView): boolean {
  let words = 0,
    caps = 0;
  for (const t of view.tokens) {
    if (!/^\p{L}/u.test(t.text) || t.text.length < 4) continue;
    words++;
    if (t.cap) caps++;
  }
  return words > 0 && caps / words >= 0.6;
}

interface RawFrame {
  args: Arg[];
  /** local token range the frame read */
  from: number;
  end: number;
  topic?: string;
}

/** Which sense of the word at i is used here, or undefined when it is not a trigger. */
function pickSense(view: SentenceView, i: number): TriggerSense | undefined {
  const { words } = view;
  const senses = TRIGGERS.get(words[i]);
  if (APPEAR_FORMS.has(words[i])) return courtAppearance(view, i) ? HEARING : undefined;
  if (!senses && !(i === 0 && words[i] === "asked")) return undefined;
  if (i === 0 && words[i] === "asked") return ASKED;
  const phrasal = senses!.find((s) => s.particle && words[i + 1] === s.particle);
  if (phrasal) return phrasal;
  const plain = senses!.filter((s) => !s.particle);
  const noun = plain.find((s) => s.pos === "noun");
  const verb = plain.find((s) => s.pos === "verb");
  const prev = words[i - 1] ?? "";
  const prevSpan = view.spanAt[i - 1];
  const nounContext =
    DETERMINERS.has(prev) ||
    prev === "'s" ||
    (PREPOSITIONS.has(prev) && prev !== "to") ||
    (prev.endsWith("ly") && DETERMINERS.has(words[i - 2] ?? "")) ||
    (!!prevSpan && (prevSpan.mention.kind === "demonym" || DETERMINERS.has(words[prevSpan.first - 1] ?? ""))) ||
    (/^\p{Ll}[\p{Ll}-]*$/u.test(prev) &&
      !AUXILIARIES.has(prev) &&
      !SUBJECT_PRONOUNS.has(prev) &&
      !prev.endsWith("ly") &&
      !!noun);
  // "the Municipality of Varsena asking ...": an -ing verb after a name stays a verb
  // "the United Kingdom pledged": a verb-only word after a name is that name's verb
  if (
    nounContext &&
    !(
      prevSpan &&
      noun === undefined &&
      verb &&
      (/ing$/.test(words[i]) || DETERMINERS.has(words[prevSpan.first - 1] ?? ""))
    )
  )
    return noun;
  if (i === 0 && noun && /s$/.test(words[i])) return noun;
  if (verb && /ing$/.test(words[i]) && DETERMINERS.has(prev)) return noun;
  return verb ?? noun;
}

function verbFrame(
  view: SentenceView,
  i: number,
  sense: TriggerSense,
  timeTok: ReadonlySet<number>,
  subjectPhrase?: Span[],
): RawFrame {
  const passive = isPassive(view, i) || !!subjectPhrase;
  let subjects = findSubjects(view, i, timeTok);
  if (subjectPhrase) subjects = subjectPhrase;
  if (!subjects.length) subjects = participialSubject(view, i);
  // "X launched a petition ..., asking Y to ...": a trailing participle's subject is the main one
  if (!subjects.length && view.words[i - 1] === "," && view.words[i].endsWith("ing")) subjects = mainSubject(view);
  if (!subjects.length && !passive) subjects = leaderOfSubject(view, i);
  const scan = scanArguments(view, i + (sense.particle ? 2 : 1), sense, timeTok, !passive && !sense.objectless);
  const subjectRole: ParticipantRole =
    passive || sense === ASKED ? (sense.symmetric ? "participant" : "target") : "agent";
  const args = [...subjects.map((s) => ({ entity: s.entity, role: subjectRole, span: s })), ...scan.args];
  return { args, from: subjects.length ? subjects[0].first : i, end: scan.end, topic: scan.topic };
}

/** "The foreign ministers, led by X's minister Y, will meet ...": an unnamed subject's named leader acts for it. */
function leaderOfSubject(view: SentenceView, i: number): Span[] {
  const { words, spanAt } = view;
  let j = i - 1;
  while (j > 0 && (AUXILIARIES.has(words[j]) || words[j] === "not")) j--;
  if (words[j] !== ",") return [];
  let k = j - 1;
  while (k > 0 && words[k] !== "," && j - k <= 10) k--;
  if (words[k] !== "," || !LEADING.has(words[k + 1]) || words[k + 2] !== "by") return [];
  const leaders = view.spans.filter(
    (sp) => sp.first > k + 2 && sp.last < j && !isModifier(view, sp, j) && sp.mention.kind !== "pronoun",
  );
  return leaders.filter((sp) => sp.mention.type === "person").length
    ? leaders.filter((sp) => sp.mention.type === "person")
    : leaders;
}
const LEADING = new Set(["led", "headed", "chaired"]);

function nounFrame(view: SentenceView, i: number, sense: TriggerSense, timeTok: ReadonlySet<number>): RawFrame {
  const { words, spanAt } = view;
  const args: Arg[] = [];
  // premodifier or possessor: "Russia's invasion", "an ABC interview", "their discussions"
  let j = i - 1;
  while (j >= 0 && !spanAt[j] && isPremodifier(words[j]) && i - j <= 2) j--;
  if (words[j] === "'s") j--;
  const premod = spanAt[j];
  const premodRole: ParticipantRole = sense.kind === "interview" ? "participant" : "agent";
  if (premod && !isTitleWord(words[premod.last + 1] ?? ""))
    args.push({ entity: premod.entity, role: premodRole, span: premod });
  let npStart = premod ? premod.first : j + 1;
  while (npStart > 0 && DETERMINERS.has(words[npStart - 1])) npStart--;
  // "Dranko ordered an invasion", "X held talks with Y", "X, in an interview, ..."
  // "announced €8 million in food aid": the light verb sits before the amount
  const amount = amountBefore(words, npStart);
  if (amount < npStart) npStart = amount;
  const before = words[npStart - 1] ?? "";
  const light = LIGHT_VERBS.has(before) || LIGHT_TRIGGER_FORMS.has(before);
  if (!args.some((a) => a.role === "agent") && (light || sense.subjectAgent)) {
    const at = light ? npStart - 1 : npStart;
    let subjects = findSubjects(view, at, timeTok);
    if (!subjects.length) subjects = participialSubject(view, at);
    for (const s of subjects) args.push({ entity: s.entity, role: "agent", span: s });
  } else if (RECEIVE_VERBS.has(before)) {
    // "Haddou received support from ...": the receiver is the target
    let subjects = findSubjects(view, npStart - 1, timeTok);
    if (!subjects.length) subjects = participialSubject(view, npStart - 1);
    for (const s of subjects) args.push({ entity: s.entity, role: "target", span: s });
  }
  const scan = scanArguments(view, i + 1, sense, timeTok, false);
  return {
    args: [...args, ...scan.args],
    from: Math.min(npStart, ...args.map((a) => a.span.first)),
    end: scan.end,
    topic: scan.topic,
  };
}

/** "€5 million in" / "$2bn of" right before an event noun's phrase at np: where the amount starts (np when there is none). */
function amountBefore(words: readonly string[], np: number): number {
  if (!AMOUNT_LINKS.has(words[np - 1] ?? "")) return np;
  let k = np - 2;
  while (k >= 0 && AMOUNT_WORDS.test(words[k])) k--;
  return k < np - 2 && /\d/.test(words.slice(k + 1, np - 1).join(" ")) ? k + 1 : np;
}
const AMOUNT_LINKS = new Set(["in", "of", "worth"]);
const AMOUNT_WORDS =
  /^([$€£¥]|[\d.,]+|million|billion|trillion|thousand|hundred|m|bn|us|francs?|dollars?|euros?|pounds?|yen|swiss)$/i;

/** A plain word that may stand between a possessor and its event noun ("Russia's full-scale invasion"), not a verb. */
function isPremodifier(w: string): boolean {
  return (
    /^[\p{Ll}-]+$/u.test(w) &&
    !DETERMINERS.has(w) &&
    !PREPOSITIONS.has(w) &&
    !AUXILIARIES.has(w) &&
    !LIGHT_VERBS.has(w) &&
    !LIGHT_TRIGGER_FORMS.has(w) &&
    !RECEIVE_VERBS.has(w) &&
    !SPEECH_VERBS.has(w) &&
    !/[^e]ed$/.test(w)
  );
}

function isPassive(view: SentenceView, i: number): boolean {
  const w = view.words[i];
  if (w.endsWith("ing") || w.endsWith("s")) return false;
  for (let j = i - 1; j >= 0 && i - j <= 3; j--) {
    const p = view.words[j];
    if (BE_FORMS.has(p) || p === "got" || p === "get") return true;
    if (!(p.endsWith("ly") || p === "not" || p === "been" || p === "being")) return false;
  }
  return false;
}

/** "according to (a report by) X": X is a source of every event in the sentence. */
export function accordingTo(view: SentenceView): Span[] {
  const out: Span[] = [];
  for (let i = 0; i + 1 < view.words.length; i++) {
    if (view.words[i] !== "according" || view.words[i + 1] !== "to") continue;
    for (let j = i + 2; j < view.words.length && j <= i + 7; j++) {
      const span = view.spanAt[j];
      if (span) {
        out.push(span);
        break;
      }
      if (view.words[j] === "," || HARD_BREAKS.has(view.words[j])) break;
    }
  }
  return out;
}

/** "his country will demand": the possessor's country, not the possessor. */
export function resolvePossessive(view: SentenceView, arg: Arg, affiliationOf: AffiliationOf): Arg {
  const text = arg.span.mention.text.toLowerCase();
  if (!POSSESSIVE_DETERMINERS.has(text)) return arg;
  const next = view.words[arg.span.last + 1] ?? "";
  if (!STATE_NOUNS.has(next)) return arg;
  const country = affiliationOf(arg.entity);
  return country ? { ...arg, entity: country } : arg;
}

/** The time expression nearest the trigger inside the frame's range, as written. */
function nearestTime(times: TimeExpr[], at: number, from: number, end: number): string | undefined {
  let best: TimeExpr | undefined;
  let bestDistance = Infinity;
  for (const t of times) {
    if (t.last < from - 3 || t.first > end + 1) continue;
    const d = t.first > at ? t.first - at : at - t.last;
    if (d < bestDistance) {
      best = t;
      bestDistance = d;
    }
  }
  return best?.text;
}
