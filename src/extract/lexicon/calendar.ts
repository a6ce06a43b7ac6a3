// The calendar's words, in calendar order: what time expressions are made of and
// what dates are normalised from.
export const MONTH_NAMES: readonly string[] = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** Sunday first, as Date.getUTCDay() counts. */
export const WEEKDAY_NAMES: readonly string[] = [
  "sunday",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
];

/** Dotted abbreviations of the months ("Jan.", "Sept."). */
export const MONTH_ABBREVIATIONS: readonly string[] = [
  "jan.",
  "feb.",
  "mar.",
  "apr.",
  "jun.",
  "jul.",
  "aug.",
  "sep.",
  "sept.",
  "oct.",
  "nov.",
  "dec.",
];
