// The article's chunks with their mention spans made on demand, chunk by chunk, as plain data.
//
// Which mentions are kept (mentionForest's rule: of two crossing spans the longer…) depends only
// on the mentions overlapping each other, so wherever no mention covers an offset the text can be
// cut there and each side's forest made alone: the same spans as mentionSpans over the whole
// graph, at the cost of the part asked for. Chunks are cut outside every mention where they can;
// consecutive chunks whose cut goes through one (a mention longer than a chunk may hold) share
// one forest, made for all of them at once and clipped to each.
// Up front: one pass over the evidence, one numeric sort, the cuts; all linear but for the sort.
import type { NodeType } from "../schema/graph";
import type { NewsGraph } from "../schema/model";
import { mentionForest, type Mention, type MentionSpan } from "../spans/mentions";
import { clipForest, CHUNK_LIMITS, cutText, type ChunkBounds, type ChunkLimits, type Stretch } from "./article-chunks";

/** Every evidence item of every node, as mentionForest would clip it to the text, in typed arrays. */
export interface MentionTable {
  nodes: string[];
  types: NodeType[];
  /** per mention, in start order */
  starts: Int32Array;
  ends: Int32Array;
  nodeIndex: Int32Array;
  /** per node, its mentions' starts, sorted */
  startsOfNode: Map<string, Int32Array>;
}

export interface LazyArticle {
  chunks: readonly ChunkBounds[];
  /** the mention forest of chunk `index`, clipped to it; made the first time it is asked for */
  spansOf(index: number): MentionSpan[];
  /** the chunk holding the node's first highlighted mention, if any */
  firstChunkOf(node: string): number | undefined;
}

/** The graph's evidence over a text of `textLength`, sorted by start (one numeric sort). */
export function mentionTable(graph: NewsGraph, textLength: number): MentionTable {
  const nodes: string[] = [];
  const types: NodeType[] = [];
  const rawStarts: number[] = [];
  const rawEnds: number[] = [];
  const rawNodes: number[] = [];
  const startsOfNode = new Map<string, Int32Array>();
  graph.forEachNode((node, attrs) => {
    const own: number[] = [];
    for (const e of attrs.evidence ?? []) {
      // mentionForest's clipping, so that the stretches covered here are the ones it sees
      if (!Number.isFinite(e.start) || !Number.isFinite(e.end)) continue;
      const start = Math.max(0, Math.floor(e.start));
      const end = Math.min(textLength, Math.ceil(e.end));
      if (end <= start) continue;
      rawStarts.push(start);
      rawEnds.push(end);
      rawNodes.push(nodes.length);
      own.push(start);
    }
    startsOfNode.set(node, Int32Array.from(own).sort());
    nodes.push(node);
    types.push(attrs.type);
  });
  const order = orderByStart(rawStarts, textLength);
  const starts = new Int32Array(order.length);
  const ends = new Int32Array(order.length);
  const nodeIndex = new Int32Array(order.length);
  order.forEach((i, j) => {
    starts[j] = rawStarts[i];
    ends[j] = rawEnds[i];
    nodeIndex[j] = rawNodes[i];
  });
  return { nodes, types, starts, ends, nodeIndex, startsOfNode };
}

/** Indices of `starts` in start order: a native numeric sort of start × count + index where that is exact. */
function orderByStart(starts: readonly number[], textLength: number): Int32Array {
  const count = starts.length;
  if ((textLength + 1) * count >= Number.MAX_SAFE_INTEGER) {
    return Int32Array.from(starts.keys()).sort((a, b) => starts[a] - starts[b] || a - b);
  }
  const keys = new Float64Array(count);
  for (let i = 0; i < count; i++) keys[i] = starts[i] * count + i;
  keys.sort();
  return Int32Array.from(keys, (key) => key % count);
}

/** The stretches of text inside some mention: the union of the mentions, sorted, disjoint. */
export function coveredStretches(table: MentionTable): Stretch[] {
  const out: Stretch[] = [];
  for (let j = 0; j < table.starts.length; j++) {
    const last = out[out.length - 1];
    // a mention starting where the last stretch ends only touches it: the cut between stays clean
    if (last && table.starts[j] < last.end) last.end = Math.max(last.end, table.ends[j]);
    else out.push({ start: table.starts[j], end: table.ends[j] });
  }
  return out;
}

/** The first index in a sorted array whose value is at least `value`. */
function lowerBound(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const mentions = (spans: readonly MentionSpan[], node: string): boolean =>
  spans.some((s) => s.node === node || mentions(s.children, node));

export function lazyArticle(text: string, table: MentionTable, limits: ChunkLimits = CHUNK_LIMITS): LazyArticle {
  const chunks = cutText(text, coveredStretches(table), limits);
  const chunkStarts = Int32Array.from(chunks, (c) => c.start);
  // a section: chunks from one clean cut to the next, sharing one forest
  const sectionOf = new Int32Array(chunks.length);
  const sectionBounds: Array<{ first: number; last: number }> = [];
  chunks.forEach((chunk, index) => {
    if (index === 0 || !chunks[index - 1].endCutsMention) sectionBounds.push({ first: index, last: index });
    else sectionBounds[sectionBounds.length - 1].last = index;
    sectionOf[index] = sectionBounds.length - 1;
  });
  const forests = new Map<number, MentionSpan[]>();

  /** The forest of a section: its mentions start in it and, its cuts being clean, end in it. */
  const forestOf = (section: number): MentionSpan[] => {
    const done = forests.get(section);
    if (done) return done;
    const { first, last } = sectionBounds[section];
    const from = lowerBound(table.starts, chunks[first].start);
    const to = lowerBound(table.starts, chunks[last].end);
    const list: Mention[] = [];
    for (let j = from; j < to; j++) {
      const node = table.nodeIndex[j];
      list.push({ start: table.starts[j], end: table.ends[j], node: table.nodes[node], type: table.types[node] });
    }
    const forest = mentionForest(list, text.length);
    forests.set(section, forest);
    return forest;
  };
  const spansOf = (index: number): MentionSpan[] => {
    const section = sectionOf[index];
    const forest = forestOf(section);
    const { first, last } = sectionBounds[section];
    return first === last ? forest : clipForest(forest, chunks[index].start, chunks[index].end);
  };

  const firstChunks = new Map<string, number | undefined>();
  /** Its mentions in text order, until the chunk of one that is highlighted (most often the first). */
  const firstChunkOf = (node: string): number | undefined => {
    if (firstChunks.has(node)) return firstChunks.get(node);
    let found: number | undefined;
    let tried = -1;
    for (const start of table.startsOfNode.get(node) ?? []) {
      const index = lowerBound(chunkStarts, start + 1) - 1;
      if (index === tried) continue;
      tried = index;
      if (mentions(spansOf(index), node)) {
        found = index;
        break;
      }
    }
    firstChunks.set(node, found);
    return found;
  };
  return { chunks, spansOf, firstChunkOf };
}
