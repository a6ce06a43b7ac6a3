// Argument finding after a trigger: the complements of an event up to the end of its clause
// ("met Dranko in Minsk on Thursday", "accused X of Y", "talks with X and Y").
import type { ParticipantRole } from "../../schema/graph";
import type { Arg } from "./frame";
import { isModifier } from "./clause";
import { SPEECH_VERBS } from "../lexicon/speech";
import { TRIGGERS, type TriggerSense } from "./triggers";
import {
  AUXILIARIES,
  CLAUSE_OPENERS,
  DETERMINERS,
  FINITE_AUXILIARIES,
  POSSESSIVE_DETERMINERS,
  PREPOSITIONS,
  STATE_NOUNS,
  SUBJECT_PRONOUNS,
  WH_WORDS,
} from "../lexicon/vocabulary";
import { HARD_BREAKS, type SentenceView, type Span } from "./view";

/** How far after its preposition a complement may start ("with the autocratic Dranko"). */
const PREP_REACH = 2;
/** How far after the trigger a location may attach ("met in Moscow"). */
const PLACE_REACH = 4;
/** Violence and arrests happen at their object's place: "attacked a police station in Peshawar". */
const OBJECT_PLACE_KINDS = new Set(["attack", "arrest", "protest"]);
/** A launch names its product first: "unveiled the X Watch at a launch in Berlin". */
const placeReach = (sense: TriggerSense) =>
  sense.objectless ? PLACE_REACH + 6 : OBJECT_PLACE_KINDS.has(sense.kind) ? PLACE_REACH + 2 : PLACE_REACH;

/** Complements after a trigger, up to the end of its clause. */
export function scanArguments(
  view: SentenceView,
  from: number,
  sense: TriggerSense,
  timeTok: ReadonlySet<number>,
  takesObject: boolean,
): { args: Arg[]; end: number; topic?: string } {
  const { words, spanAt } = view;
  const limit = sense.content ? 20 : 12;
  const args: Arg[] = [];
  let current: ParticipantRole | "object" | null = takesObject ? "object" : null;
  /** the role of the phrase a prepositional phrase hangs on ("defectors [from X] including Y") */
  let outer: ParticipantRole | "object" | null = null;
  let prep = "";
  let attachedInPrep = false;
  let sinceRole = 0;
  let lastAttach = from - 1;
  let objects = 0;
  // the topic: the first run of plain words after the trigger ("suspended military aid to")
  let topicOpen = sense.pos === "verb" || sense.content;
  let topicStart = -1,
    topicEnd = -1;
  const endTopic = () => {
    if (topicStart >= 0) topicOpen = false;
  };
  let j = from;
  /** tokens inside names and bracketed acronyms do not use up the window */
  let skipped = 0;
  for (; j < words.length && j - from - skipped < limit; j++) {
    const w = words[j];
    const span = spanAt[j];
    if (span) {
      // "Snapwire creator Wade Pollard": the name before the title is not an argument
      if (isModifier(view, span, words.length) && words[span.last + 1] !== "'s") {
        skipped += span.last - span.first;
        j = span.last;
        continue;
      }
      // "with his son", "at his school": the possessor is not the argument
      if (
        span.mention.kind === "pronoun" &&
        POSSESSIVE_DETERMINERS.has(w) &&
        isPlainWord(words[span.last + 1]) &&
        !STATE_NOUNS.has(words[span.last + 1])
      ) {
        skipped += span.last - span.first;
        j = span.last;
        continue;
      }
      let role: ParticipantRole | null = current === "object" ? (sense.symmetric ? "participant" : "target") : current;
      if (sense.content) role = "target";
      const placeLike = span.mention.type === "place" || span.mention.type === "country";
      if (role === "location" && (!placeLike || span.first - lastAttach > placeReach(sense)))
        role = placeLike ? null : "participant";
      if (role) {
        args.push({ entity: span.entity, role, span });
        lastAttach = span.last;
        attachedInPrep = true;
      }
      if (current === "object" && ++objects >= 2) current = null;
      endTopic();
      skipped += span.last - span.first;
      j = span.last;
      sinceRole = 0;
      continue;
    }
    // "the DIFR (Danish ...) and Y", "X (ABC) and Y": an acronym in brackets right after a name belongs to it
    if (w === "(" && spanAt[j - 1] && spanAt[j + 1] && words[spanAt[j + 1]!.last + 1] === ")") {
      skipped += spanAt[j + 1]!.last + 2 - j;
      j = spanAt[j + 1]!.last + 1;
      continue;
    }
    // "the research, led by X at Y,": a reduced relative names the event's agents
    if (
      sense.pos === "noun" &&
      AGENT_PARTICIPLES.has(w) &&
      (words[j + 1] === "by" || (words[j + 2] === "by" && words[j + 1] === "out")) &&
      (j === from || (j === from + 1 && words[from] === ","))
    )
      continue;
    if (sense.pos === "noun" && w === "," && j === from && AGENT_PARTICIPLES.has(words[j + 1] ?? "")) continue;
    if (HARD_BREAKS.has(w) || SPEECH_VERBS.has(w)) break;
    if (CLAUSE_OPENERS.has(w) && !(w === "that" && (sense.content || isPlainWord(words[j + 1])))) break;
    if (w === ",") {
      // a list of names: "X, Y, and Z" (not "the conflict in X, Kessel said": a new clause's subject)
      if (
        spanAt[j - 1] &&
        (spanAt[j + 1] || ((words[j + 1] === "and" || words[j + 1] === "or") && spanAt[j + 2])) &&
        listGoesOn(view, j)
      )
        continue;
      break;
    }
    // "helped him leave the movement and get in contact with Y": a second verb ends the clause
    if ((w === "and" || w === "but") && isVerbLike(words[j + 1])) break;
    if (w === '"' || w === "'" || w === "and" || w === "or" || timeTok.has(j)) {
      endTopic();
      continue;
    }
    if (LIST_OPENERS.has(w)) {
      // "defectors including X", "guests like X": X takes the role of the phrase it extends
      if (prep && !attachedInPrep) current = outer;
      sinceRole = 0;
      endTopic();
      continue;
    }
    if (PREPOSITIONS.has(w)) {
      const ranged = w === "to" && prep === "from" && RANGE_WORDS.has(words[lastPrepAt(words, j, "from") - 1] ?? "");
      // "by former members of X": X belongs to the phrase the noun heads
      // "by officers from X": X is the agent the phrase names
      const inherits =
        (w === "of" || ((w === "from" || w === "at") && current === "agent")) &&
        current !== null &&
        current !== "object" &&
        sinceRole > 0;
      if (!ranged && !inherits) {
        outer = current;
        current = sense.preps[w] ?? null;
        // after a verb only "by" (and "from" for what is received) introduces an agent: "the sentence of X" is not
        if (current === "agent" && sense.pos === "verb" && w !== "by" && w !== "from") current = "target";
        // "ruled out joining any government led by X": the agent of a participle inside the object, not of the event
        if (w === "by" && sense.pos === "verb" && j > from && /(ed|en)$/.test(words[j - 1]) && !spanAt[j - 1])
          current = null;
        prep = w;
        attachedInPrep = false;
      }
      sinceRole = 0;
      endTopic();
      continue;
    }
    // "the study by X was published in Y": a noun's phrase ends at the clause's verb
    if (sense.pos === "noun" && !sense.content && FINITE_AUXILIARIES.has(w)) break;
    if (DETERMINERS.has(w) || AUXILIARIES.has(w)) continue;
    // the topic is a short noun phrase: it ends before a participle ("guarantees barring Ukraine")
    if (
      topicOpen &&
      /^\p{Ll}[\p{Ll}-]*$/u.test(w) &&
      !(topicStart < 0 && WH_WORDS.has(w)) &&
      (topicStart < 0 || (j - topicStart < 4 && !w.endsWith("ing")))
    ) {
      if (topicStart < 0) topicStart = j;
      topicEnd = j;
    } else endTopic();
    if (current === "object" && !prep && j - from >= 5) current = null;
    if (!sense.content && current !== "object" && ++sinceRole > PREP_REACH) current = null;
  }
  // "a U.S.-backed peace plan": the name is part of the topic
  if (topicStart >= 2 && words[topicStart - 1] === "-" && spanAt[topicStart - 2])
    topicStart = spanAt[topicStart - 2]!.first;
  const topic =
    topicStart >= 0 && topicEnd >= topicStart
      ? view.sentence.text.slice(
          view.tokens[topicStart].start - view.sentence.start,
          view.tokens[topicEnd].end - view.sentence.start,
        )
      : undefined;
  return { args, end: j - 1, ...(topic ? { topic } : {}) };
}

