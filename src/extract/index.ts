// The extraction pipeline: segment -> recognise -> analyse -> resolve -> relate -> assemble
// (analyse after recognise: a sentence naming two entities is parsed for the links between them).
// Pure: text in, graph out; no DOM, no Node APIs.
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import type { Evidence } from "../schema/graph";
import type { NewsGraph } from "../schema/model";
import { registeredModels } from "../nlp/models";
import type { NlpModels } from "../nlp/pipeline";
import { assemble } from "./assemble";
import { evidenceToOriginal, normaliseInput, type NormalisedInput } from "./normalise-input";
import { extractSections } from "./sections";

export const GENERATOR = { name: "newsgraph", version: "0.1.0" };

export interface ExtractOptions {
  /** file name recorded in the graph's `source` */
  name?: string;
  /** graph title; defaults to the article's headline */
  title?: string;
  /** the trained pipeline; defaults to the registered models (Node: loaded on import, browser: loadBrowserModels()) */
  models?: NlpModels;
}

/**
 * segment -> recognise -> analyse -> resolve -> relate (a long text in sections: sections.ts) -> assemble,
 * over the text normalised once here (line breaks, format characters: normalise-input.ts); the
 * graph keeps `text` as given, and its evidence offsets point into it.
 */
export function extractGraph(text: string, options: ExtractOptions = {}): NewsGraph {
  const input = normaliseInput(text);
  const { doc, resolution, relations } = extractSections(input.text, options.models ?? registeredModels());
  const title = options.title ?? guessTitle(doc.text);
  const graph = assemble(doc, resolution, relations, {
    title,
    source: { name: options.name ?? "article.txt", sha256: bytesToHex(sha256(utf8ToBytes(text))), text },
    generator: GENERATOR,
  });
  if (input.changed) evidenceIntoOriginal(graph, input);
  return graph;
}

/** Every node's and edge's evidence, from offsets into the normalised text to offsets into the original. */
function evidenceIntoOriginal(graph: NewsGraph, input: NormalisedInput): void {
  // new items, not the old ones changed: stages share Evidence objects between lists
  const map = (evidence: readonly Evidence[]) => evidence.map((ev) => evidenceToOriginal(input, ev));
  graph.forEachNode((key, a) => graph.setNodeAttribute(key, "evidence", map(a.evidence)));
  graph.forEachEdge((key, a) => graph.setEdgeAttribute(key, "evidence", map(a.evidence)));
}

/** The headline: the first line of at least four words, or the first line. */
function guessTitle(text: string): string {
  const lines = text
    .split(/\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return (lines.find((l) => l.split(/\s+/).length >= 4) ?? lines[0] ?? "Untitled").slice(0, 200);
}
