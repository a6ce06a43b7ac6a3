// Evidence offsets against the source text, without zod (the embed bundle uses this too):
// the one accessor for an item's sentence, the offset check, and the reading of every shape
// evidence has had on disk: [start, end, sentenceStart, sentenceEnd] (GRAPH.json now),
// {start, end, sentenceStart, sentenceEnd} (in memory) and {start, end, sentence,
// sentenceStart} (older files, which repeated the sentence in every item).

/** Structurally the schema's Evidence (graph.ts); declared here so this module needs no zod. */
interface Offsets {
  start: number;
  end: number;
  sentenceStart: number;
  sentenceEnd: number;
}

/** The sentence an evidence item points into, sliced from the source text: the one accessor every reader uses. */
export function evidenceSentence(text: string, ev: Offsets): string {
  return text.slice(ev.sentenceStart, ev.sentenceEnd);
}

/**
 * Why an evidence item does not fit the text, or undefined when it does: neither span reversed,
 * both inside the text. (A mention may stick out of its sentence: older extractors cut
 * sentences after "U.S." and readers fall back to the whole sentence.)
 */
export function evidenceProblem(ev: Offsets, textLength: number): string | undefined {
  if (ev.start > ev.end) return `its mention's offsets are reversed (${ev.start} > ${ev.end})`;
  if (ev.sentenceStart > ev.sentenceEnd)
    return `its sentence's offsets are reversed (${ev.sentenceStart} > ${ev.sentenceEnd})`;
  const last = Math.max(ev.end, ev.sentenceEnd);
  if (last > textLength) return `it reaches offset ${last}, past the end of the text (${textLength} characters)`;
  return undefined;
}

const isOffset = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0;

/** An item as offsets only, or why it cannot be: the older shape's sentence must be the text's own. */
function compact(item: unknown, text: string): Offsets | string {
  if (Array.isArray(item)) {
    // GRAPH.json's form: [start, end, sentenceStart, sentenceEnd]
    if (item.length !== 4 || !item.every(isOffset)) return "it is not [start, end, sentenceStart, sentenceEnd]";
    return { start: item[0], end: item[1], sentenceStart: item[2], sentenceEnd: item[3] };
  }
  const e = (item ?? {}) as Record<string, unknown>;
  if (!isOffset(e.start) || !isOffset(e.end) || !isOffset(e.sentenceStart))
    return "it is not {start, end, sentenceStart, sentenceEnd}";
  if (isOffset(e.sentenceEnd))
    return { start: e.start, end: e.end, sentenceStart: e.sentenceStart, sentenceEnd: e.sentenceEnd };
  if (typeof e.sentence !== "string") return "it is not {start, end, sentenceStart, sentenceEnd}";
  const sentenceEnd = e.sentenceStart + e.sentence.length;
  if (text.slice(e.sentenceStart, sentenceEnd) !== e.sentence)
    return `its sentence is not the source text at offset ${e.sentenceStart}`;
  return { start: e.start, end: e.end, sentenceStart: e.sentenceStart, sentenceEnd };
}

/**
 * An evidence list in the offsets-only shape, every item checked against the text; throws an
 * Error naming `owner` ('node "person:x"') and the item when one does not fit.
 */
export function compactEvidenceList(list: readonly unknown[], text: string, owner: string): Offsets[] {
  return list.map((item, i) => {
    const ev = compact(item, text);
    const problem = typeof ev === "string" ? ev : evidenceProblem(ev, text.length);
    if (problem) throw new Error(`${owner}: evidence ${i + 1} does not fit the source text: ${problem}`);
    return ev as Offsets;
  });
}

interface SerializedShape {
  attributes?: { source?: { text?: unknown } };
  nodes: { key: unknown; attributes?: { evidence?: unknown } }[];
  edges: { key?: unknown; attributes?: { evidence?: unknown } }[];
}

/** graphology's serialized graph with every evidence list upgraded and checked (a copy; the input is untouched). */
export function withCheckedEvidence<T extends SerializedShape>(data: T): T {
  const text = typeof data.attributes?.source?.text === "string" ? data.attributes.source.text : "";
  const fix = <E extends { attributes?: { evidence?: unknown } }>(item: E, owner: string): E =>
    Array.isArray(item.attributes?.evidence)
      ? {
          ...item,
          attributes: { ...item.attributes, evidence: compactEvidenceList(item.attributes.evidence, text, owner) },
        }
      : item;
  return {
    ...data,
    nodes: data.nodes.map((n) => fix(n, `node "${String(n.key)}"`)),
    edges: data.edges.map((e, i) => fix(e, `edge "${e.key === undefined ? `#${i + 1}` : String(e.key)}"`)),
  };
}
