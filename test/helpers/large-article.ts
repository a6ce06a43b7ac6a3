// A graph over a very long article, for the article panel's tests and bench: an invented two-
// paragraph report repeated to the size asked, its mentions (nested ones too: a place inside an
// event) at every repetition, and one organisation mentioned only in a last paragraph at the end.
// Pure: runs in Node and in the page (the browser test builds the graph there, not over the wire).
import type { NodeType } from "../../src/schema/graph";
import { createNewsGraph, type NewsGraph } from "../../src/schema/model";

// invented names and places; markup, an ampersand, quotes and an emoji must stay text
const BLOCK =
  "Harbour council chair Mirela Oskarsdottir opened the new tidal lock at Vennhaven on Thursday, " +
  "the Lowmarsh Canal Trust said.\n\n" +
  "Oskarsdottir told reporters that Brevland would share the cost of the lock with the trust, and that " +
  "R&D on “salt-proof” gates <script>window.__pwned=1</script> would go on 🙂.\n\n";
const LAST = "The Kestrel Ferry Company will run the first boats through the lock in May.\n";

interface NodeSpec {
  key: string;
  label: string;
  type: NodeType;
  /** the phrases of BLOCK (or LAST) that mention it */
  phrases: string[];
  inLast?: boolean;
}

export const LARGE_ARTICLE_NODES: readonly NodeSpec[] = [
  {
    key: "person:oskarsdottir",
    label: "Mirela Oskarsdottir",
    type: "person",
    phrases: ["Mirela Oskarsdottir", "Oskarsdottir told"],
  },
  { key: "place:vennhaven", label: "Vennhaven", type: "place", phrases: ["Vennhaven"] },
  {
    key: "organization:lowmarsh",
    label: "Lowmarsh Canal Trust",
    type: "organization",
    phrases: ["Lowmarsh Canal Trust"],
  },
  { key: "country:brevland", label: "Brevland", type: "country", phrases: ["Brevland"] },
  {
    key: "event:lock-opening",
    label: "lock opening",
    type: "event",
    phrases: ["opened the new tidal lock at Vennhaven"],
  },
  {
    key: "organization:kestrel",
    label: "Kestrel Ferry Company",
    type: "organization",
    phrases: ["Kestrel Ferry Company"],
    inLast: true,
  },
];

/** The key of the node whose only mention is at the very end of the article. */
export const FAR_NODE = "organization:kestrel";
/** Mentions per repetition of the block. */
export const MENTIONS_PER_BLOCK = LARGE_ARTICLE_NODES.filter((n) => !n.inLast).reduce(
  (k, n) => k + n.phrases.length,
  0,
);

/** Offsets of a phrase in `within` ("Oskarsdottir told" mentions just the name). */
function phraseSpan(within: string, phrase: string): { start: number; end: number } {
  const start = within.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in the article`);
  const name = phrase.endsWith(" told") ? phrase.slice(0, -" told".length) : phrase;
  return { start, end: start + name.length };
}

/** A graph whose article is about `chars` characters long: BLOCK repeated, then LAST. */
export function largeArticleGraph(chars: number): NewsGraph {
  const blocks = Math.max(1, Math.round((chars - LAST.length) / BLOCK.length));
  const lastAt = blocks * BLOCK.length;
  const text = BLOCK.repeat(blocks) + LAST;
  const graph = createNewsGraph();
  graph.replaceAttributes({
    title: "A long invented report",
    source: { name: "long-report.txt", sha256: "0".repeat(64), text },
    generator: { name: "test", version: "1" },
  });
  for (const spec of LARGE_ARTICLE_NODES) {
    const evidence = [];
    for (const phrase of spec.phrases) {
      const { start, end } = phraseSpan(spec.inLast ? LAST : BLOCK, phrase);
      const sentenceStart = 0;
      const sentenceEnd = (spec.inLast ? LAST : BLOCK).indexOf(".", end) + 1;
      const offsets = spec.inLast ? [lastAt] : Array.from({ length: blocks }, (_, i) => i * BLOCK.length);
      for (const at of offsets)
        evidence.push({
          start: at + start,
          end: at + end,
          sentenceStart: at + sentenceStart,
          sentenceEnd: at + sentenceEnd,
        });
    }
    evidence.sort((a, b) => a.start - b.start);
    graph.addNode(spec.key, { label: spec.label, type: spec.type, aliases: [], mentions: evidence.length, evidence });
  }
  graph.addDirectedEdgeWithKey("opened-at", "event:lock-opening", "place:vennhaven", {
    label: "at",
    kind: "participant",
    role: "location",
    evidence: [graph.getNodeAttribute("event:lock-opening", "evidence")![0]],
  });
  return graph;
}
