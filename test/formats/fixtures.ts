// Graphs the format tests run on: a hostile one (markup, quotes, scripts of several writing
// directions, emoji, control characters, formula-looking cells, keys no XML id may hold) and
// a realistic one (the seed article's hand-checked graph, laid out, frozen in test/fixtures).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT, SHARED } from "../helpers/paths";
import type { Evidence } from "../../src/schema/graph";
import { createNewsGraph, graphFromJSON, type NewsGraph } from "../../src/schema/model";

export const GRAPHML_XSD = join(SHARED, "schemas", "graphml", "graphml.xsd");

export const HOSTILE = {
  script: "<script>alert(1)</script>",
  quotes: `Tom & Jerry "quoted" 'single'`,
  cyrillic: "Дмитрий Песков",
  arabic: "\u202Bمحمد\u202C \u200Fשלום",
  emoji: "🚀 Rocket 👩‍👩‍👧",
  control: "bell\u0007char\u001F",
  cdataEnd: "a ]]> b",
  newlines: "line one\r\nline two\ttabbed",
  formula: '=HYPERLINK("http://evil.example","click")',
  plus: "+1-555",
  minus: "-cmd",
  at: "@SUM(A1:A9)",
  tab: "\tstarts with tab",
};

const TEXT = `${HOSTILE.script} met ${HOSTILE.quotes} in ${HOSTILE.cyrillic}\u0007 land. ${HOSTILE.arabic} ${HOSTILE.emoji}.`;

function ev(start: number, end: number): Evidence {
  return { start, end, sentenceStart: 0, sentenceEnd: 60 };
}

export function hostileGraph(): NewsGraph {
  const g = createNewsGraph();
  g.replaceAttributes({
    title: `Hostile ${HOSTILE.script} & ${HOSTILE.control}`,
    source: { name: "hostile <&>.txt", sha256: "a".repeat(64), text: TEXT },
    generator: { name: "newsgraph", version: "0.1.0" },
  });
  g.addNode("person:script", {
    label: HOSTILE.script,
    type: "person",
    aliases: [HOSTILE.quotes, HOSTILE.control, HOSTILE.newlines],
    mentions: 3,
    evidence: [ev(0, 25), ev(26, 30)],
    role: `Deputy "Minister" & <b>`,
  });
  g.addNode("person:tom & jerry", {
    label: HOSTILE.quotes,
    type: "person",
    aliases: [],
    mentions: 1,
    evidence: [ev(35, 40)],
    x: -12.5,
    y: 3.25,
    size: 9,
    color: "#0072B2",
  });
  g.addNode("place:<b>москва</b>", {
    label: HOSTILE.cyrillic,
    type: "place",
    aliases: ["Moskva"],
    mentions: 2,
    evidence: [],
  });
  g.addNode("place:_b_москва__b_", { label: HOSTILE.cdataEnd, type: "place", aliases: [], mentions: 0, evidence: [] });
  g.addNode("country:🚀", {
    label: HOSTILE.emoji,
    type: "country",
    aliases: [HOSTILE.arabic],
    mentions: 1,
    evidence: [],
  });
  g.addNode("organization:ctrl\u0007", {
    label: HOSTILE.control,
    type: "organization",
    aliases: [],
    mentions: 1,
    evidence: [],
  });
  g.addNode("person:formula", {
    label: HOSTILE.formula,
    type: "person",
    aliases: [HOSTILE.plus, HOSTILE.minus],
    mentions: 1,
    evidence: [],
    role: HOSTILE.at,
  });
  g.addNode("event:call", {
    label: HOSTILE.newlines,
    type: "event",
    aliases: [],
    mentions: 2,
    evidence: [ev(0, 10)],
    kind: "call",
    cameo: "040",
    date: HOSTILE.tab,
    place: HOSTILE.arabic,
  });
  g.addDirectedEdgeWithKey("event:call->person:script", "event:call", "person:script", {
    label: "agent",
    kind: "participant",
    role: "agent",
    evidence: [ev(0, 10)],
    mentions: 1,
  });
  g.addDirectedEdgeWithKey("event:call->person:tom & jerry", "event:call", "person:tom & jerry", {
    label: "target",
    kind: "participant",
    role: "target",
    evidence: [],
    mentions: 1,
  });
  // Parallel edges: same ends, different relations.
  g.addDirectedEdgeWithKey("person:script->country:🚀:leads", "person:script", "country:🚀", {
    label: HOSTILE.formula,
    kind: "relation",
    evidence: [],
    mentions: 2,
    size: 2.5,
    color: "#123456",
  });
  g.addDirectedEdgeWithKey("person:script->country:🚀:visits", "person:script", "country:🚀", {
    label: HOSTILE.at,
    kind: "relation",
    evidence: [],
    mentions: 1,
  });
  g.addDirectedEdgeWithKey("role\u0007edge", "person:formula", "organization:ctrl\u0007", {
    label: HOSTILE.control,
    kind: "role",
    evidence: [],
  });
  g.addDirectedEdgeWithKey("e1", "place:<b>москва</b>", "place:_b_москва__b_", {
    label: HOSTILE.cyrillic,
    kind: "relation",
    evidence: [],
  });
  return g;
}

export function realisticGraph(): NewsGraph {
  return graphFromJSON(JSON.parse(readFileSync(join(REPO_ROOT, "test", "fixtures", "realistic-graph.json"), "utf8")));
}
