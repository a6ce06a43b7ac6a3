// The article cut into chunks the article panel renders one at a time, as plain data: no DOM.
// A chunk ends after a newline where it can, else after a sentence, a space or at any character
// (never inside a surrogate pair), and, where it can, outside every mention; a mention longer
// than a chunk may hold is cut, each chunk getting its piece (and the pieces of the spans inside).
// Linear by construction: each cut looks at most `max` characters back from where it could be,
// and the cursor into the mention forest only moves forward.
import type { MentionSpan } from "../spans/mentions";

export interface ArticleChunk {
  /** offsets into the text, start < end; chunks tile the text in order */
  start: number;
  end: number;
  /** the mention forest clipped to [start, end), absolute offsets */
  spans: MentionSpan[];
}

/** A stretch of text: a mention, or several overlapping ones. */
export interface Stretch {
  start: number;
  end: number;
}

export interface ChunkLimits {
  /** a chunk is at least this long where the text allows (the last one may be shorter) */
  min: number;
  /** and at most this long, unless a mention starting the chunk runs past it */
  max: number;
  /** a mention starting a chunk is cut only if it is longer than this */
  longestWholeMention: number;
}

// ~8k characters is a screen or two of the panel and a few hundred marks at most in news prose
export const CHUNK_LIMITS: ChunkLimits = { min: 2_048, max: 8_192, longestWholeMention: 32_768 };

const isSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0;
const isSentenceEnd = (code: number) => code === 0x2e || code === 0x21 || code === 0x3f; // . ! ?
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** The last offset in [lo, hi] after a character passing `test` (given the text and offset), or -1. */
function lastCutAfter(text: string, lo: number, hi: number, test: (at: number) => boolean): number {
  for (let at = hi; at >= lo; at--) if (test(at)) return at;
  return -1;
}

/** Where a chunk from `start` would best end, by the text alone: a newline, a sentence, a space, a character. */
export function textCut(text: string, start: number, limits: ChunkLimits = CHUNK_LIMITS): number {
  if (text.length - start <= limits.max) return text.length;
  const lo = start + Math.max(1, limits.min);
  const hi = start + limits.max;
  const after = (at: number) => text.charCodeAt(at - 1);
  const newline = lastCutAfter(text, lo, hi, (at) => after(at) === 0x0a);
  if (newline > 0) return newline;
  // a sentence's end: ". " possibly with a closing quote or bracket between
  const sentence = lastCutAfter(text, lo, hi, (at) => {
    if (!isSpace(after(at))) return false;
    const before = text.charCodeAt(at - 2);
    return isSentenceEnd(before) || (/["'”’)\]]/.test(text[at - 2] ?? "") && isSentenceEnd(text.charCodeAt(at - 3)));
  });
  if (sentence > 0) return sentence;
  const space = lastCutAfter(text, lo, hi, (at) => isSpace(after(at)));
  if (space > 0) return space;
  return isHighSurrogate(after(hi)) ? hi - 1 : hi;
}

/**
 * Moves a cut off a mention crossing it: to the mention's start if that is inside the chunk, else
 * (the mention begins the chunk) to its end if it is not too long; else (or if the mention began
 * in an earlier chunk, so is cut already) the mention is cut there.
 */
export function cutOutsideMention(
  cut: number,
  start: number,
  crossing: Stretch | undefined,
  limits: ChunkLimits,
): number {
  if (!crossing || crossing.start >= cut || crossing.end <= cut) return cut;
  if (crossing.start > start) return crossing.start;
  return crossing.start === start && crossing.end - start <= limits.longestWholeMention ? crossing.end : cut;
}

/** The first index of sorted, disjoint spans whose end is after `from` (binary search). */
function firstEndingAfter(spans: readonly MentionSpan[], from: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A span overlapping [from, to) clipped to it: itself if wholly inside, else a piece with its children's pieces. */
function clipSpan(s: MentionSpan, from: number, to: number): MentionSpan {
  if (s.start >= from && s.end <= to) return s;
  return { ...s, start: Math.max(s.start, from), end: Math.min(s.end, to), children: clipForest(s.children, from, to) };
}

/** A forest (sorted, disjoint siblings) clipped to [from, to). */
export function clipForest(spans: readonly MentionSpan[], from: number, to: number): MentionSpan[] {
  const out: MentionSpan[] = [];
  for (let i = firstEndingAfter(spans, from); i < spans.length && spans[i].start < to; i++)
    out.push(clipSpan(spans[i], from, to));
  return out;
}

/** A chunk's bounds, and whether its end cuts through a covered stretch (a mention, cut into pieces). */
export interface ChunkBounds {
  start: number;
  end: number;
  endCutsMention: boolean;
}

/**
 * The text's chunks, cut outside the `covered` stretches (sorted, disjoint: the mention forest's
 * roots, or the union of all mentions) where they can be.
 */
export function cutText(text: string, covered: readonly Stretch[], limits: ChunkLimits = CHUNK_LIMITS): ChunkBounds[] {
  const chunks: ChunkBounds[] = [];
  let crossing = 0; // the first covered stretch not wholly before the cut
  for (let start = 0; start < text.length;) {
    const cut = textCut(text, start, limits);
    while (crossing < covered.length && covered[crossing].end <= cut) crossing++;
    const end = cutOutsideMention(cut, start, covered[crossing], limits);
    const stretch = covered[crossing];
    chunks.push({ start, end, endCutsMention: !!stretch && stretch.start < end && end < stretch.end });
    start = end;
  }
  return chunks;
}

/** The text's chunks, each with its piece of the mention forest (`roots`: mentionSpans' result). */
export function chunkArticle(
  text: string,
  roots: readonly MentionSpan[],
  limits: ChunkLimits = CHUNK_LIMITS,
): ArticleChunk[] {
  let first = 0; // the first root not wholly before the current chunk
  return cutText(text, roots, limits).map(({ start, end }) => {
    while (first < roots.length && roots[first].end <= start) first++;
    const spans: MentionSpan[] = [];
    for (let i = first; i < roots.length && roots[i].start < end; i++) spans.push(clipSpan(roots[i], start, end));
    return { start, end, spans };
  });
}

/** A rough height for a chunk not laid out yet, in lines of `charsPerLine`: each paragraph wraps. */
export function estimatedLines(text: string, chunk: Pick<ArticleChunk, "start" | "end">, charsPerLine = 60): number {
  // newline to newline with indexOf (a native scan), in the chunk's own slice so no scan runs past it
  const own = text.slice(chunk.start, chunk.end);
  let lines = 0;
  for (let lineStart = 0; lineStart <= own.length;) {
    const newline = own.indexOf("\n", lineStart);
    const lineEnd = newline < 0 ? own.length : newline;
    lines += Math.max(1, Math.ceil((lineEnd - lineStart) / charsPerLine));
    lineStart = lineEnd + 1;
  }
  // a final newline closes its line rather than opening an empty one
  return own.endsWith("\n") ? lines - 1 : lines;
}
