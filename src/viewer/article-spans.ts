// Mention spans of the source text, from node evidence, arranged as a
// properly nested forest so the article can be marked up without overlaps. Pure.
import type { NodeType } from "../schema/graph";
import type { NewsGraph } from "../schema/model";

export interface Span {
  start: number;
  end: number;
  node: string;
  type: NodeType;
  children: Span[];
}

/**
 * Every evidence span of every node, clipped to the text. Entities win over events on
 * identical spans; a span that crosses another (neither nested nor disjoint) is dropped.
 */
export function mentionSpans(graph: NewsGraph, textLength: number): Span[] {
  const flat: Span[] = [];
  const seen = new Set<string>();
  graph.forEachNode((node, attrs) => {
    for (const e of attrs.evidence ?? []) {
      const start = Math.max(0, e.start);
      const end = Math.min(textLength, e.end);
      if (end <= start) continue;
      flat.push({ start, end, node, type: attrs.type, children: [] });
    }
  });
  // longest first at one start, entities before events, then key: a stable order
  flat.sort(
    (a, b) =>
      a.start - b.start ||
      b.end - a.end ||
      Number(a.type === "event") - Number(b.type === "event") ||
      (a.node < b.node ? -1 : a.node > b.node ? 1 : 0),
  );
  const roots: Span[] = [];
  const stack: Span[] = [];
  for (const span of flat) {
    const id = `${span.start}:${span.end}`;
    if (seen.has(id)) continue;
    while (stack.length && stack[stack.length - 1].end <= span.start) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent && span.end > parent.end) continue;
    seen.add(id);
    (parent ? parent.children : roots).push(span);
    stack.push(span);
  }
  return roots;
}
