// Frames -> events: one event per happening, however often the text mentions
// it (merged by family and shared core participants), with a readable label
// and a stable key.
import type { EntityType, EventKind, Evidence, ParticipantRole } from "../../schema/graph";
import { slugify } from "../slug";
import type { EventRecord, Participant } from "../types";
import type { Frame, Predicate } from "./frame";
import { normaliseTime, type Day } from "./dates";
import { KINDS } from "./kinds/index";

export interface EntityInfo {
  label: string;
  type: EntityType;
}

interface Draft {
  kind: EventKind;
  noun: string;
  /** the preposition before the targets in the label */
  labelPrep: string;
  family: string;
  symmetric: boolean;
  /** takes two named parties (KindSense.twoParties) */
  twoParties: boolean;
  /** the country acting through its leader ("Dranko ordered an invasion" -> Belarus) */
  state?: string;
  topic?: string;
  /** the first mention's predicate, read from the tree */
  phrase?: Predicate;
  date?: string;
  participants: Map<string, ParticipantRole>;
  /** participants the label leaves out (Arg.unnamed) */
  unnamed: Set<string>;
  /** per participant, the trigger evidence of the mentions it took part in */
  evidenceOf: Map<string, Evidence[]>;
  evidence: Evidence[];
}

/** Preference when one entity gets several roles in one event. */
const ROLE_RANK: Record<ParticipantRole, number> = { agent: 0, participant: 1, target: 2, source: 3, location: 4 };

const core = (d: Draft) => [...d.participants].filter(([, r]) => r !== "location" && r !== "source").map(([e]) => e);

export function draftOf(frame: Frame, evidence: Evidence, stateCountry: (entity: string) => string | undefined): Draft {
  const participants = new Map<string, ParticipantRole>();
  const put = (entity: string, role: ParticipantRole) => {
    const had = participants.get(entity);
    if (had === undefined || ROLE_RANK[role] < ROLE_RANK[had]) participants.set(entity, role);
  };
  for (const a of frame.args) put(a.entity, a.role);
  const unnamed = new Set(
    frame.args
      .filter((a) => a.unnamed && frame.args.every((b) => b.entity !== a.entity || b.unnamed))
      .map((a) => a.entity),
  );
  let state: string | undefined;
  if (frame.sense.stateAction) {
    for (const [entity, role] of [...participants]) {
      if (role !== "agent") continue;
      const country = stateCountry(entity);
      if (country) {
        put(country, "agent");
        state ??= country;
      }
    }
  }
  return {
    kind: frame.sense.kind,
    noun: frame.sense.noun,
    labelPrep: frame.sense.labelPrep,
    family: frame.sense.family,
    symmetric: frame.sense.symmetric,
    twoParties: !!frame.sense.twoParties,
    ...(state ? { state } : {}),
    ...(frame.topic ? { topic: frame.topic } : {}),
    ...(frame.phrase ? { phrase: frame.phrase } : {}),
    ...(frame.date ? { date: frame.date } : {}),
    participants,
    unnamed,
    evidenceOf: new Map([...participants.keys()].map((e) => [e, [evidence]])),
    evidence: [evidence],
  };
}

/**
 * Merges drafts that tell of one happening: same family, and sharing two core
 * participants (or all of a one-participant draft's, when only one event fits).
 * Drops what is left with fewer than two entities: it relates nothing.
 */
export function mergeDrafts(drafts: readonly Draft[]): Draft[] {
  const events: Draft[] = [];
  const byEntity = new Map<string, Draft[]>();
  const index = (d: Draft) => {
    for (const e of d.participants.keys()) {
      const list = byEntity.get(e) ?? [];
      if (!list.includes(d)) list.push(d);
      byEntity.set(e, list);
    }
  };
  const singles: Draft[] = [];
  for (const d of drafts) {
    const c = core(d);
    if (c.length < 2) {
      singles.push(d);
      continue;
    }
    const target = candidates(byEntity, d, c).find((e) => overlap(core(e), c) >= 2);
    if (target) {
      absorb(target, d);
      index(target);
    } else {
      events.push(d);
      index(d);
    }
  }
  for (const d of singles) {
    const c = core(d);
    // a one-participant mention joins the one event where that participant plays the same part
    const fits = c.length === 1 ? candidates(byEntity, d, c).filter((e) => samePart(e, d, c[0])) : [];
    // it adds its mention, not its speaker: who said one sentence of it does not tell the event
    if (fits.length === 1) {
      absorb(fits[0], withoutSources(d));
      index(fits[0]);
    } else if (d.participants.size >= 2) {
      events.push(d);
      index(d);
    }
  }
  // an event needs someone doing or undergoing it, not only sources and places; a source
  // ("according to X") does not make a second participant for an agentless one
  // ("X faces punishment from Y" is no match: a match, a meeting or talks take two sides, not a side and a source)
  return events.filter(
    (d) =>
      d.participants.size >= 2 &&
      (d.symmetric ? nonSources(d) >= 2 : true) &&
      (!d.twoParties || core(d).length >= 2) &&
      ((core(d).length >= 1 && (hasAgent(d) || nonSources(d) >= 2)) || placedOnly(d)),
  );
}

/** Violence and protest told without a named actor still happen somewhere (KindEntry.placeOnly). */
const placedOnly = (d: Draft) =>
  !!KINDS[d.kind].placeOnly && [...d.participants.values()].filter((r) => r === "location").length >= 2;

const hasAgent = (d: Draft) => [...d.participants.values()].some((r) => r === "agent" || r === "participant");
const nonSources = (d: Draft) => [...d.participants.values()].filter((r) => r !== "source").length;

