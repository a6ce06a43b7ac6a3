// Loads the committed models from the models/ folder (Node only): the folder
// is found by walking up from this file, so it works from the sources and
// from a compiled package alike.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadModels, MODEL_FILES, registerModels, type ModelBytes } from "../nlp/models";
import type { NlpModels } from "../nlp/pipeline";
import "../nlp/parser-registration";

export function modelsDir(): string {
  if (process.env.NEWSGRAPH_MODELS) return process.env.NEWSGRAPH_MODELS;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, "models", "manifest.json"))) return join(dir, "models");
    dir = dirname(dir);
  }
  throw new Error("newsgraph: cannot find the models/ folder (set NEWSGRAPH_MODELS to its path)");
}

export function readModelBytes(dir = modelsDir()): ModelBytes {
  const out: ModelBytes = {};
  for (const [k, file] of Object.entries(MODEL_FILES) as [keyof ModelBytes, string][]) {
    const p = join(dir, file);
    if (existsSync(p)) out[k] = new Uint8Array(readFileSync(p));
  }
  return out;
}

let loaded: NlpModels | undefined;

/** Loads (once) and registers the default models. */
export function loadDefaultModels(): NlpModels {
  if (!loaded) {
    loaded = loadModels(readModelBytes());
    registerModels(loaded);
  }
  return loaded;
}
