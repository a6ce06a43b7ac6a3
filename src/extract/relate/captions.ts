// Photo captions: a verbless line "X with Y in Z on <date>." shows X meeting Y
// ("Halvik with France's interior minister Luc Morvan in Paris on
// March 3, 2021."). Only the full caption shape counts: a person opens the
// line, "with" a person follows (titles and an owner may stand between), and
// nothing but places, times and punctuation comes after.
import { isRoleWord } from "./clause";
import type { Arg } from "./frame";
import { TRIGGERS, type TriggerSense } from "./triggers";
import { CAPTION_TAIL_WORDS, DETERMINERS } from "../lexicon/vocabulary";
import { type SentenceView, type Span } from "./view";

const MEETING: TriggerSense = TRIGGERS.get("meeting")!.find((s) => s.pos === "noun")!;
const TAIL_WORDS = new Set([...CAPTION_TAIL_WORDS, ",", "."]);

export interface CaptionFrame {
  sense: TriggerSense;
  /** local index of "with" */
  at: number;
  args: Arg[];
}

/** The meeting a caption shows, or undefined when the sentence is not one. */
export function captionMeeting(view: SentenceView, timeTok: ReadonlySet<number>): CaptionFrame | undefined {
  const { words, spanAt } = view;
  if (words.length > 30) return undefined;
  const first = spanAt[0];
  if (!first || !isPerson(first)) return undefined;
  const withAt = first.last + 1;
  if (words[withAt] !== "with") return undefined;
  let j = withAt + 1;
  const owners: Span[] = [];
  for (; j < words.length && j - withAt <= 8; j++) {
    const span = spanAt[j];
    if (span && isPerson(span)) break;
    if (span && words[span.last + 1] === "'s") {
      owners.push(span);
      j = span.last + 1;
      continue;
    }
    if (span && span.mention.kind === "demonym") {
      j = span.last;
      continue;
    }
    if (!(
      DETERMINERS.has(words[j]) ||
      isRoleWord(words[j]) ||
      words[j] === "and" ||
      (/^\p{Ll}+$/u.test(words[j]) && isRoleWord(words[j + 1] ?? ""))
    ))
      return undefined;
  }
  const other = spanAt[j];
  if (!other || !isPerson(other) || other.entity === first.entity) return undefined;
  const args: Arg[] = [
    { entity: first.entity, role: "agent", span: first },
    { entity: other.entity, role: "participant", span: other },
  ];
  for (let k = other.last + 1; k < words.length; k++) {
    const span = spanAt[k];
    if (span) {
      if (span.mention.type !== "place" && span.mention.type !== "country") return undefined;
      args.push({ entity: span.entity, role: "location", span });
      k = span.last;
      continue;
    }
    if (!timeTok.has(k) && !TAIL_WORDS.has(words[k]) && !/^\d/.test(words[k])) return undefined;
  }
  return { sense: MEETING, at: withAt, args };
}

/** A person's name (a plain check, so "not a person" leaves other spans in play). */
function isPerson(s: Span | undefined): boolean {
  return !!s && s.mention.type === "person" && s.mention.kind === "name";
}
