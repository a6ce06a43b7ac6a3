// Named storms: "Cyclone Mara", "Hurricane Delia", "Tropical Storm Ivo" are happenings, not
// people, and so is the name alone after them ("Mara weakened over the sea").
import type { Doc, Token } from "../types";

/** Words that name a storm by the word after them. */
const STORM_HEADS = new Set(["cyclone", "hurricane", "typhoon", "storm", "tornado"]);
/** Words a storm head may follow in its name ("Tropical Storm", "Super Typhoon"). */
const STORM_MODIFIERS = new Set(["tropical", "super", "severe", "post-tropical"]);

/** The names of storms the article gives ("mara"), lowercased. */
export function stormNames(doc: Doc): Set<string> {
  const out = new Set<string>();
  const toks = doc.tokens;
  for (let i = 0; i + 1 < toks.length; i++) {
    const next = toks[i + 1];
    if (toks[i].cap && STORM_HEADS.has(toks[i].lower) && next.cap && next.sentence === toks[i].sentence)
      out.add(next.lower);
  }
  return out;
}

/** Is the run a storm's name: it opens with a storm head ("Cyclone Mara"), or it is a storm's name alone? */
export function isStormRun(toks: readonly Token[], storms: ReadonlySet<string>): boolean {
  let i = 0;
  while (i < toks.length - 1 && STORM_MODIFIERS.has(toks[i].lower)) i++;
  if (STORM_HEADS.has(toks[i].lower) && i + 1 < toks.length) return true;
  return toks.length === 1 && storms.has(toks[0].lower);
}
