// Seeded random graphs in newsgraph's schema, for the viewer benchmark:
// clustered positions, edges mostly inside clusters, every attribute the
// viewer reads (label, type, aliases, mentions, evidence, kind, x, y).
import { EVENT_KIND_NAMES, NODE_TYPES } from "../src/schema/graph";
import { createRandom } from "../src/layout/prng";
import { createNewsGraph, type NewsGraph } from "../src/schema/model";

export function generateGraph(order: number, size: number, seed = 1): NewsGraph {
  const random = createRandom(seed);
  const gauss = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const sentence = "Officials from several countries met on Monday to discuss the agreement.";
  const text = Array.from({ length: 20 }, () => sentence).join(" ");
  const graph = createNewsGraph();
  graph.replaceAttributes({
    title: `Generated graph, ${order} nodes, ${size} edges`,
    source: { name: `generated-${order}.txt`, sha256: "0".repeat(64), text },
    generator: { name: "newsgraph-bench", version: "1" },
  });
  const clusters = Math.max(4, Math.round(Math.sqrt(order) / 2));
  const centres = Array.from({ length: clusters }, () => ({ x: random() * 2000, y: random() * 2000 }));
  const clusterOf: number[] = [];
  const members: number[][] = centres.map(() => []);
  for (let i = 0; i < order; i++) {
    const c = Math.floor(random() * clusters);
    clusterOf.push(c);
    members[c].push(i);
    const type = NODE_TYPES[Math.floor(random() * NODE_TYPES.length)];
    const mentions = 1 + Math.floor(-Math.log(1 - random()) * 2);
    const at = Math.floor(random() * 20) * (sentence.length + 1);
    graph.addNode(`n${i}`, {
      label: `${type[0].toUpperCase()}${type.slice(1)} ${i}`,
      type,
      aliases: [`N${i}`],
      mentions,
      evidence: [{ start: at, end: at + 9, sentenceStart: at, sentenceEnd: at + sentence.length }],
      ...(type === "event" ? { kind: EVENT_KIND_NAMES[Math.floor(random() * EVENT_KIND_NAMES.length)] } : {}),
      x: Math.round((centres[c].x + gauss() * 90) * 100) / 100,
      y: Math.round((centres[c].y + gauss() * 90) * 100) / 100,
    });
  }
  for (let e = 0; e < size; e++) {
    const s = Math.floor(random() * order);
    const pool = random() < 0.85 ? members[clusterOf[s]] : null;
    let t = pool ? pool[Math.floor(random() * pool.length)] : Math.floor(random() * order);
    if (t === s) t = (s + 1) % order;
    graph.addDirectedEdgeWithKey(`e${e}`, `n${s}`, `n${t}`, {
      label: "related to",
      kind: "relation",
      evidence: [],
      mentions: 1,
    });
  }
  return graph;
}
