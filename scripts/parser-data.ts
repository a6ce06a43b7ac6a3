// The treebanks the parser scripts read (../shared/corpus): which files train,
// which measure. Training never reads gum-news-ud (the news development
// measure) or EWT test.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readConllu, type ConlluSentence } from "../src/nlp/conllu";
import { SHARED } from "../tools/paths";

export const TRAIN_DIR = join(SHARED, "corpus", "train");
export const NEWS_UD_DIR = join(SHARED, "corpus", "gum-news-ud");

const read = (path: string): ConlluSentence[] => readConllu(readFileSync(path, "utf8"));
const conlluIn = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".conllu"))
    .sort()
    .map((f) => join(dir, f));

export const ewt = (split: "train" | "dev" | "test") => read(join(TRAIN_DIR, "ewt", `en_ewt-ud-${split}.conllu`));
export const gum = () => conlluIn(join(TRAIN_DIR, "gum")).flatMap(read);
export const news = () => conlluIn(NEWS_UD_DIR).flatMap(read);

export function dataVersion(): Record<string, string> {
  const v = (d: string) => readFileSync(join(TRAIN_DIR, d, "VERSION"), "utf8").trim();
  return { ewt: v("ewt"), gum: v("gum") };
}
