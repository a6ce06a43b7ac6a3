// Last stage: entities, events and relations -> a graphology graph with evidence.
// Insertion order is text order (entities, then events, then relations), so the
// serialized JSON is byte-stable for a given input.
import { createNewsGraph, type NewsGraph } from "../schema/model";
import { EVENT_KINDS, type Evidence, type GraphAttributes } from "../schema/graph";
import { evidenceAt, mergeEvidence } from "./evidence";
import type { Doc, Entity, EventRecord, Mention, RelationRecord, Relations } from "./types";

/**
 * An entity of a text read in sections (sections.ts): its mentions already turned into their
 * evidence, merged, and counted, so that no Mention (nor the sentence list evidence is read from)
 * outlives its section.
 */
export interface MergedEntity extends Omit<Entity, "mentions"> {
  evidence: Evidence[];
  mentionCount: number;
}
export type AssembledEntity = Entity | MergedEntity;

/** An entity's evidence, one per distinct span in text order (`doc`: the one its mentions' sentences index). */
export function entityEvidence(doc: Doc, e: AssembledEntity): Evidence[] {
  if (!("mentions" in e)) return e.evidence; // merged already
  return mergeEvidence(e.mentions.map((m) => evidenceAt(doc, m.sentence, m.start, m.end)));
}

export function assemble(
  doc: Doc,
  resolution: { entities: readonly AssembledEntity[]; mentions?: readonly Mention[] },
  relations: Relations,
  attributes: GraphAttributes,
): NewsGraph {
  const graph = createNewsGraph();
  graph.replaceAttributes(attributes);
  for (const e of resolution.entities) {
    const evidence = entityEvidence(doc, e);
    graph.addNode(e.key, {
      label: e.label,
      type: e.type,
      aliases: e.aliases,
      mentions: "mentions" in e ? e.mentions.length : e.mentionCount,
      evidence,
      ...(e.role ? { role: e.role } : {}),
    });
  }
  for (const ev of relations.events) addEvent(graph, ev);
  // one edge per source, target and label, with the evidence of every record of it, merged once
  const edges = new Map<string, { record: RelationRecord; evidence: Evidence[] }>();
  for (const r of relations.relations) {
    if (!graph.hasNode(r.source) || !graph.hasNode(r.target) || r.source === r.target) continue;
    const key = `${r.source}->${r.target}:${r.label}`;
    const edge = edges.get(key);
    if (edge) for (const e of r.evidence) edge.evidence.push(e);
    else edges.set(key, { record: r, evidence: [...r.evidence] });
  }
  for (const [key, { record: r, evidence: all }] of edges) {
    const evidence = mergeEvidence(all);
    graph.addDirectedEdgeWithKey(key, r.source, r.target, {
      label: r.label,
      kind: r.kind,
      evidence,
      mentions: evidence.length,
    });
  }
  return graph;
}

/** An event node and its participant edges; skipped when fewer than two participants are in the graph. */
function addEvent(graph: NewsGraph, ev: EventRecord): void {
  const present = ev.participants.filter(
    (p, i) => graph.hasNode(p.entity) && ev.participants.findIndex((q) => q.entity === p.entity) === i,
  );
  if (present.length < 2 || graph.hasNode(ev.key)) return;
  const evidence = mergeEvidence(ev.evidence);
  graph.addNode(ev.key, {
    label: ev.label,
    type: "event",
    aliases: [],
    mentions: evidence.length,
    evidence,
    kind: ev.kind,
    cameo: EVENT_KINDS[ev.kind],
    ...(ev.date ? { date: ev.date } : {}),
    ...(ev.isoDate ? { isoDate: ev.isoDate } : {}),
    ...(ev.place && graph.hasNode(ev.place) ? { place: graph.getNodeAttribute(ev.place, "label") } : {}),
  });
  for (const p of present) {
    const own = mergeEvidence(p.evidence ?? ev.evidence);
    graph.addDirectedEdgeWithKey(`${ev.key}->${p.entity}`, ev.key, p.entity, {
      label: p.role,
      kind: "participant",
      role: p.role,
      evidence: own,
      mentions: own.length,
    });
  }
}
