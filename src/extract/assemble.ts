// Last stage: entities, events and relations -> a graphology graph with evidence.
// Insertion order is text order, so the serialized JSON is stable.
import { createNewsGraph, type NewsGraph } from "../schema/model";
import { EVENT_KINDS, type GraphAttributes } from "../schema/graph";
import { evidenceAt, mergeEvidence } from "./evidence";
import type { Doc, Relations, Resolution } from "./types";

export function assemble(doc: Doc, resolution: Resolution, relations: Relations, attributes: GraphAttributes): NewsGraph {
  const graph = createNewsGraph();
  graph.replaceAttributes(attributes);
  for (const e of resolution.entities) {
    const evidence = mergeEvidence(e.mentions.map((m) => evidenceAt(doc, m.sentence, m.start, m.end)));
    graph.addNode(e.key, {
      label: e.label,
      type: e.type,
      aliases: e.aliases,
      mentions: e.mentions.length,
      evidence,
      ...(e.role ? { role: e.role } : {}),
    });
  }
  for (const ev of relations.events) {
    graph.addNode(ev.key, {
      label: ev.label,
      type: "event",
      aliases: [],
      mentions: ev.evidence.length,
      evidence: mergeEvidence(ev.evidence),
      kind: ev.kind,
      cameo: EVENT_KINDS[ev.kind],
      ...(ev.date ? { date: ev.date } : {}),
      ...(ev.place ? { place: graph.hasNode(ev.place) ? graph.getNodeAttribute(ev.place, "label") : ev.place } : {}),
    });
    for (const p of ev.participants) {
      if (!graph.hasNode(p.entity)) continue;
      const key = `${ev.key}->${p.entity}`;
      if (graph.hasEdge(key)) continue;
      graph.addDirectedEdgeWithKey(key, ev.key, p.entity, {
        label: p.role,
        kind: "participant",
        role: p.role,
        evidence: mergeEvidence(ev.evidence),
        mentions: ev.evidence.length,
      });
    }
  }
  for (const r of relations.relations) {
    if (!graph.hasNode(r.source) || !graph.hasNode(r.target) || r.source === r.target) continue;
    const key = `${r.source}->${r.target}:${r.label}`;
    if (graph.hasEdge(key)) {
      const evidence = mergeEvidence([...graph.getEdgeAttribute(key, "evidence"), ...r.evidence]);
      graph.mergeEdgeAttributes(key, { evidence, mentions: evidence.length });
      continue;
    }
    const evidence = mergeEvidence(r.evidence);
    graph.addDirectedEdgeWithKey(key, r.source, r.target, { label: r.label, kind: r.kind, evidence, mentions: evidence.length });
  }
  return graph;
}
