// The benchmark text: the seed article and the GUM development articles, repeated to a size.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { GUM_DIR, SEED_ARTICLE } from "../tools/paths";

export function benchText(targetBytes: number): string {
  const pieces = [readFileSync(SEED_ARTICLE, "utf8")];
  for (const f of readdirSync(GUM_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    pieces.push(JSON.parse(readFileSync(join(GUM_DIR, f), "utf8")).text);
  }
  const unit = pieces.join("\n\n");
  const out: string[] = [];
  let size = 0;
  while (size < targetBytes) {
    out.push(unit);
    size += Buffer.byteLength(unit) + 2;
  }
  return out.join("\n\n");
}

export const countWords = (text: string) => (text.match(/\S+/g) ?? []).length;

/** News text of at most `bytes` bytes: benchText cut at the last paragraph break that fits (64 MB stays within the limit). */
export function newsText(bytes: number): string {
  const text = benchText(bytes);
  if (Buffer.byteLength(text) <= bytes) return text;
  const cut = Buffer.from(text).subarray(0, bytes).toString("utf8");
  return cut.slice(0, cut.lastIndexOf("\n\n"));
}

/** News text of about `bytes` bytes on one line: every run of line breaks becomes a space. */
export function oneLineText(bytes: number): string {
  return newsText(bytes).replace(/\s*\n\s*/g, " ");
}

/**
 * About `bytes` bytes of news words with no sentence punctuation and no line break: one run-on
 * "sentence" of the same words as newsText, so its cost per MB compares with theirs.
 */
export function unpunctuatedText(bytes: number): string {
  return oneLineText(bytes).replace(/[.!?\u2026]/g, "");
}
