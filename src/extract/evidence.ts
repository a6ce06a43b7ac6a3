import type { Evidence } from "../schema/graph";
import type { Doc } from "./types";

/** Evidence for the span [start, end) of sentence `sentenceIndex`. */
export function evidenceAt(doc: Doc, sentenceIndex: number, start: number, end: number): Evidence {
  const s = doc.sentences[sentenceIndex];
  return { start, end, sentenceStart: s.start, sentenceEnd: s.start + s.text.length };
}

/** Evidence list in text order, one per distinct span. */
export function mergeEvidence(items: Evidence[]): Evidence[] {
  const seen = new Map<string, Evidence>();
  for (const e of items) seen.set(`${e.start}:${e.end}`, e);
  return [...seen.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}
