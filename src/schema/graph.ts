// The newsgraph graph schema: defined once here, as zod validators with the
// TypeScript types inferred from them. Every producer (extraction, importers)
// and consumer (CLI, exporters, viewer) goes through these types. zod's "mini"
// build: the same validators in functions rather than methods, small enough for
// the embed page and the app's first paint to check every graph in full.
import * as z from "zod/mini";
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
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
  sentenceStart: z.int().check(z.nonnegative()),
  sentenceEnd: z.int().check(z.nonnegative()),
});
export type Evidence = z.infer<typeof Evidence>;

/** The shape before offsets only (still read, and written by GraphML and GEXF for other tools): the sentence's text. */
export const EvidenceWithSentence = z.object({
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
  sentence: z.string(),
  sentenceStart: z.int().check(z.nonnegative()),
});
export type EvidenceWithSentence = z.infer<typeof EvidenceWithSentence>;

export { evidenceSentence, evidenceProblem } from "./evidence";
import { withCheckedEvidence } from "./evidence";

export const NodeAttributes = z.object({
  label: z.string().check(z.minLength(1)),
  type: z.enum(NODE_TYPES),
  aliases: z.array(z.string()),
  mentions: z.int().check(z.nonnegative()),
  evidence: z.array(Evidence),
  /** person: title held ("Deputy Foreign Minister") */
  role: z.optional(z.string()),
  /** event: kind from EVENT_KINDS, and its CAMEO code */
  kind: z.optional(z.enum(EVENT_KIND_NAMES as [EventKind, ...EventKind[]])),
  cameo: z.optional(z.string()),
  /** event: time expression as written ("on Thursday", "in 2022") */
  date: z.optional(z.string()),
  /** event: that time as ISO 8601 — a day, a month, a year or an interval ("2025-03-13", "2025-03-10/2025-03-16") — where the text and the article's date place it */
  isoDate: z.optional(z.string().check(z.regex(/^\d{4}(-\d\d(-\d\d)?)?(\/\d{4}(-\d\d(-\d\d)?)?)?$/))),
  /** event: place label where the text gives one */
  place: z.optional(z.string()),
  /** layout position, deterministic */
  x: z.optional(z.number()),
  y: z.optional(z.number()),
  size: z.optional(z.number()),
  color: z.optional(z.string()),
});
export type NodeAttributes = z.infer<typeof NodeAttributes>;

export const EdgeAttributes = z.object({
  label: z.string().check(z.minLength(1)),
  kind: z.enum(EDGE_KINDS),
  /** participant edges: the entity's role in the event */
  role: z.optional(z.enum(PARTICIPANT_ROLES)),
  evidence: z.array(Evidence),
  /** how many times the text states it */
  mentions: z.optional(z.int().check(z.nonnegative())),
  size: z.optional(z.number()),
  color: z.optional(z.string()),
});
export type EdgeAttributes = z.infer<typeof EdgeAttributes>;

export const GraphAttributes = z.object({
  title: z.string(),
  source: z.object({
    name: z.string(),
    sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
    text: z.string(),
  }),
  generator: z.object({ name: z.string(), version: z.string() }),
});
export type GraphAttributes = z.infer<typeof GraphAttributes>;

/** graphology's serialized form (graph.export()) with our attributes. */
export const SerializedNewsGraph = z.object({
  options: z.optional(z.partial(z.object({ type: z.string(), multi: z.boolean(), allowSelfLoops: z.boolean() }))),
  attributes: GraphAttributes,
  nodes: z.array(z.object({ key: z.string().check(z.minLength(1)), attributes: NodeAttributes })),
  edges: z.array(
    z.object({
      key: z.optional(z.string()),
      source: z.string(),
      target: z.string(),
      undirected: z.optional(z.boolean()),
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
  return validateUpgradedGraph(upgraded);
}

/** validateSerializedGraph for a graph whose evidence withCheckedEvidence has already upgraded and checked. */
export function validateUpgradedGraph(upgraded: unknown): SerializedNewsGraph {
  const result = SerializedNewsGraph.safeParse(upgraded);
  if (result.success) return result.data;
  const problems = result.error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join(".") || "(root)"}: ${issueText(i)}`)
    .join("; ");
  throw new Error(`not a newsgraph graph: ${problems}`);
}

/** What is wrong, in words (zod's mini build carries no messages of its own). */
function issueText(issue: z.core.$ZodIssue): string {
  const i = issue as z.core.$ZodIssue & { expected?: string; minimum?: unknown; values?: unknown[] };
  switch (i.code) {
    case "invalid_type":
      return `expected ${i.expected}`;
    case "too_small":
      return `too small (at least ${String(i.minimum)})`;
    case "invalid_value":
      return `expected one of ${(i.values ?? []).map((v) => JSON.stringify(v)).join(", ")}`;
    case "invalid_format":
      return "not in the expected format";
    default:
      return i.code;
  }
}