function withoutSources(d: Draft): Draft {
  const participants = new Map([...d.participants].filter(([, r]) => r !== "source"));
  return { ...d, participants, evidenceOf: new Map([...d.evidenceOf].filter(([e]) => participants.has(e))) };
}

/** Does the entity play the same part in both (in a meeting or a call, agent and participant are one part)? */
function samePart(a: Draft, b: Draft, entity: string): boolean {
  const ra = a.participants.get(entity),
    rb = b.participants.get(entity);
  if (ra === rb) return true;
  const sides = (r: ParticipantRole | undefined) => (r === "agent" || r === "participant" ? "side" : r);
  return a.symmetric && b.symmetric && sides(ra) === sides(rb);
}

function candidates(byEntity: Map<string, Draft[]>, d: Draft, c: string[]): Draft[] {
  const out: Draft[] = [];
  for (const e of c) for (const x of byEntity.get(e) ?? []) if (x.family === d.family && !out.includes(x)) out.push(x);
  return out;
}

function overlap(a: string[], b: string[]): number {
  let n = 0;
  for (const x of a) if (b.includes(x)) n++;
  return n;
}

function absorb(into: Draft, d: Draft): void {
  for (const [e, r] of d.participants) {
    const had = into.participants.get(e);
    if (had === undefined && d.unnamed.has(e)) into.unnamed.add(e);
    else if (!d.unnamed.has(e)) into.unnamed.delete(e);
    if (had === undefined || ROLE_RANK[r] < ROLE_RANK[had]) into.participants.set(e, r);
  }
  for (const [e, list] of d.evidenceOf) into.evidenceOf.set(e, [...(into.evidenceOf.get(e) ?? []), ...list]);
  into.evidence.push(...d.evidence);
  if (!into.date && d.date) into.date = d.date;
  if (!into.topic && d.topic) into.topic = d.topic;
  if (!into.phrase && d.phrase) into.phrase = d.phrase;
  if (!into.state && d.state) into.state = d.state;
}

/** Short name for labels: a person's surname, anything else's full label. */
function shortName(info: EntityInfo | undefined, key: string): string {
  if (!info) return key;
  if (info.type !== "person") return info.label;
  const words = info.label.split(/\s+/);
  return words[words.length - 1] || info.label;
}

export function labelOf(d: Draft, info: (key: string) => EntityInfo | undefined): string {
  const name = (k: string) => shortName(info(k), k);
  const withRole = (...roles: ParticipantRole[]) =>
    [...d.participants].filter(([e, r]) => roles.includes(r) && !d.unnamed.has(e)).map(([e]) => name(e));
  const place = withRole("location")[0];
  const where = place ? ` in ${place}` : "";
  // a state acting through its leader is named as the state: "Russia invasion of Ukraine"
  const agents = d.state ? [name(d.state)] : withRole("agent");
  const others = withRole("participant", "target");
  // "Kessel rules out offering Georgia NATO membership": the tree's predicate reads best
  if (d.phrase && agents.length) {
    const tail = place && !d.phrase.rest.toLowerCase().includes(place.toLowerCase()) ? where : "";
    return `${agents.join(" and ")} ${agents.length > 1 ? d.phrase.plural : d.phrase.singular}${d.phrase.rest}${tail}`
      .replace(/\s+/g, " ")
      .trim();
  }
  if (d.symmetric || !agents.length) {
    const all = [...agents, ...others];
    const topic = KINDS[d.kind].topic === "to" && d.topic && agents.length ? ` to ${d.topic}` : "";
    if (topic) return `${agents.join("–")} ${d.noun}${topic}`;
    return `${(all.length ? all : withRole("source")).join("–")} ${d.noun}${where}`.trim();
  }
  const prep = d.labelPrep;
  const topicPrep = KINDS[d.kind].topic;
  const topic = d.topic && topicPrep && topicPrep !== "to" ? ` ${topicPrep} ${d.topic}` : "";
  const targets =
    others.length && !(topic && KINDS[d.kind].topicNamesTargets) ? ` ${prep} ${others.join(" and ")}` : "";
  return `${agents.join(" and ")} ${d.noun}${topic}${targets}${where}`.replace(/\s+/g, " ");
}

/** Drafts -> records with labels, unique readable keys and participant lists in role order. */
export function toRecords(
  drafts: readonly Draft[],
  info: (key: string) => EntityInfo | undefined,
  articleDay?: Day,
): EventRecord[] {
  const used = new Map<string, number>();
  return drafts.map((d) => {
    const label = labelOf(d, info);
    const base = `event:${slugify(label)}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    const participants: Participant[] = [...d.participants]
      .map(([entity, role]) => ({ entity, role, evidence: sortEvidence(d.evidenceOf.get(entity) ?? d.evidence) }))
      .sort((a, b) => ROLE_RANK[a.role] - ROLE_RANK[b.role]);
    const place = participants.find((p) => p.role === "location")?.entity;
    return {
      key: n === 1 ? base : `${base}-${n}`,
      kind: d.kind,
      label,
      ...(d.date ? { date: d.date } : {}),
      ...(d.date && normaliseTime(d.date, articleDay) ? { isoDate: normaliseTime(d.date, articleDay) } : {}),
      ...(place ? { place } : {}),
      participants,
      evidence: sortEvidence(d.evidence),
    };
  });
}

const sortEvidence = (list: readonly Evidence[]) => [...list].sort((a, b) => a.start - b.start || a.end - b.end);

export type { Draft };
