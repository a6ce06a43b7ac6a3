import { INITIALS_SKIPPED } from "../lexicon/vocabulary";

/** Comparison key for a name: case, dots, curly quotes, a leading "the" and a trailing "'s" ignored. */
export function normalizeName(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u2010-\u2015]/g, "-")
    .replace(/\./g, "")
    .replace(/^the\s+/, "")
    .replace(/'s$/, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** "North Atlantic Treaty Organization" -> "NATO"; "Lista 7 Colli" -> "L7C". */
export function initialsOf(name: string): string {
  return name
    .split(/[\s\u2010-\u2015-]+/)
    .filter((w) => w && !INITIALS_SKIPPED.has(w.toLowerCase()))
    .map((w) => w[0])
    .join("")
    .toUpperCase();
}

/** "NATO", "U.N.", "M5S": two to six capitals (digits inside allowed), dots optional. */
export function isAcronym(s: string): boolean {
  return /^(?:\p{Lu}\.?){2,6}$/u.test(s) || /^\p{Lu}[\p{Lu}\p{N}]{1,5}$/u.test(s);
}
