// Very common English words (SUBTLEX's most frequent, with the closed classes of
// vocabulary.ts): a capitalised one is a sentence start or a headline word, never a name on its own.
import { FUNCTION_WORDS } from "./vocabulary";
import { COMMON_WORDS } from "./words.generated";

const COMMON = new Set(COMMON_WORDS.split("|"));

/** An ordinary English word: one of the most frequent in SUBTLEX, or a function word. */
export function isCommonWord(lower: string): boolean {
  return COMMON.has(lower) || FUNCTION_WORDS.has(lower);
}

/** The plural of a frequent noun: "prosecutors", "authorities", "witnesses" (and "Sands", so not for full names). */
export function isCommonPlural(lower: string): boolean {
  if (lower.length < 5 || !lower.endsWith("s")) return false;
  return (
    COMMON.has(lower.slice(0, -1)) ||
    (lower.endsWith("ies") && COMMON.has(lower.slice(0, -3) + "y")) ||
    (lower.endsWith("es") && COMMON.has(lower.slice(0, -2)))
  );
}
