// Time expressions in a sentence, as written: "on Thursday", "in 2022",
// "last year", "on September 29", "Monday", "yesterday".
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from "../lexicon/calendar";
import type { SentenceView } from "./view";

export const WEEKDAYS: ReadonlySet<string> = new Set(WEEKDAY_NAMES);
export const MONTHS: ReadonlySet<string> = new Set([...MONTH_NAMES, ...MONTH_ABBREVIATIONS]);
const RELATIVE_DAYS = new Set(["yesterday", "today", "tomorrow", "tonight"]);
const PERIODS = new Set([
  "year",
  "week",
  "month",
  "weekend",
  "night",
  "morning",
  "evening",
  "spring",
  "summer",
  "autumn",
  "fall",
  "winter",
]);
const SHIFTERS = new Set(["last", "next", "this", "earlier", "later"]);

export interface TimeExpr {
  /** local token range */
  first: number;
  last: number;
  text: string;
}

const isYear = (w: string) => /^(1[89]|20)\d\d$/.test(w);
const isDayNumber = (w: string) => /^([1-9]|[12]\d|3[01])(st|nd|rd|th)?$/.test(w);

/** Frames and verb links both ask for a sentence's times: read them once per view. */
const memo = new WeakMap<SentenceView, TimeExpr[]>();

/** All time expressions of the sentence, left to right. */
export function timeExpressions(view: SentenceView): TimeExpr[] {
  let found = memo.get(view);
  if (!found) memo.set(view, (found = readTimes(view)));
  return found;
}

function readTimes(view: SentenceView): TimeExpr[] {
  const { words, tokens } = view;
  const out: TimeExpr[] = [];
  for (let i = 0; i < words.length; i++) {
    if (view.spanAt[i]) continue;
    const w = words[i];
    let first = i,
      last = -1;
    if (WEEKDAYS.has(w) || RELATIVE_DAYS.has(w)) {
      last = i;
    } else if (MONTHS.has(w) && (w !== "may" || tokens[i].cap) && (tokens[i].cap || w.length > 3)) {
      last = i;
      if (isDayNumber(words[i + 1] ?? "")) last = i + 1;
      if (words[last + 1] === "," && isYear(words[last + 2] ?? "")) last += 2;
      else if (isYear(words[last + 1] ?? "")) last += 1;
    } else if (isYear(w) && ["in", "since", "by", "until"].includes(words[i - 1] ?? "")) {
      last = i;
    } else if (SHIFTERS.has(w) && PERIODS.has(words[i + 1] ?? "")) {
      last = i + 1;
    } else if (w === "the" && PERIODS.has(words[i + 1] ?? "") && words[i - 1] === "over") {
      first = i - 1;
      last = i + 1;
    }
    if (last < 0) continue;
    const prep = words[first - 1];
    if (
      first === i &&
      (prep === "on" || prep === "in" || prep === "since" || prep === "until" || prep === "by") &&
      !SHIFTERS.has(w)
    )
      first--;
    out.push({
      first,
      last,
      text: view.sentence.text.slice(tokens[first].start - view.sentence.start, tokens[last].end - view.sentence.start),
    });
    i = last;
  }
  return out;
}

/** Local token indexes that belong to a time expression. */
export function timeTokens(times: readonly TimeExpr[]): Set<number> {
  const set = new Set<number>();
  for (const t of times) for (let i = t.first; i <= t.last; i++) set.add(i);
  return set;
}
