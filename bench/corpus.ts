// The benchmark text: the seed article and the GUM development articles, repeated to a size.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { GUM_DIR, SEED_ARTICLE } from "../test/helpers/paths";

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
