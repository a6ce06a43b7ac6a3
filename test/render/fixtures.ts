// Hand-built graphs for layout and rendering tests: a realistic ~25-node news graph
// (a fictional summit story), a hostile-label graph, and a large random graph.
import {
  EVENT_KINDS,
  type EdgeAttributes,
  type EventKind,
  type NodeAttributes,
  type NodeType,
} from "../../src/schema/graph";
import { createNewsGraph, type NewsGraph } from "../../src/schema/model";
import { createRandom } from "../../src/layout/prng";

// long enough for every evidence span below (readers check evidence offsets against the text)
const SOURCE = { name: "fixture.txt", sha256: "0".repeat(64), text: "Leaders met in Geneva. ".repeat(400) };
const GENERATOR = { name: "newsgraph-test", version: "0.0.0" };

function node(type: NodeType, label: string, mentions: number, extra: Partial<NodeAttributes> = {}): NodeAttributes {
  const evidence = [{ start: 0, end: label.length, sentenceStart: 0, sentenceEnd: label.length }];
  return { label, type, aliases: [label], mentions, evidence, ...extra };
}

function event(kind: EventKind, label: string, mentions: number, extra: Partial<NodeAttributes> = {}): NodeAttributes {
  return node("event", label, mentions, { kind, cameo: EVENT_KINDS[kind], ...extra });
}

function edge(
  kind: EdgeAttributes["kind"],
  label: string,
  mentions = 1,
  role?: EdgeAttributes["role"],
): EdgeAttributes {
  return { label, kind, evidence: [], mentions, ...(role ? { role } : {}) };
}

/** A fictional summit story: 3 countries' leaders, ministers, an alliance, a ceasefire and its fallout. */
export function summitGraph(): NewsGraph {
  const g = createNewsGraph();
  g.replaceAttributes({
    title: "Leaders meet in Geneva as ceasefire talks stall",
    source: SOURCE,
    generator: GENERATOR,
  });
  const people: [string, string, number, string][] = [
    ["person:anna-keller", "Anna Keller", 9, "President"],
    ["person:ivan-morozov", "Ivan Morozov", 7, "President"],
    ["person:olena-bondar", "Olena Bondar", 5, "President"],
    ["person:marc-dubois", "Marc Dubois", 3, "Foreign Minister"],
    ["person:pavel-sokolov", "Pavel Sokolov", 2, "Deputy Foreign Minister"],
    ["person:james-carter-hill", "James Carter-Hill", 2, "National Security Adviser"],
    ["person:li-wen", "Li Wen", 1, "Spokesperson"],
    ["person:sara-nyberg", "Sara Nyberg", 1, "Secretary General"],
  ];
  for (const [key, label, mentions, role] of people) g.addNode(key, node("person", label, mentions, { role }));
  const countries: [string, string, number][] = [
    ["country:united-states", "United States", 8],
    ["country:russia", "Russia", 10],
    ["country:ukraine", "Ukraine", 12],
    ["country:france", "France", 3],
    ["country:china", "China", 2],
    ["country:switzerland", "Switzerland", 1],
  ];
  for (const [key, label, mentions] of countries) g.addNode(key, node("country", label, mentions));
  g.addNode("place:geneva", node("place", "Geneva", 3));
  g.addNode("place:crimea", node("place", "Crimea", 1));
  g.addNode("organization:nato", node("organization", "NATO", 4));
  g.addNode("organization:united-nations", node("organization", "United Nations", 2));
  g.addNode("organization:kremlin", node("organization", "Kremlin", 2));

  g.addNode("event:call-1", event("call", "phone call", 3, { date: "on Tuesday" }));
  g.addNode("event:meeting-1", event("meeting", "summit meeting", 4, { place: "Geneva" }));
  g.addNode("event:statement-1", event("statement", "statement", 1));
  g.addNode("event:demand-1", event("demand", "demand", 2));
  g.addNode("event:invasion-1", event("invasion", "full-scale invasion", 2, { date: "in 2022" }));
  g.addNode("event:agreement-1", event("agreement", "ceasefire agreement", 2));

  const rel = (s: string, t: string, label: string, m = 1) =>
    g.addDirectedEdgeWithKey(`${s}->${t}:${label}`, s, t, edge("relation", label, m));
  const role = (s: string, t: string, label: string) =>
    g.addDirectedEdgeWithKey(`${s}->${t}:${label}`, s, t, edge("role", label));
  const part = (e: string, t: string, r: NonNullable<EdgeAttributes["role"]>) =>
    g.addDirectedEdgeWithKey(`${e}->${t}`, e, t, edge("participant", r, 1, r));

  role("person:anna-keller", "country:united-states", "president of");
  role("person:ivan-morozov", "country:russia", "president of");
  role("person:olena-bondar", "country:ukraine", "president of");
  role("person:marc-dubois", "country:france", "foreign minister of");
  role("person:pavel-sokolov", "country:russia", "deputy foreign minister of");
  role("person:james-carter-hill", "country:united-states", "adviser of");
  role("person:li-wen", "country:china", "spokesperson of");
  role("person:sara-nyberg", "organization:nato", "secretary general of");
  rel("country:russia", "place:crimea", "occupies");
  rel("organization:kremlin", "country:russia", "part of");
  rel("place:geneva", "country:switzerland", "located in");
  rel("country:ukraine", "organization:nato", "seeks membership of", 2);
  rel("country:russia", "country:ukraine", "at war with", 3);
  rel("country:ukraine", "country:russia", "at war with");

  part("event:call-1", "person:anna-keller", "agent");
  part("event:call-1", "person:ivan-morozov", "participant");
  part("event:meeting-1", "person:anna-keller", "agent");
  part("event:meeting-1", "person:olena-bondar", "participant");
  part("event:meeting-1", "person:marc-dubois", "participant");
  part("event:meeting-1", "place:geneva", "location");
  part("event:statement-1", "person:li-wen", "agent");
  part("event:statement-1", "organization:united-nations", "target");
  part("event:demand-1", "person:pavel-sokolov", "agent");
  part("event:demand-1", "organization:nato", "target");
  part("event:invasion-1", "country:russia", "agent");
  part("event:invasion-1", "country:ukraine", "target");
  part("event:agreement-1", "country:russia", "participant");
  part("event:agreement-1", "country:ukraine", "participant");
  part("event:agreement-1", "organization:united-nations", "source");
  return g;
}

