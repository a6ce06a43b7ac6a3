// XML-safe text for SVG: removal of what XML 1.0 cannot hold at all, then the one escaper.
import { escapeAttribute } from "../formats/xml-escape";

/** Characters XML 1.0 forbids (C0 controls but tab/newlines, lone surrogates, U+FFFE/F) and C1 controls. */
const FORBIDDEN = /[^\t\n\r\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** A one-line label: forbidden and control characters dropped, whitespace runs collapsed. */
export function cleanText(text: string): string {
  return text
    .replace(FORBIDDEN, "")
    .replace(/[\t\n\r ]+/g, " ")
    .trim();
}

/** Escapes text for XML content and (double- or single-quoted) attribute values: the one escaper, after dropping what a picture cannot show. */
export function escapeXml(text: string): string {
  return escapeAttribute(text.replace(FORBIDDEN, ""));
}

/** Shortens to `max` code points (never splitting a surrogate pair), ending with an ellipsis. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max
    ? text
    : chars
        .slice(0, max - 1)
        .join("")
        .trimEnd() + "…";
}

/** A number for an SVG attribute: one decimal, no "-0", no exponent. */
export function num(value: number): string {
  const r = Math.round(value * 10) / 10;
  return r === 0 ? "0" : String(r);
}

const HEX_COLOR = /^#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/;

/** `color` when it is a plain hex colour, else `fallback`: colours read from files must not inject markup. */
export function safeColor(color: unknown, fallback: string): string {
  return typeof color === "string" && HEX_COLOR.test(color) ? color : fallback;
}
