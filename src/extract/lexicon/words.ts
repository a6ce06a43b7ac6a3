// Closed-class and very common English words: a capitalised one is a
// sentence start or a headline word, never a name on its own.
import { COMMON_WORDS } from "./words.generated";

const COMMON = new Set(COMMON_WORDS.split("|"));

/** An ordinary English word: one of the most frequent in SUBTLEX, or a function word. */
export function isCommonWord(lower: string): boolean {
  return COMMON.has(lower) || FUNCTION_WORDS.has(lower);
}

/** The plural of a frequent noun: "prosecutors", "authorities", "witnesses" (and "Dries", so not for full names). */
export function isCommonPlural(lower: string): boolean {
  if (lower.length < 5 || !lower.endsWith("s")) return false;
  return (
    COMMON.has(lower.slice(0, -1)) ||
    (lower.endsWith("ies") && COMMON.has(lower.slice(0, -3) + "y")) ||
    (lower.endsWith("es") && COMMON.has(lower.slice(0, -2)))
  );
}

export const FUNCTION_WORDS = new Set(
  (
    "a an the this that these those there here it its it's i me my mine we us our ours you your yours he him his she her hers " +
    "they them their theirs who whom whose which what whatever whoever when where why how whether if then than so as " +
    "and or but nor yet for of in on at to from by with without within into onto upon about above below over under after " +
    "before since until till during through throughout across along among amid around behind beside besides between beyond " +
    "despite except inside outside near off out up down per via against toward towards " +
    "is am are was were be been being have has had having do does did done will would shall should can could may might must " +
    "not no yes all any some many much more most few less least each every either neither both other another such own same " +
    "very too also just only even still already again ever never always often sometimes now today yesterday tomorrow tonight " +
    "meanwhile however moreover furthermore therefore thus hence instead otherwise although though because while once unless " +
    "asked said says told added according got get send see look please thanks thank let like well oh ok okay maybe perhaps " +
    "one two three four five six seven eight nine ten many several " +
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december " +
    "mr mrs ms dr"
  ).split(" "),
);

export const PRONOUNS = {
  male: new Set(["he", "him", "his", "himself"]),
  female: new Set(["she", "her", "hers", "herself"]),
};
