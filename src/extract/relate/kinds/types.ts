// The shape of an event kind's entry in the registry (index.ts) and the default
// preposition-to-role tables its senses read their arguments by.
import type { EventKind, ParticipantRole } from "../../../schema/graph";

/** One sense of a kind: the words that trigger it and how they read their arguments. */
export interface KindSense {
  /** the noun used in labels ("meeting", "accusation") */
  noun: string;
  /** merge family (defaults to the noun) */
  family?: string;
  /** verb lemmas: all their forms trigger */
  verbs?: string[];
  /** single verb forms, when the other forms of the lemma mean something else ("backed", not "back") */
  verbForms?: string[];
  /** noun lemmas: singular and plural trigger */
  nouns?: string[];
  /** noun forms taken as they are ("talks", "charges") */
  nounForms?: string[];
  /** phrasal verbs: "rule out" */
  phrasal?: string[];
  /** preposition -> role (defaults to DIRECTED, or SYMMETRIC for symmetric kinds) */
  preps?: Record<string, ParticipantRole>;
  /** arguments sit in a content clause ("demand that X ...") */
  content?: boolean;
  /** all non-agent participants are "participant" (meetings, calls, matches) */
  symmetric?: boolean;
  /** the noun takes its clause's subject as agent ("X held talks with Y") */
  subjectAgent?: boolean;
  /** the agent's country acts too ("Dranko ordered an invasion" -> Belarus) */
  stateAction?: boolean;
  /** what a verb of this kind takes as object is no participant (a launched product) */
  objectless?: boolean;
  /** the preposition before the targets in the label, when it reads better than the kind's */
  labelPrep?: string;
  /** takes two named parties: a place alone is not its second ("X scored in Y" is no goal of the graph's) */
  twoParties?: boolean;
  /** a verb whose complement verb is a trigger yields to it: "X agreed to buy Y" is the purchase, "X pledged to send aid" the aid */
  yieldsToComplement?: boolean;
  /**
   * its triggers are the speech verbs (lexicon/speech.ts), read from the tree only, as an event
   * of their own where what they report holds none (tree/statements.ts): no word of it is a trigger
   */
  speech?: boolean;
}

export interface KindEntry {
  senses: KindSense[];
  /** the preposition before the targets in labels ("accusation against X") */
  labelPrep?: string;
  /** happens somewhere: a place fronting the sentence is its location */
  placed?: boolean;
  /** told without an actor it still happens, at a place: "Gunmen attacked a station in X" */
  placeOnly?: boolean;
  /** with no place of its own it happens at the sentence's place ("a storm flattened homes near Y" happens in Y) */
  sentencePlace?: boolean;
  /** its label names what it is about: "demand for security guarantees" ("for"), "suspension of aid" ("of"), "agreement to ..." ("to") */
  topic?: "for" | "of" | "to";
  /** the topic names what the targets would ("demand for guarantees barring X from Y"): the label leaves them out */
  topicNamesTargets?: boolean;
}

export const DIRECTED: Record<string, ParticipantRole> = {
  with: "target",
  to: "target",
  against: "target",
  on: "target",
  of: "target",
  between: "participant",
  from: "source",
  by: "agent",
  in: "location",
  at: "location",
};
export const SYMMETRIC: Record<string, ParticipantRole> = {
  ...DIRECTED,
  with: "participant",
  to: "participant",
  of: "participant",
  against: "participant",
};

/** A group of the registry's entries, each checked as a KindEntry, keyed by the kinds it holds. */
export const defineKinds = <K extends EventKind>(entries: Record<K, KindEntry>): Record<K, KindEntry> => entries;
