// The newsgraph graph schema: defined once here, as zod validators with the
// TypeScript types inferred from them. Every producer (extraction, importers)
// and consumer (CLI, exporters, viewer) goes through these types.
import { z } from "zod";
import { EVENT_KIND_INFO } from "./event-kinds";

export { EVENT_KIND_INFO } from "./event-kinds";

export const ENTITY_TYPES = ["person", "country", "place", "organization"] as const;
export const NODE_TYPES = [...ENTITY_TYPES, "event"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
export type NodeType = (typeof NODE_TYPES)[number];

/** Event kinds (src/schema/event-kinds.ts): each mapped to its CAMEO root/code. */
export const EVENT_KINDS = Object.fromEntries(Object.entries(EVENT_KIND_INFO).map(([k, v]) => [k, v.cameo])) as {
  [K in keyof typeof EVENT_KIND_INFO]: (typeof EVENT_KIND_INFO)[K]["cameo"];
};
export type EventKind = keyof typeof EVENT_KIND_INFO;
export const EVENT_KIND_NAMES = Object.keys(EVENT_KINDS) as EventKind[];

export const PARTICIPANT_ROLES = ["agent", "participant", "target", "location", "source"] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const EDGE_KINDS = ["role", "relation", "participant"] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

/**
 * One piece of evidence: a mention at [start, end) of the source text, inside the sentence at
 * [sentenceStart, sentenceEnd). Offsets only: the text is stored once, in source.text, and
 * `evidenceSentence(text, ev)` gives the sentence. Offsets are UTF-16 code units.
 */
export const Evidence = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  sentenceStart: z.number().int().nonnegative(),
  sentenceEnd: z.number().int().nonnegative(),
});
export type Evidence = z.infer<typeof Evidence>;

/** The shape before offsets only (still read, and written by GraphML and GEXF for other tools): the sentence's text. */
export const EvidenceWithSentence = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  sentence: z.string(),
  sentenceStart: z.number().int().nonnegative(),
});
export type EvidenceWithSentence = z.infer<typeof EvidenceWithSentence>;

export { evidenceSentence, evidenceProblem } from "./evidence";
import { withCheckedEvidence } from "./evidence";

export const NodeAttributes = z.object({
  label: z.string().min(1),
  type: z.enum(NODE_TYPES),
  aliases: z.array(z.string()),
  mentions: z.number().int().nonnegative(),
  evidence: z.array(Evidence),
  /** person: title held ("Deputy Foreign Minister") */
  role: z.string().optional(),
  /** event: kind from EVENT_KINDS, and its CAMEO code */
  kind: z.enum(EVENT_KIND_NAMES as [EventKind, ...EventKind[]]).optional(),
  cameo: z.string().optional(),
  /** event: time expression as written ("on Thursday", "in 2022") */
  date: z.string().optional(),
  /** event: that time as ISO 8601 — a day, a month, a year or an interval ("2025-03-13", "2025-03-10/2025-03-16") — where the text and the article's date place it */
  isoDate: z
    .string()
    .regex(/^\d{4}(-\d\d(-\d\d)?)?(\/\d{4}(-\d\d(-\d\d)?)?)?$/)
    .optional(),
  /** event: place label where the text gives one */
  place: z.string().optional(),
  /** layout position, deterministic */
  x: z.number().optional(),
  y: z.number().optional(),
  size: z.number().optional(),
  color: z.string().optional(),
});
export type NodeAttributes = z.infer<typeof NodeAttributes>;

export const EdgeAttributes = z.object({
  label: z.string().min(1),
  kind: z.enum(EDGE_KINDS),
  /** participant edges: the entity's role in the event */
  role: z.enum(PARTICIPANT_ROLES).optional(),
  evidence: z.array(Evidence),
  /** how many times the text states it */
  mentions: z.number().int().nonnegative().optional(),
  size: z.number().optional(),
  color: z.string().optional(),
});
export type EdgeAttributes = z.infer<typeof EdgeAttributes>;

export const GraphAttributes = z.object({
  title: z.string(),
  source: z.object({
    name: z.string(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    text: z.string(),
  }),
  generator: z.object({ name: z.string(), version: z.string() }),
});
export type GraphAttributes = z.infer<typeof GraphAttributes>;

/** graphology's serialized form (graph.export()) with our attributes. */
export const SerializedNewsGraph = z.object({
  options: z.object({ type: z.string(), multi: z.boolean(), allowSelfLoops: z.boolean() }).partial().optional(),
  attributes: GraphAttributes,
  nodes: z.array(z.object({ key: z.string().min(1), attributes: NodeAttributes })),
  edges: z.array(
    z.object({
      key: z.string().optional(),
      source: z.string(),
      target: z.string(),
      undirected: z.boolean().optional(),
      attributes: EdgeAttributes,
    }),
  ),
});
export type SerializedNewsGraph = z.infer<typeof SerializedNewsGraph>;

/** Checks a parsed GRAPH.json against the schema (evidence in any shape it has had on disk); throws an Error naming the first problems. */
export function validateSerializedGraph(value: unknown): SerializedNewsGraph {
  const shaped = value as Parameters<typeof withCheckedEvidence>[0];
  // GRAPH.json writes evidence as offset arrays (and older files carried sentences): upgraded first.
  const upgraded = Array.isArray(shaped?.nodes) && Array.isArray(shaped?.edges) ? withCheckedEvidence(shaped) : value;
  const result = SerializedNewsGraph.safeParse(upgraded);
  if (result.success) return result.data;
  const problems = result.error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`)
    .join("; ");
  throw new Error(`not a newsgraph graph: ${problems}`);
}
