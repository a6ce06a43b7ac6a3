// Trigger senses read from their context rather than from the lexicon alone:
// "Asked about X by Y, Z said" (an interview), "X appeared at Leeds Crown Court" (a hearing).
import type { TriggerSense } from "./triggers";
import { DETERMINERS } from "../lexicon/vocabulary";
import { type SentenceView } from "./view";

export const APPEAR_FORMS = new Set(["appear", "appears", "appeared", "appearing"]);
/** Words that make "appeared at/in/before ..." a court hearing. */
const COURT_WORDS = /^(court|courts|tribunal|judge|magistrates|magistrate|jury)$/;

/** "X appeared at Leeds Crown Court", "X will appear before a judge": a hearing. */
export function courtAppearance(view: SentenceView, i: number): boolean {
  if (!["at", "in", "before"].includes(view.words[i + 1] ?? "")) return false;
  for (let k = i + 2; k < view.words.length && k <= i + 6; k++) {
    const span = view.spanAt[k];
    if (span) return /\b(Court|Tribunal)\b/.test(span.mention.text);
    if (COURT_WORDS.test(view.words[k])) return true;
    if (!DETERMINERS.has(view.words[k]) && !/^\p{Ll}+$/u.test(view.words[k])) return false;
  }
  return false;
}

/** A court hearing: who appears, and where. */
export const HEARING: TriggerSense = {
  kind: "hearing",
  noun: "hearing",
  family: "hearing",
  pos: "verb",
  preps: { at: "location", in: "location", before: "participant", by: "agent" },
  content: false,
  symmetric: false,
  subjectAgent: true,
  stateAction: false,
  labelPrep: "of",
};

/** "Asked about X by host Y, Z said": an interview of Z by Y. */
export const ASKED: TriggerSense = {
  kind: "interview",
  noun: "interview",
  family: "interview",
  pos: "verb",
  preps: { by: "agent", on: "source", with: "participant" },
  content: false,
  symmetric: false,
  subjectAgent: false,
  stateAction: false,
  labelPrep: "with",
};
