// The one XML escaper (GraphML, GEXF, SVG, HTML attributes built as XML): what XML 1.0 cannot
// hold is replaced, markup characters become references, and so do the characters parsers
// would silently change (CR, TAB/LF in attributes, NEL and the Unicode line separators).
// No dependencies: the SVG renderer uses it in the browser too.

/**
 * XML 1.0 allows only TAB, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and astral characters (as
 * surrogate pairs). Every other code unit (C0 controls, lone surrogates, U+FFFE/U+FFFF) becomes
 * U+FFFD: one UTF-16 unit for one, so evidence offsets into a sanitised text stay right.
 */
const NON_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const XML_FORBIDDEN = new RegExp(`${NON_CHARACTERS.source}|${LONE_SURROGATE.source}`, "g");

export function xmlSafe(value: string): string {
  return value.replace(XML_FORBIDDEN, "\uFFFD");
}

/**
 * Where the first code unit XML 1.0 cannot hold is in `text` (what xmlSafe replaces), or -1.
 * Linear: one search for the controls and non-characters, and String#isWellFormed (native,
 * ~0.6 ns a unit) for lone surrogates, which the lookaround search (~4 ns a unit on text with
 * any non-Latin-1 character) then only locates.
 */
export function firstXmlForbidden(text: string): number {
  const control = text.search(NON_CHARACTERS);
  const wellFormed = (text as { isWellFormed?(): boolean }).isWellFormed?.() === true;
  const lone = wellFormed ? -1 : text.search(LONE_SURROGATE);
  return control === -1 ? lone : lone === -1 ? control : Math.min(control, lone);
}

/** Whether a code point is a character XML 1.0 allows (the Char production): what a character reference may name. */
export function isXmlChar(code: number): boolean {
  return code >= 0x20
    ? code <= 0xd7ff || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff)
    : code === 0x9 || code === 0xa || code === 0xd;
}

/**
 * NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR: XML 1.1 line ends, which some parsers (xmldom)
 * turn into LF even in an XML 1.0 document. As character references every parser keeps them.
 */
const LINE_END_LOOKALIKES = /[\u0085\u2028\u2029]/g;

/** Writes NEL, U+2028 and U+2029 as character references; safe on a whole document (they never occur in markup). */
export function protectLineEnds(xml: string): string {
  return xml.replace(LINE_END_LOOKALIKES, (c) => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`);
}

/** Element text: & and < must go; > too, for "]]>"; CR as a reference or parsers turn it into LF. */
export function escapeText(value: string): string {
  return protectLineEnds(
    xmlSafe(value).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;"),
  );
}

/**
 * Attribute value, in double or single quotes: also " and ', and TAB/LF/CR, which attribute
 * normalisation would turn into spaces.
 */
export function escapeAttribute(value: string): string {
  return escapeText(value)
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;");
}
