// A news dateline opening a sentence: "TALLINN, Estonia —", "LISBON —", "ST. PAUL, Minn. —",
// with the wire's date and name: "OSLO, Feb. 3 (Agency) —", "OSLO (Feb. 3, 2026) —", "OSLO (Agency) -".
// One reading for every stage that needs it (a subject never starts inside one; the
// story's country is the one it names).
import type { Token } from "./types";

const DASHES = new Set(["\u2014", "\u2013"]);
/** The dash of a dateline comes among the first words (city, country, date, agency). */
const DATELINE_WORDS = 14;
/** a day or year of the date, and the parentheses around the date or the agency */
const DATE_PARTS = /^(?:\d{1,4}|\(|\))$/;

/** How many tokens the dateline takes, through its dash (0 when the sentence opens with none). */
export function datelineLength(tokens: readonly Pick<Token, "text" | "cap">[]): number {
  for (let j = 0; j < tokens.length && j <= DATELINE_WORDS; j++) {
    const t = tokens[j];
    if (DASHES.has(t.text)) return j > 0 ? j + 1 : 0;
    // "LISBON -- ": the tokenizer splits a double hyphen
    if (t.text === "-" && tokens[j + 1]?.text === "-") return j > 0 ? j + 2 : 0;
    // "(Agency) - ": a wire's hyphen comes right after its name's parenthesis
    if (t.text === "-" && tokens[j - 1]?.text === ")") return j + 1;
    if (!t.cap && t.text !== "," && t.text !== "." && !DATE_PARTS.test(t.text)) return 0;
  }
  return 0;
}
