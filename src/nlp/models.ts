// The trained models as one set: the files they load from, and the set the
// extraction uses unless it is handed another. Loading is from bytes, so the
// same code serves Node (files on disk: src/models/node.ts) and the browser
// (bytes fetched by the app, loaded with loadModels).
import { loadLemmatizer } from "./lemma/index";
import { loadRecogniser } from "./ner/index";
import type { DependencyParser, NlpModels } from "./pipeline";
import { loadTagger } from "./tagger/index";

export const MODEL_FILES = {
  tagger: "tagger.bin",
  lemmatizer: "lemmatizer.bin",
  recogniser: "ner.bin",
  /** the beam-trained parser: `parse` and every width above 1 */
  parser: "parser.bin",
  /** the greedy parser (dynamic oracle): build's width of 1, fast enough for every sentence build parses */
  greedyParser: "parser-greedy.bin",
} as const;

export type ModelBytes = { -readonly [K in keyof typeof MODEL_FILES]?: Uint8Array };

/** Builds a parser from the beam and/or greedy model's bytes; registered by src/nlp/parser so this module does not depend on it. */
type ParserLoader = (bytes: { beam?: Uint8Array; greedy?: Uint8Array }) => DependencyParser;
let parserLoader: ParserLoader | undefined;
export function registerParserLoader(load: ParserLoader): void {
  parserLoader = load;
}

export class ModelsMissingError extends Error {}

export function loadModels(bytes: ModelBytes): NlpModels {
  const need = (k: "tagger" | "lemmatizer") => {
    const b = bytes[k];
    if (!b) throw new ModelsMissingError(`the ${k} model (${MODEL_FILES[k]}) is missing: run \`npm run train\``);
    return b;
  };
  return {
    tagger: loadTagger(need("tagger")),
    lemmatizer: loadLemmatizer(need("lemmatizer")),
    recogniser: bytes.recogniser ? loadRecogniser(bytes.recogniser) : undefined,
    parser:
      (bytes.parser || bytes.greedyParser) && parserLoader
        ? parserLoader({ beam: bytes.parser, greedy: bytes.greedyParser })
        : undefined,
  };
}

let registered: NlpModels | undefined;

/** Makes `models` the set extraction uses by default. */
export function registerModels(models: NlpModels): void {
  registered = models;
}

export function registeredModels(): NlpModels {
  if (!registered) {
    throw new ModelsMissingError(
      "no models loaded: in Node import src/models/node.ts (loadDefaultModels), in the browser await loadBrowserModels() first",
    );
  }
  return registered;
}
