// Evidence as the XML formats write it: GraphML and GEXF are read by tools that do not slice
// source.text, so each item carries its sentence too. Readers drop it again (offsets are the truth).
import { evidenceSentence, type Evidence } from "../schema/graph";

type Attributes = Record<string, unknown>;

/** The attributes with each evidence item's sentence spelled out from `text`. */
export function withEvidenceSentences(attributes: Attributes, text: string): Attributes {
  const evidence = attributes.evidence;
  if (!Array.isArray(evidence)) return attributes;
  return {
    ...attributes,
    evidence: evidence.map((ev: Evidence) =>
      typeof ev?.sentenceStart === "number" && typeof ev.sentenceEnd === "number"
        ? { ...ev, sentence: evidenceSentence(text, ev) }
        : ev,
    ),
  };
}

/** The source text of a graph, or "" when it has none. */
export function sourceText(attributes: Attributes): string {
  const source = attributes.source as { text?: unknown } | undefined;
  return typeof source?.text === "string" ? source.text : "";
}
