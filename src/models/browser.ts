// Loads the committed models in the browser: Vite turns each file into an
// asset URL, fetched on first use, so the models arrive as their own lazily
// loaded chunk of the app and never weigh on the first render.
import lemmatizerUrl from "../../models/lemmatizer.bin?url";
import greedyParserUrl from "../../models/parser-greedy.bin?url";
import taggerUrl from "../../models/tagger.bin?url";
import { loadModels, registerModels } from "../nlp/models";
import type { NlpModels } from "../nlp/pipeline";
import "../nlp/parser-registration";

let loading: Promise<NlpModels> | undefined;

async function fetchBytes(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`could not load the model ${url}: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

/** Fetches, loads and registers the models (once). */
export function loadBrowserModels(): Promise<NlpModels> {
  loading ??= (async () => {
    // the entity recogniser stays behind: build finds names by rule (README, "What build uses of it");
    // so does the beam parser: build parses greedily (README, "Beam search")
    const [tagger, lemmatizer, greedyParser] = await Promise.all([taggerUrl, lemmatizerUrl, greedyParserUrl].map(fetchBytes));
    const models = loadModels({ tagger, lemmatizer, greedyParser });
    registerModels(models);
    return models;
  })();
  return loading;
}
