// Evidence as a reader wants it: each sentence once, with every mention of the node (or
// statement of the edge) in it marked. Pure; the viewer's one reader of an item's sentence.
import { evidenceSentence as schemaEvidenceSentence } from "../schema/evidence";

/** An evidence item as stored now ({sentence, sentenceStart}) or as offsets into source.text ({sentenceEnd}). */
export interface EvidenceItem {
  start: number;
  end: number;
  sentenceStart: number;
  sentence?: string;
  sentenceEnd?: number;
}

/** The sentence of an evidence item: offsets into the text (the schema's reader), or an older file's copy. */
export function evidenceSentence(text: string, ev: EvidenceItem): string {
  if (ev.sentenceEnd !== undefined) return schemaEvidenceSentence(text, { ...ev, sentenceEnd: ev.sentenceEnd });
  return ev.sentence ?? "";
}

export interface SentenceEvidence {
  sentenceStart: number;
  sentence: string;
  /** marked parts, as [from, to) offsets into `sentence`, sorted and not overlapping */
  marks: Array<[number, number]>;
  /** evidence items that fell in this sentence */
  count: number;
}

/** Groups evidence by sentence, in text order; overlapping or touching marks merge. */
export function groupEvidence(text: string, items: readonly EvidenceItem[]): SentenceEvidence[] {
  const bySentence = new Map<number, SentenceEvidence>();
  for (const ev of items) {
    let group = bySentence.get(ev.sentenceStart);
    if (!group) {
      group = { sentenceStart: ev.sentenceStart, sentence: evidenceSentence(text, ev), marks: [], count: 0 };
      bySentence.set(ev.sentenceStart, group);
    }
    group.count++;
    const a = ev.start - ev.sentenceStart;
    const b = ev.end - ev.sentenceStart;
    if (a >= 0 && b <= group.sentence.length && a < b) group.marks.push([a, b]);
  }
  const groups = [...bySentence.values()].sort((x, y) => x.sentenceStart - y.sentenceStart);
  for (const g of groups) g.marks = mergeRanges(g.marks);
  return groups;
}

function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...ranges].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const out: Array<[number, number]> = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** A sentence cut into plain and marked pieces, in order. */
export function markedPieces(group: SentenceEvidence): Array<{ text: string; marked: boolean }> {
  const out: Array<{ text: string; marked: boolean }> = [];
  let at = 0;
  for (const [a, b] of group.marks) {
    if (a > at) out.push({ text: group.sentence.slice(at, a), marked: false });
    out.push({ text: group.sentence.slice(a, b), marked: true });
    at = b;
  }
  if (at < group.sentence.length) out.push({ text: group.sentence.slice(at), marked: false });
  return out;
}
