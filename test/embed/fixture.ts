// Hand-made graphs for embed/report tests, built the way src/schema/graph.ts says:
// every node and edge carries evidence with offsets into the article text.
import { createNewsGraph, type NewsGraph } from "../../src/schema/model";
import type { Evidence, EventKind, NodeType, ParticipantRole } from "../../src/schema/graph";
import { nodeColor, nodeSize } from "../../src/appearance/appearance";

interface FixtureNode {
  key: string;
  label: string;
  type: NodeType;
  /** surface strings to find in the text as mentions */
  surfaces: string[];
  role?: string;
  kind?: EventKind;
  date?: string;
  place?: string;
}

interface FixtureEdge {
  source: string;
  target: string;
  label: string;
  kind: "role" | "relation" | "participant";
  role?: ParticipantRole;
  /** a surface string whose sentence is the evidence */
  surface: string;
}

function sentences(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  const re = /[^.!?\n]+[.!?]*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) out.push({ start: m.index + lead, text: body });
  }
  return out;
}

function evidenceFor(text: string, surface: string): Evidence[] {
  const list: Evidence[] = [];
  const sents = sentences(text);
  for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + surface.length)) {
    const s = sents.find((x) => x.start <= i && i < x.start + x.text.length);
    if (s)
      list.push({ start: i, end: i + surface.length, sentenceStart: s.start, sentenceEnd: s.start + s.text.length });
  }
  return list;
}

export function buildFixture(title: string, text: string, nodes: FixtureNode[], edges: FixtureEdge[]): NewsGraph {
  const graph = createNewsGraph();
  graph.replaceAttributes({
    title,
    source: { name: "fixture.txt", sha256: "0".repeat(64), text },
    generator: { name: "newsgraph-test", version: "0" },
  });
  nodes.forEach((n, i) => {
    const evidence = n.surfaces.flatMap((s) => evidenceFor(text, s)).sort((a, b) => a.start - b.start);
    if (evidence.length === 0) throw new Error(`fixture: no mention of ${n.key}`);
    const angle = (2 * Math.PI * i) / nodes.length;
    graph.addNode(n.key, {
      label: n.label,
      type: n.type,
      aliases: n.surfaces.filter((s) => s !== n.label),
      mentions: evidence.length,
      evidence,
      ...(n.role ? { role: n.role } : {}),
      ...(n.kind ? { kind: n.kind, cameo: "0" } : {}),
      ...(n.date ? { date: n.date } : {}),
      ...(n.place ? { place: n.place } : {}),
      x: Math.round(100 * Math.cos(angle)) + 0, // + 0: no -0 in JSON round trips
      y: Math.round(100 * Math.sin(angle)) + 0,
      size: nodeSize(evidence.length),
      color: nodeColor(n.type),
    });
  });
  for (const e of edges) {
    graph.addDirectedEdgeWithKey(`${e.source}->${e.target}:${e.label}`, e.source, e.target, {
      label: e.label,
      kind: e.kind,
      ...(e.role ? { role: e.role } : {}),
      evidence: evidenceFor(text, e.surface).slice(0, 1),
      mentions: 1,
    });
  }
  return graph;
}

export const PLAIN_TEXT = `Leaders meet in Geneva

President Anna Berg of Freedonia met Prime Minister Tomas Keller in Geneva on Monday. The United Nations welcomed the talks.
Keller said on Tuesday that Sylvania would sign a trade agreement with Freedonia. Berg called the agreement historic.`;

