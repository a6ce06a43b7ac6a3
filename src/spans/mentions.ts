// The mention spans of a graph over its source text: the one place that decides which
// mentions the viewer's article and the report's article highlight, and how. Pure: no DOM,
// no Node APIs (compiled with the browser-safe core, tsconfig.core.json).
//
// The rule, the same everywhere:
// - every node's evidence span is a candidate, clipped to the text; an empty one (or one wholly
//   outside the text, or with non-finite offsets) is left out;
// - spans form a properly nested forest: a span inside another is its child ("Russian" inside
//   "Russian Foreign Ministry", an entity inside a sentence-long event span), so nested mentions
//   are all kept;
// - of two spans that cross (overlap, neither inside the other), the longer is kept; on equal
//   length an entity beats an event, then the earlier start, then the smaller node key;
// - identical spans of several nodes are highlighted once, for the first of them in that order
//   (an entity before an event).
// O(n log n) in the number of evidence items: sorts, then a segment-tree check per span.
import type { NodeType } from "../schema/graph";
import type { NewsGraph } from "../schema/model";

export interface MentionSpan {
  /** offsets into source.text, start < end */
  start: number;
  end: number;
  /** the node mentioned */
  node: string;
  type: NodeType;
  /** spans inside this one, in text order */
  children: MentionSpan[];
}

/** One evidence item of one node: what mentionForest needs. */
export interface Mention {
  start: number;
  end: number;
  node: string;
  type: NodeType;
}

/** The mention forest of a graph over its own source text. */
export function mentionSpans(graph: NewsGraph): MentionSpan[] {
  const text = graph.getAttribute("source")?.text ?? "";
  const mentions: Mention[] = [];
  graph.forEachNode((node, attrs) => {
    for (const e of attrs.evidence ?? []) mentions.push({ start: e.start, end: e.end, node, type: attrs.type });
  });
  return mentionForest(mentions, text.length);
}

/** Candidates before the crossing check: longer first, entity before event, earlier, smaller key. */
function byPriority(a: Mention, b: Mention): number {
  return (
    b.end - b.start - (a.end - a.start) ||
    Number(a.type === "event") - Number(b.type === "event") ||
    a.start - b.start ||
    (a.node < b.node ? -1 : a.node > b.node ? 1 : 0)
  );
}

/** Mentions (any order) → the nested forest of the kept spans, in text order, over a text of `textLength`. */
export function mentionForest(mentions: readonly Mention[], textLength: number): MentionSpan[] {
  const candidates: MentionSpan[] = [];
  for (const m of mentions) {
    if (!Number.isFinite(m.start) || !Number.isFinite(m.end)) continue;
    const start = Math.max(0, Math.floor(m.start));
    const end = Math.min(textLength, Math.ceil(m.end));
    if (end > start) candidates.push({ start, end, node: m.node, type: m.type, children: [] });
  }
  candidates.sort(byPriority);

  // coordinates of every start and end, compressed to ranks for the two segment trees (typed
  // arrays and a binary search rather than a Set and a Map: a million mentions take 10x less)
  const coords = sortedOffsets(candidates);
  // kept spans by their start's rank: the largest end; by their end's rank: the smallest start
  const maxEndByStart = new RangeTree(coords.length, Math.max, -Infinity);
  const minStartByEnd = new RangeTree(coords.length, Math.min, Infinity);
  const kept: MentionSpan[] = [];
  // identical spans have the same length, so come in one run of the sorted candidates: the starts
  // kept in the current run tell them apart
  let runLength = -1;
  const startsKeptInRun = new Set<number>();
  for (const span of candidates) {
    if (span.end - span.start !== runLength) {
      runLength = span.end - span.start;
      startsKeptInRun.clear();
    }
    if (startsKeptInRun.has(span.start)) continue;
    const lo = rankOf(coords, span.start) + 1;
    const hi = rankOf(coords, span.end) - 1;
    // a kept span starting strictly inside this one and ending after it, or ending strictly
    // inside it and starting before it, crosses it (starting or ending at the same offset nests)
    if (lo <= hi && (maxEndByStart.query(lo, hi) > span.end || minStartByEnd.query(lo, hi) < span.start)) continue;
    startsKeptInRun.add(span.start);
    kept.push(span);
    maxEndByStart.update(lo - 1, span.end);
    minStartByEnd.update(hi + 1, span.start);
  }

  // text order, an enclosing span before the ones inside it; no two cross, so a stack nests them
  kept.sort((a, b) => a.start - b.start || b.end - a.end);
  const roots: MentionSpan[] = [];
  const stack: MentionSpan[] = [];
  for (const span of kept) {
    while (stack.length && stack[stack.length - 1].end <= span.start) stack.pop();
    const parent = stack[stack.length - 1];
    (parent ? parent.children : roots).push(span);
    stack.push(span);
  }
  return roots;
}

/** Every start and end of the spans, sorted, each once. */
function sortedOffsets(spans: readonly MentionSpan[]): Float64Array {
  const all = new Float64Array(spans.length * 2);
  spans.forEach((s, i) => {
    all[2 * i] = s.start;
    all[2 * i + 1] = s.end;
  });
  all.sort();
  let unique = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[unique - 1]) all[unique++] = all[i];
  return all.subarray(0, unique);
}

/** The index of `offset` in sorted, distinct `coords`, which hold it (binary search). */
function rankOf(coords: Float64Array, offset: number): number {
  let lo = 0;
  let hi = coords.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (coords[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Every span of a forest, in text order (a parent before its children). */
export function flattenSpans(forest: readonly MentionSpan[]): MentionSpan[] {
  const out: MentionSpan[] = [];
  const walk = (spans: readonly MentionSpan[]) => {
    for (const s of spans) {
      out.push(s);
      walk(s.children);
    }
  };
  walk(forest);
  return out;
}

/** A segment tree over n slots, each holding the combination (max or min) of the values put there. */
class RangeTree {
  private readonly size: number;
  private readonly tree: Float64Array;

  constructor(
    n: number,
    private readonly combine: (a: number, b: number) => number,
    private readonly empty: number,
  ) {
    let size = 1;
    while (size < n) size *= 2;
    this.size = size;
    this.tree = new Float64Array(2 * size).fill(empty);
  }

  /** combines `value` into a slot; values only ever combine in, so an ancestor left as it was ends the walk */
  update(index: number, value: number): void {
    for (let i = index + this.size; i >= 1; i >>= 1) {
      const next = this.combine(this.tree[i], value);
      if (next === this.tree[i]) return;
      this.tree[i] = next;
    }
  }

  /** the combination over slots lo..hi, inclusive */
  query(lo: number, hi: number): number {
    let result = this.empty;
    for (let l = lo + this.size, r = hi + this.size + 1; l < r; l >>= 1, r >>= 1) {
      if (l & 1) result = this.combine(result, this.tree[l++]);
      if (r & 1) result = this.combine(result, this.tree[--r]);
    }
    return result;
  }
}
