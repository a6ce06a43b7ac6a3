// Time expressions as written ("on Thursday", "last year", "on September 29")
// normalised to ISO 8601 — a day (2025-03-13), a month (2025-03), a year (2025)
// or an interval (2025-03-15/2025-03-16) — against the article's own date where
// one is needed, so events sort by real time. Relative expressions without an
// article date stay as written only. Pure and deterministic: no clock.
import { MONTH_NAMES, WEEKDAY_NAMES } from "../lexicon/calendar";

export interface Day {
  y: number;
  m: number; // 1-12
  d: number;
}

const MONTHS = MONTH_NAMES;
const WEEKDAYS = WEEKDAY_NAMES;

/** "sept." / "sep" / "september" -> 1-12, or 0. */
function monthOf(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, "");
  if (w.length < 3) return 0;
  const i = MONTHS.findIndex((m) => m === w || (w.length >= 3 && w.length <= 4 && m.startsWith(w)));
  return i + 1;
}

const MONTH_WORD =
  "(jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|june?|july?|aug(?:ust|\\.)?|sept?(?:ember|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?)";
const MDY = new RegExp(`\\b${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b`, "i");
const DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_WORD}\\s+((?:19|20)\\d\\d)\\b`, "i");
const YMD = /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/;

const valid = (day: Day) => day.m >= 1 && day.m <= 12 && day.d >= 1 && day.d <= daysIn(day.y, day.m);
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** A full date written in the text ("March 17, 2025", "17 March 2025", "2025-03-17"), the first one found. */
export function fullDate(text: string): Day | undefined {
  const found: { at: number; day: Day }[] = [];
  const mdy = MDY.exec(text);
  if (mdy) found.push({ at: mdy.index, day: { y: +mdy[3], m: monthOf(mdy[1]), d: +mdy[2] } });
  const dmy = DMY.exec(text);
  if (dmy) found.push({ at: dmy.index, day: { y: +dmy[3], m: monthOf(dmy[2]), d: +dmy[1] } });
  const ymd = YMD.exec(text);
  if (ymd) found.push({ at: ymd.index, day: { y: +ymd[1], m: +ymd[2], d: +ymd[3] } });
  return found.filter((f) => valid(f.day)).sort((a, b) => a.at - b.at)[0]?.day;
}

/** The article's date: a full date in its first lines (the dateline or byline), if any. */
export function articleDate(text: string): Day | undefined {
  return fullDate(text.slice(0, 600));
}

const pad = (n: number) => String(n).padStart(2, "0");
export const isoDay = (day: Day) => `${day.y}-${pad(day.m)}-${pad(day.d)}`;

function shift(day: Day, days: number): Day {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}
const weekday = (day: Day) => new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay();

/** The expression as ISO 8601, or undefined when it cannot be placed. */
export function normaliseTime(expr: string, ref?: Day): string | undefined {
  const e = expr
    .toLowerCase()
    .replace(/[\u2019']/g, "")
    .replace(/\s+/g, " ")
    .trim();
  const full = fullDate(expr);
  if (full) return isoDay(full);
  const words = e.replace(/^(on|in|since|until|by|over|during) /, "").split(" ");
  // a year: "in 2022"
  if (/^(19|20)\d\d$/.test(words[0]) && words.length === 1) return words[0];
  // a month with a day and no year ("September 29", "29 September"), or alone ("in March", "March 2024")
  const mi = words.findIndex((w) => (monthOf(w) > 0 && w !== "may") || (w === "may" && /^\d/.test(words[1] ?? "")));
  if (mi >= 0) {
    const m = monthOf(words[mi]);
    const dayWord = /^\d{1,2}(st|nd|rd|th)?$/.test(words[mi + 1] ?? "")
      ? words[mi + 1]
      : /^\d{1,2}(st|nd|rd|th)?$/.test(words[mi - 1] ?? "")
        ? words[mi - 1]
        : undefined;
    const yearWord = words.find((w) => /^(19|20)\d\d$/.test(w));
    // without a year, the month's latest occurrence up to a month after the article
    const y = yearWord ? +yearWord : ref ? (m > ref.m + 1 ? ref.y - 1 : ref.y) : undefined;
    if (y === undefined) return undefined;
    if (!dayWord) return `${y}-${pad(m)}`;
    const day = { y, m, d: parseInt(dayWord, 10) };
    return valid(day) ? isoDay(day) : undefined;
  }
  if (!ref) return undefined;
  const [first, second] = words;
  if (first === "today" || first === "tonight") return isoDay(ref);
  if (first === "yesterday") return isoDay(shift(ref, -1));
  if (first === "tomorrow") return isoDay(shift(ref, 1));
  const wd = WEEKDAYS.indexOf(first);
  if (wd >= 0 && words.length === 1) {
    // news tells of the days just past: the latest such weekday up to the article's date
    return isoDay(shift(ref, -((weekday(ref) - wd + 7) % 7)));
  }
  const shiftBy = first === "last" ? -1 : first === "next" ? 1 : first === "this" ? 0 : undefined;
  if (shiftBy !== undefined || (first === "the" && second === "weekend")) {
    const unit = first === "the" ? "weekend" : second;
    if (unit === "year") return String(ref.y + (shiftBy ?? 0));
    if (unit === "month") {
      const t = new Date(Date.UTC(ref.y, ref.m - 1 + (shiftBy ?? 0), 1));
      return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}`;
    }
    if (unit === "week") {
      const monday = shift(ref, -((weekday(ref) + 6) % 7) + 7 * (shiftBy ?? 0));
      return `${isoDay(monday)}/${isoDay(shift(monday, 6))}`;
    }
    if (unit === "weekend") {
      // "the weekend", "last weekend": the latest Saturday and Sunday before the article
      const back = (weekday(ref) + 1) % 7 || 7;
      const saturday = shift(ref, -back + (shiftBy === 1 ? 7 : 0));
      return `${isoDay(saturday)}/${isoDay(shift(saturday, 1))}`;
    }
  }
  return undefined;
}