/** Labels an attacker might put in an article: markup, entities, quotes, scripts, RTL, emoji, control chars. */
export const HOSTILE_LABELS = [
  "<script>alert(1)</script>",
  "Tom & Jerry \"q\" 'q'",
  "Дмитрий",
  "\u200Fשלום\u200F",
  "\u202Bمحمد\u202C",
  "🚀 Rocket",
  "Bell\u0007Ringer",
  "]]><!-- -->",
];

export function hostileGraph(): NewsGraph {
  const g = createNewsGraph();
  g.replaceAttributes({ title: '<b>Title</b> & "quotes" \u0001', source: SOURCE, generator: GENERATOR });
  const types: NodeType[] = ["person", "organization", "person", "person", "place", "event", "country", "organization"];
  HOSTILE_LABELS.forEach((label, i) => {
    g.addNode(`n${i}`, node(types[i % types.length], label, 3 + i, types[i] === "event" ? { kind: "other" } : {}));
  });
  for (let i = 1; i < HOSTILE_LABELS.length; i++) {
    g.addDirectedEdgeWithKey(`e${i}`, `n${i - 1}`, `n${i}`, edge("relation", `rel <${i}> & "${i}"`));
  }
  // colours come from files too: a hostile one must not reach the SVG
  g.setNodeAttribute("n0", "color", '"/><script>alert(2)</script>');
  return g;
}

/** A random sparse graph of `order` nodes (seeded): for scale tests. */
export function randomGraph(order: number, edgesPerNode = 1.5, seed = 7): NewsGraph {
  const random = createRandom(seed);
  const g = createNewsGraph();
  g.replaceAttributes({ title: `Random graph of ${order} nodes`, source: SOURCE, generator: GENERATOR });
  const types: NodeType[] = ["person", "country", "place", "organization", "event"];
  for (let i = 0; i < order; i++) {
    const mentions = 1 + Math.floor(random() ** 4 * 20);
    g.addNode(`n${i}`, node(types[i % 5], `Node ${i}`, mentions, i % 5 === 4 ? { kind: "other" } : {}));
  }
  const edges = Math.floor(order * edgesPerNode);
  for (let i = 0; i < edges; i++) {
    const s = Math.floor(random() * order);
    // mostly local links, so the graph has structure
    const t = random() < 0.8 ? (s + 1 + Math.floor(random() * 10)) % order : Math.floor(random() * order);
    if (s !== t) g.addDirectedEdgeWithKey(`e${i}`, `n${s}`, `n${t}`, edge("relation", "linked to"));
  }
  return g;
}

/** Node keys that name properties of Object.prototype (and "prototype"): data, like any other key. */
export const PROTOTYPE_KEYS = ["__proto__", "constructor", "toString", "hasOwnProperty", "prototype"] as const;

/**
 * Nodes keyed PROTOTYPE_KEYS, in every place a layout puts a node: linked by one event and a
 * relation ("constructor" -> "__proto__", twice), "valueOf" without edges but in their sentence
 * (placed beside them), "isPrototypeOf" without edges or shared sentences (on the shelf). Edges
 * are keyed by such names too. No positions: whoever draws it lays it out.
 */
export function prototypeKeysGraph(): NewsGraph {
  const g = createNewsGraph();
  g.replaceAttributes({ title: "Keys that name Object.prototype's properties", source: SOURCE, generator: GENERATOR });
  g.addNode("event:talks", event("meeting", "talks", 2));
  for (const key of PROTOTYPE_KEYS) {
    g.addNode(key, node("person", `Person ${key}`, key === "__proto__" || key === "constructor" ? 3 : 1));
    g.addDirectedEdgeWithKey(key, "event:talks", key, edge("participant", "participant", 1, "participant"));
  }
  g.addDirectedEdgeWithKey("valueOf", "constructor", "__proto__", edge("relation", "met"));
  g.addDirectedEdgeWithKey("toString:again", "constructor", "__proto__", edge("relation", "met again"));
  g.addNode("valueOf", node("organization", "Organization valueOf", 1));
  // its own sentence, the second of SOURCE: no node above shares it
  g.addNode("isPrototypeOf", {
    ...node("place", "Place isPrototypeOf", 1),
    evidence: [{ start: 38, end: 44, sentenceStart: 23, sentenceEnd: 46 }],
  });
  return g;
}