/** After "X," a list goes on with a name of the same sort that is not the subject of a verb of its own. */
function listGoesOn(view: SentenceView, comma: number): boolean {
  const prev = view.spanAt[comma - 1]!;
  const next = view.spanAt[comma + 1] ?? view.spanAt[comma + 2]!;
  const placeLike = (s: Span) => s.mention.type === "place" || s.mention.type === "country";
  if (placeLike(prev) !== placeLike(next)) return false;
  const after = view.words[next.last + 1] ?? "";
  return !SPEECH_VERBS.has(after) && !AUXILIARIES.has(after);
}

/** Participles whose "by" phrase names who ran an event: "a study led by X", "talks hosted by Y". */
const AGENT_PARTICIPLES = new Set([
  "led",
  "conducted",
  "carried",
  "run",
  "organised",
  "organized",
  "headed",
  "hosted",
  "coordinated",
  "commissioned",
]);

/** Words that extend a noun phrase with examples. */
const LIST_OPENERS = new Set(["including", "like", "notably", "especially"]);
/** "support ranging from X to Y": both ends of the range take the role of "from". */
const RANGE_WORDS = new Set(["ranging", "ranged", "range", "ranges", "anywhere", "everyone", "everything"]);

function lastPrepAt(words: readonly string[], before: number, prep: string): number {
  for (let k = before - 1; k >= 0; k--) if (words[k] === prep) return k;
  return -1;
}

/** Common verbs that start a coordinated predicate ("and get in touch with"). */
const COMMON_VERBS = new Set(
  "get gets got make makes made take takes took go goes went come comes came give gives gave put puts help helps helped keep kept let lets see saw find found tell told ask asked try tried seek sought turn turned return returned become became send sent bring brought leave left".split(
    " ",
  ),
);
function isVerbLike(w: string | undefined): boolean {
  if (!w) return false;
  if (COMMON_VERBS.has(w)) return true;
  const senses = TRIGGERS.get(w);
  return !!senses && senses.every((s) => s.pos === "verb");
}

const CLOSED_CLASS = new Set([...DETERMINERS, ...AUXILIARIES, ...PREPOSITIONS, ...SUBJECT_PRONOUNS, ...CLAUSE_OPENERS]);
/** A lower-case content word: "that assertion" makes "that" a determiner. */
const isPlainWord = (w: string | undefined) => !!w && /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !CLOSED_CLASS.has(w);
