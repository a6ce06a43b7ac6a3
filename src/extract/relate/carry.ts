// Participants a frame takes from outside its own clause, in two bounded cases:
// the body of a position someone resigns from or takes up (stated in the same
// sentence: "The mayor of X, Y, resigned"), and the acting body of the previous
// sentence for an agentless law-enforcement verb in the next one ("Customs agents from
// X raided a warehouse ... . Its manager was held overnight").
import type { RelationRecord } from "../types";
import type { Frame } from "./frame";

/** Families whose agentless passive in a follow-up sentence continues the previous sentence's action. */
const CARRIED_FAMILIES = new Set(["arrest", "investigation", "search", "suspension"]);

const FINITE_PASSIVE = new Set(["was", "were", "is", "are", "been"]);

/** Role edges by the sentence that states them: sentence start -> holder -> bodies. */
export function positionsBySentence(relations: readonly RelationRecord[]): Map<number, Map<string, string[]>> {
  const out = new Map<number, Map<string, string[]>>();
  for (const r of relations) {
    if (r.kind !== "role") continue;
    for (const ev of r.evidence) {
      const bySentence = out.get(ev.sentenceStart) ?? new Map<string, string[]>();
      const list = bySentence.get(r.source) ?? [];
      if (!list.includes(r.target)) list.push(r.target);
      bySentence.set(r.source, list);
      out.set(ev.sentenceStart, bySentence);
    }
  }
  return out;
}

/** "The mayor of X, Y, resigned": an appointment's person agent brings the body of the position held in that sentence. */
export function withPositionBody(frame: Frame, positions: ReadonlyMap<string, string[]> | undefined): Frame {
  if (frame.sense.kind !== "appointment" || !positions) return frame;
  const agent = frame.args.find((a) => a.role === "agent" && a.span.mention.type === "person");
  const bodies = agent
    ? (positions.get(agent.entity) ?? []).filter((b) => !frame.args.some((a) => a.entity === b))
    : [];
  if (!agent || !bodies.length) return frame;
  return {
    ...frame,
    args: [
      ...frame.args,
      ...bodies.slice(0, 1).map((entity) => ({ entity, role: "target" as const, span: agent.span })),
    ],
  };
}

/**
 * "The manager was held overnight": a law-enforcement verb with a target but no agent takes
 * the organization acting in the previous sentence's first agented frame.
 */
export function withPreviousAgent(frame: Frame, previous: readonly Frame[], words: readonly string[]): Frame {
  if (frame.sense.pos !== "verb" || !CARRIED_FAMILIES.has(frame.sense.family)) return frame;
  // a told passive ("was detained"), not a rule ("companies can be fined")
  if (!FINITE_PASSIVE.has(words[frame.at - 1] ?? "")) return frame;
  if (
    frame.args.some((a) => a.role === "agent" || a.role === "participant") ||
    !frame.args.some((a) => a.role === "target")
  )
    return frame;
  for (const p of previous) {
    const agent = p.args.find((a) => a.role === "agent");
    if (!agent) continue;
    if (agent.span.mention.type !== "organization" || frame.args.some((a) => a.entity === agent.entity)) return frame;
    return { ...frame, args: [...frame.args, { entity: agent.entity, role: "agent", span: agent.span }] };
  }
  return frame;
}
