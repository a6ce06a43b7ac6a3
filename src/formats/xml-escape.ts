// The one XML escaper (GraphML, GEXF, SVG, HTML attributes built as XML): what XML 1.0 cannot
// hold is replaced, markup characters become references, and so do the characters parsers
// would silently change (CR, TAB/LF in attributes, NEL and the Unicode line separators).
// No dependencies: the SVG renderer uses it in the browser too.

/**
 * XML 1.0 allows only TAB, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and astral characters (as
 * surrogate pairs). Every other code unit (C0 controls, lone surrogates, U+FFFE/U+FFFF) becomes
 * U+FFFD: one UTF-16 unit for one, so evidence offsets into a sanitised text stay right.
 */
const XML_FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(value: string): string {
  return value.replace(XML_FORBIDDEN, "\uFFFD");
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