export function plainGraph(): NewsGraph {
  return buildFixture(
    "Leaders meet in Geneva",
    PLAIN_TEXT,
    [
      {
        key: "anna-berg",
        label: "Anna Berg",
        type: "person",
        surfaces: ["Anna Berg", "Berg called"],
        role: "President",
      },
      {
        key: "tomas-keller",
        label: "Tomas Keller",
        type: "person",
        surfaces: ["Tomas Keller", "Keller said"],
        role: "Prime Minister",
      },
      { key: "freedonia", label: "Freedonia", type: "country", surfaces: ["Freedonia"] },
      { key: "sylvania", label: "Sylvania", type: "country", surfaces: ["Sylvania"] },
      { key: "geneva", label: "Geneva", type: "place", surfaces: ["Geneva"] },
      { key: "united-nations", label: "United Nations", type: "organization", surfaces: ["United Nations"] },
      {
        key: "ev-meeting",
        label: "meeting",
        type: "event",
        surfaces: ["met"],
        kind: "meeting",
        date: "on Monday",
        place: "Geneva",
      },
      {
        key: "ev-agreement",
        label: "trade agreement",
        type: "event",
        surfaces: ["sign"],
        kind: "agreement",
        date: "on Tuesday",
      },
    ],
    [
      { source: "anna-berg", target: "freedonia", label: "President of", kind: "role", surface: "Anna Berg" },
      { source: "ev-meeting", target: "anna-berg", label: "agent", kind: "participant", role: "agent", surface: "met" },
      {
        source: "ev-meeting",
        target: "tomas-keller",
        label: "participant",
        kind: "participant",
        role: "participant",
        surface: "met",
      },
      {
        source: "ev-meeting",
        target: "geneva",
        label: "location",
        kind: "participant",
        role: "location",
        surface: "met",
      },
      {
        source: "ev-agreement",
        target: "sylvania",
        label: "agent",
        kind: "participant",
        role: "agent",
        surface: "sign",
      },
      {
        source: "ev-agreement",
        target: "freedonia",
        label: "target",
        kind: "participant",
        role: "target",
        surface: "sign",
      },
      {
        source: "united-nations",
        target: "ev-meeting",
        label: "welcomed",
        kind: "relation",
        surface: "United Nations",
      },
    ],
  );
}

/** Names that break naive HTML/XML/CSV/JS generation. */
export const HOSTILE = {
  script: "<script>alert(1)</script>",
  img: "<img src=x onerror=alert(1)>",
  quotes: `Smith & "Jones" 'Ltd'`,
  rtl: "\u202eمحمد العربي",
  emoji: "🚀 Rocket 👩‍🚀 Corp",
  closer: "</script><!--",
};

export const HOSTILE_TEXT = `Breaking: ${HOSTILE.script} meets ${HOSTILE.img}

${HOSTILE.script} met ${HOSTILE.img} in ${HOSTILE.quotes} on Friday. ${HOSTILE.rtl} praised ${HOSTILE.emoji} and ${HOSTILE.closer} later.`;

export function hostileGraph(): NewsGraph {
  return buildFixture(
    `Breaking: ${HOSTILE.script} & ${HOSTILE.img}`,
    HOSTILE_TEXT,
    [
      { key: "p-script", label: HOSTILE.script, type: "person", surfaces: [HOSTILE.script], role: HOSTILE.img },
      { key: "p-img", label: HOSTILE.img, type: "person", surfaces: [HOSTILE.img] },
      { key: "o-quotes", label: HOSTILE.quotes, type: "organization", surfaces: [HOSTILE.quotes] },
      { key: "p-rtl", label: HOSTILE.rtl, type: "person", surfaces: [HOSTILE.rtl] },
      { key: "o-emoji", label: HOSTILE.emoji, type: "organization", surfaces: [HOSTILE.emoji] },
      { key: "pl-closer", label: HOSTILE.closer, type: "place", surfaces: [HOSTILE.closer] },
      {
        key: "ev-<meet>",
        label: `meeting ${HOSTILE.img}`,
        type: "event",
        surfaces: [" met "],
        kind: "meeting",
        date: `on "Friday" <b>`,
        place: HOSTILE.quotes,
      },
    ],
    [
      { source: "ev-<meet>", target: "p-script", label: "agent", kind: "participant", role: "agent", surface: " met " },
      {
        source: "ev-<meet>",
        target: "p-img",
        label: "participant",
        kind: "participant",
        role: "participant",
        surface: " met ",
      },
      { source: "p-rtl", target: "o-emoji", label: `praised <i>"&'`, kind: "relation", surface: "praised" },
    ],
  );
}
