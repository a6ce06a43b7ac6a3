// What the relate stage reads off a sentence for each trigger: its frame (the sense, the
// arguments with their roles, time, topic and the predicate for the label). Shared by the
// word-order and the tree readings and by the stages after them.
import type { ParticipantRole } from "../../schema/graph";
import type { TriggerSense } from "./triggers";
import type { Span } from "./view";

export interface Arg {
  entity: string;
  role: ParticipantRole;
  span: Span;
  /** takes part but goes unnamed in the label (the body an actor's own phrase names) */
  unnamed?: boolean;
}

export interface Frame {
  sense: TriggerSense;
  /** local index of the trigger token */
  at: number;
  /** absolute offsets of the trigger */
  start: number;
  end: number;
  args: Arg[];
  date?: string;
  /** words naming what the event is about ("military aid", "ironclad security guarantees") */
  topic?: string;
  /** the predicate as the tree reads it, for labels: "rules out" / "rule out" + " offering Ukraine NATO membership" */
  phrase?: Predicate;
}

/** A verb (third person singular and plural, present tense) and what follows it in a label. */
export interface Predicate {
  singular: string;
  plural: string;
  rest: string;
}

/** Entities that own a possessive "his country" / "their government". */
export type AffiliationOf = (entity: string) => string | undefined;
