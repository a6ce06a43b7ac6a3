// Data passed between the pure extraction stages:
//   segment(text) -> Doc
//   recognise(doc) -> Mention[]
//   resolveEntities(doc, mentions) -> entities (from the words; adds descriptions' mentions)
//   analyse(doc, models, mentions) -> Doc with the sentences that name something tagged and parsed
//   completeResolution(doc, mentions, entities) -> Resolution (with the "it"s the trees resolve)
//     (resolve(doc, mentions) does both steps, for a doc already analysed)
//   relate(doc, resolution) -> { events, relations }
//   assemble(doc, resolution, relations) -> NewsGraph
// No DOM or Node APIs anywhere in src/extract: the same code runs in the CLI and the browser.
// Every stage reads the text normalised at the boundary (normalise-input.ts: "\n" line breaks, no
// format characters), and its offsets are into that text; extractGraph maps the graph's evidence
// back into the original, which the graph keeps as `source.text`.
import type { EntityType, EventKind, Evidence, ParticipantRole } from "../schema/graph";

export interface Sentence {
  index: number;
  /** offsets into the source text, end exclusive */
  start: number;
  end: number;
  text: string;
  paragraph: number;
  /** index of the first token of the sentence and one past its last */
  tokenStart: number;
  tokenEnd: number;
}

export interface Token {
  index: number;
  text: string;
  start: number;
  end: number;
  sentence: number;
  /** lower-cased text with curly quotes folded */
  lower: string;
  /** starts with an upper-case letter */
  cap: boolean;
  /** first word of its sentence (or after an opening quote / colon) */
  sentenceInitial: boolean;
}

export interface Doc {
  text: string;
  sentences: Sentence[];
  tokens: Token[];
  /**
   * Per sentence, its words as the trained pipeline analysed them (filled by analyse),
   * or null for a sentence it did not analyse (no word of the event lexicon in it).
   */
  parsed?: (WordAnalysis[] | null)[];
}

/** A token's part of speech, lemma and place in its sentence's dependency tree. */
export interface WordAnalysis {
  upos: string;
  xpos: string;
  lemma: string;
  /** index of the head among the sentence's words, -1 for the sentence's root */
  head: number;
  /** Universal Dependencies relation to the head ("nsubj", "obl", "root") */
  deprel: string;
}

export type MentionKind = "name" | "demonym" | "description" | "pronoun";

export interface Mention {
  /** offsets into the source text */
  start: number;
  end: number;
  /** the surface form, title stripped for names */
  text: string;
  sentence: number;
  type: EntityType;
  kind: MentionKind;
  /** a title held, stripped from the name ("Deputy Foreign Minister") */
  role?: string;
  /** country/organization the mention says the entity belongs to ("Russian" -> Russia), as an entity key once resolved */
  affiliation?: string;
  /** canonical name from a lexicon ("U.S." -> "United States") */
  canonical?: string;
  /** node key of the entity, filled by resolve */
  entity?: string;
  /** gender hint from a given name, title or pronoun, for pronoun resolution */
  gender?: "m" | "f";
}

export interface Entity {
  /** node key, e.g. "person:donald-trump" */
  key: string;
  type: EntityType;
  label: string;
  aliases: string[];
  role?: string;
  mentions: Mention[];
}

export interface Resolution {
  entities: Entity[];
  /** every mention, in text order, with `entity` set when it resolved */
  mentions: Mention[];
}

export interface Participant {
  entity: string;
  role: ParticipantRole;
  /** the event's evidence where this entity takes part (defaults to all of it) */
  evidence?: Evidence[];
}

export interface EventRecord {
  key: string;
  kind: EventKind;
  label: string;
  date?: string;
  /** the date as ISO 8601 where it can be placed (see relate/dates.ts) */
  isoDate?: string;
  /** entity key of the place */
  place?: string;
  participants: Participant[];
  evidence: Evidence[];
}

export interface RelationRecord {
  source: string;
  target: string;
  label: string;
  kind: "role" | "relation";
  evidence: Evidence[];
}

export interface Relations {
  events: EventRecord[];
  relations: RelationRecord[];
}
