// The extraction pipeline: segment -> recognise -> analyse -> resolve -> relate -> assemble
// (analyse after recognise: a sentence naming two entities is parsed for the links between them).
// Pure: text in, graph out; no DOM, no Node APIs.
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import type { NewsGraph } from "../schema/model";
import { registeredModels } from "../nlp/models";
import type { NlpModels } from "../nlp/pipeline";
import { assemble } from "./assemble";
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

/** segment -> recognise -> analyse -> resolve -> relate (a long text in sections: sections.ts) -> assemble. */
export function extractGraph(text: string, options: ExtractOptions = {}): NewsGraph {
  const { doc, resolution, relations } = extractSections(text, options.models ?? registeredModels());
  const title = options.title ?? guessTitle(doc.text);
  return assemble(doc, resolution, relations, {
    title,
    source: { name: options.name ?? "article.txt", sha256: bytesToHex(sha256(utf8ToBytes(text))), text },
    generator: GENERATOR,
  });
}

/** The headline: the first line of at least four words, or the first line. */
function guessTitle(text: string): string {
  const lines = text
    .split(/\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return (lines.find((l) => l.split(/\s+/).length >= 4) ?? lines[0] ?? "Untitled").slice(0, 200);
}
