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
