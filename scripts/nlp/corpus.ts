// The treebanks in ../shared/corpus: which files train, which measure.
// Training never reads gum-news-ud (the news development measure) or EWT test.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readConllu, type ConlluSentence } from "../../src/nlp/conllu";
import { SHARED } from "../../tools/paths";

export const TRAIN_DIR = join(SHARED, "corpus", "train");
export const NEWS_UD_DIR = join(SHARED, "corpus", "gum-news-ud");

export function readFile(path: string): ConlluSentence[] {
  return readConllu(readFileSync(path, "utf8"));
}

export const ewt = (split: "train" | "dev" | "test") => readFile(join(TRAIN_DIR, "ewt", `en_ewt-ud-${split}.conllu`));

export function gumFiles(): string[] {
  const dir = join(TRAIN_DIR, "gum");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".conllu"))
    .sort()
    .map((f) => join(dir, f));
}

export const gum = () => gumFiles().flatMap(readFile);

export function newsFiles(): string[] {
  return readdirSync(NEWS_UD_DIR)
    .filter((f) => f.endsWith(".conllu"))
    .sort()
    .map((f) => join(NEWS_UD_DIR, f));
}

export const news = () => newsFiles().flatMap(readFile);

/** Data version: the upstream commits named in each folder's VERSION file. */
export function dataVersion(): Record<string, string> {
  const v = (d: string) => readFileSync(join(TRAIN_DIR, d, "VERSION"), "utf8").trim();
  return { ewt: v("ewt"), gum: v("gum"), uner: v("uner-ewt") };
}
