// Why a required gold event was missed, by cause, for `npm run eval -- -v`:
//   no trigger       no event node tells of it in a sentence holding one of its triggers;
//   wrong arguments  one does, but links fewer than two of its participants;
//   merged wrongly   one does and links two of them, but was matched to another gold event
//                    (two happenings folded into one node).
// Entities are matched to gold as the reference scorer matches them (its normalize(), passed in).

export const CAUSES = ["no trigger", "wrong arguments", "merged wrongly"] as const;
export type Cause = (typeof CAUSES)[number];

interface Node {
  key: string;
  attributes: {
    type?: string;
    label?: string;
    aliases?: string[];
    kind?: string;
    evidence?: { sentenceStart: number; sentenceEnd: number }[];
  };
}
interface Graph {
  nodes: Node[];
  edges: { source: string; target: string }[];
}
interface GoldEvent {
  id: string;
  optional?: boolean;
  triggers?: string[];
  participants: string[];
}
interface GoldDoc {
  text: string;
  entities: { id: string; name: string; aliases?: string[] }[];
  events?: GoldEvent[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function missCauses(
  graph: Graph,
  gold: GoldDoc,
  missed: readonly string[],
  normalize: (s: string) => string,
): Record<Cause, number> {
  const out: Record<Cause, number> = { "no trigger": 0, "wrong arguments": 0, "merged wrongly": 0 };
  const byAlias = new Map<string, string>();
  for (const e of gold.entities)
    for (const a of [e.name, ...(e.aliases ?? [])]) if (!byAlias.has(normalize(a))) byAlias.set(normalize(a), e.id);
  const goldOf = new Map<string, string>();
  for (const n of graph.nodes) {
    if (n.attributes.type === "event") continue;
    const id = [n.attributes.label ?? "", ...(n.attributes.aliases ?? [])]
      .map((a) => byAlias.get(normalize(a)))
      .find(Boolean);
    if (id) goldOf.set(n.key, id);
  }
  const linked = new Map<string, Set<string>>();
  for (const e of graph.edges) {
    for (const [ev, other] of [
      [e.source, e.target],
      [e.target, e.source],
    ]) {
      const id = goldOf.get(other);
      if (id) (linked.get(ev) ?? linked.set(ev, new Set()).get(ev)!).add(id);
    }
  }
  const events = graph.nodes.filter((n) => n.attributes.type === "event");
  const sentencesOf = (n: Node) =>
    (n.attributes.evidence ?? []).map((x) => gold.text.slice(x.sentenceStart, x.sentenceEnd).toLowerCase()).join("\n");
  for (const id of missed) {
    const g = (gold.events ?? []).find((e) => e.id === id);
    if (!g) continue;
    // gold without triggers is told by any event node
    const told = events.filter(
      (n) =>
        !(g.triggers ?? []).length ||
        (g.triggers ?? []).some((t) =>
          new RegExp(`(^|[^\\p{L}\\p{N}])${escape(t.toLowerCase())}`, "u").test(sentencesOf(n)),
        ),
    );
    if (!told.length) out["no trigger"]++;
    else if (told.some((n) => g.participants.filter((p) => linked.get(n.key)?.has(p)).length >= 2))
      out["merged wrongly"]++;
    else out["wrong arguments"]++;
  }
  return out;
}

/** Event nodes per kind. */
export function kindCounts(graph: Graph): Record<string, number> {
  const out: Record<string, number> = {};
  for (const n of graph.nodes)
    if (n.attributes.type === "event") out[n.attributes.kind ?? "other"] = (out[n.attributes.kind ?? "other"] ?? 0) + 1;
  return out;
}
