// The one normalisation of an article's text, done at the boundary (extractGraph) before any stage
// reads it: every line break becomes "\n" and invisible format characters go, so that no stage
// needs to know about them. The pipeline works on the normalised text; the graph keeps the
// original as `source.text`, and every offset the pipeline produced is mapped back into it.
//
//   "\r\n", "\r", U+2028 LINE SEPARATOR, U+0085 NEL  -> "\n"
//   U+2029 PARAGRAPH SEPARATOR                         -> "\n\n" (a blank line: a paragraph break)
//   zero-width space, non-joiner and joiner, word joiner, soft hyphen, BOM / ZWNBSP, the direction
//   marks (LRM, RLM, ALM) and the embedding and isolate controls  -> removed
//
// So "Vladimir Pu\u200Btin" reads as "Vladimir Putin", and its mention's span in the original
// is the whole name, the zero-width space inside it. A text with none of these characters is
// returned as it is (the same string), with no map, and gives exactly the graph it gave before.
// Pure and browser-safe; linear in the text, the map 8 bytes per run of changed characters.
import type { Evidence } from "../schema/graph";

/** Format characters that are removed: invisible, and inside a word they would cut it. */
const FORMAT = "\\u00AD\\u061C\\u200B-\\u200F\\u202A-\\u202E\\u2060\\u2066-\\u2069\\uFEFF";
/** Anything the normalisation changes ("\n" itself is left alone). */
const CHANGED = new RegExp(`[\\r\\u0085\\u2028\\u2029${FORMAT}]`);
const EDITS = new RegExp(`\\r\\n?|[\\u0085\\u2028]|\\u2029|[${FORMAT}]+`, "g");

export interface NormalisedInput {
  /** the text the pipeline reads */
  text: string;
  /** the text as given: what the graph keeps and its offsets point into */
  original: string;
  /** false when the text needed no change (`text` is `original` and offsets map to themselves) */
  changed: boolean;
  /** Where the character at normalised offset `n` comes from in the original (a span's start). */
  startToOriginal(n: number): number;
  /** Where the character before normalised offset `n` ends in the original (a span's end, exclusive). */
  endToOriginal(n: number): number;
}

/**
 * The normalised text and its offset map. The map is a list of breakpoints (normalised offset,
 * original offset), normalised offsets increasing: from a breakpoint to the next one the two
 * texts run alike. A start offset reads the last breakpoint at or before it, an end offset the
 * last one before it, so a span never begins or ends on a removed character but keeps those
 * inside it. Both maps are nondecreasing: spans keep their order, and distinct spans of the
 * pipeline (which begin and end on kept characters) stay distinct.
 */
export function normaliseInput(original: string): NormalisedInput {
  if (!CHANGED.test(original)) {
    const same = (n: number) => n;
    return { text: original, original, changed: false, startToOriginal: same, endToOriginal: same };
  }
  let norm = new Int32Array(16);
  let orig = new Int32Array(16);
  let count = 1; // breakpoint 0 is (0, 0)
  const breakpoint = (n: number, o: number) => {
    if (norm[count - 1] === n) {
      // edits side by side (or at the very start): the last one tells where the next kept character is
      orig[count - 1] = o;
      return;
    }
    if (count === norm.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      norm = grow(norm);
      orig = grow(orig);
    }
    norm[count] = n;
    orig[count] = o;
    count++;
  };
  let delta = 0; // original offset - normalised offset, before the current match
  const text = original.replace(EDITS, (match: string, offset: number) => {
    const n = offset - delta;
    const c = match.charCodeAt(0);
    if (c === 0x0d && match.length === 2) {
      // "\r\n": the "\r" goes, the "\n" stays
      breakpoint(n, offset + 1);
      delta += 1;
      return "\n";
    }
    if (c === 0x0d || c === 0x85 || c === 0x2028) return "\n"; // one for one: no breakpoint
    if (c === 0x2029) {
      // one character for two: both "\n" start at it, a span ending after either takes it
      breakpoint(n + 1, offset);
      delta -= 1;
      return "\n\n";
    }
    breakpoint(n, offset + match.length); // a run of format characters, removed
    delta += match.length;
    return "";
  });
  const n0 = norm.subarray(0, count);
  const o0 = orig.subarray(0, count);
  /** index of the last breakpoint at or before n (strict: before n) */
  const find = (n: number, strict: boolean) => {
    let lo = 0;
    let hi = count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (strict ? n0[mid] < n : n0[mid] <= n) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return {
    text,
    original,
    changed: true,
    startToOriginal: (n) => {
      const i = find(n, false);
      return o0[i] + n - n0[i];
    },
    endToOriginal: (n) => {
      if (n <= 0) return 0;
      const i = find(n, true);
      return o0[i] + n - n0[i];
    },
  };
}

/** An evidence item of the normalised text, as offsets into the original. */
export function evidenceToOriginal(input: NormalisedInput, ev: Evidence): Evidence {
  return {
    start: input.startToOriginal(ev.start),
    end: input.endToOriginal(ev.end),
    sentenceStart: input.startToOriginal(ev.sentenceStart),
    sentenceEnd: input.endToOriginal(ev.sentenceEnd),
  };
}
