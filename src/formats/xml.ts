// XML text helpers shared by the GraphML and GEXF modules: escaping, the XML 1.0 character
// rules, and parsing with the browser's DOMParser or @xmldom/xmldom outside a browser.
import { DOMParser as XmldomParser } from "@xmldom/xmldom";
import { checkGraphElements, checkXmlElements } from "../input/limits";
import { firstXmlForbidden, isXmlChar, xmlSafe } from "./xml-escape";

export { escapeAttribute, escapeText, protectLineEnds, xmlSafe } from "./xml-escape";

/**
 * JSON text that XML 1.0 can carry exactly: JSON.stringify already escapes control characters
 * and lone surrogates; U+FFFE and U+FFFF, which XML forbids and JSON leaves raw, become \\u escapes.
 */
export function jsonForXml(value: unknown): string {
  return JSON.stringify(value).replace(/[\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

/**
 * Attribute holding, as JSON, the exact value of every string attribute whose plain XML value
 * had to change (characters XML 1.0 forbids become U+FFFD there, for other tools to read).
 */
export const EXACT_ATTRIBUTE = "newsgraph.exact";

type Attributes = Record<string, unknown>;

/** The attributes plus EXACT_ATTRIBUTE when some string value would not survive XML as it is. */
export function withExactStrings(
  attributes: Attributes,
  survives: (value: string) => boolean = (v) => xmlSafe(v) === v,
): Attributes {
  const exact: Attributes = {};
  let any = false;
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value === "string" && !survives(value)) {
      setOwn(exact, name, value);
      any = true;
    }
  }
  return any ? { ...attributes, [EXACT_ATTRIBUTE]: exact } : attributes;
}

/** Puts the exact strings back (in place) and drops the bookkeeping attribute. */
export function restoreExactStrings(attributes: Attributes): Attributes {
  const exact = attributes[EXACT_ATTRIBUTE];
  delete attributes[EXACT_ATTRIBUTE];
  if (exact && typeof exact === "object" && !Array.isArray(exact)) {
    for (const [name, value] of Object.entries(exact)) setOwn(attributes, name, value);
  }
  return attributes;
}

/** obj[name] = value as an own data property, even for "__proto__": names read from files are data. */
export function setOwn(obj: Attributes, name: string, value: unknown): void {
  Object.defineProperty(obj, name, { value, writable: true, enumerable: true, configurable: true });
}

/** xs:NMTOKEN, kept to ASCII name characters so every reader agrees. */
const NMTOKEN = /^[A-Za-z0-9._:-]+$/;

export function isNmtoken(value: string): boolean {
  return NMTOKEN.test(value);
}

/** A readable NMTOKEN for any string: unsafe characters become "_". */
export function toNmtoken(value: string): string {
  const token = value.replace(/[^A-Za-z0-9._:-]/gu, "_");
  return token.length > 0 ? token : "_";
}

type DomParserConstructor = new () => { parseFromString(text: string, type: string): Document };

/** The DOMParser and Document classes to use: the browser's when present, xmldom's otherwise. */
export function domImplementation(): { DOMParser: DomParserConstructor; Document: unknown } {
  const g = globalThis as { DOMParser?: DomParserConstructor; Document?: unknown };
  if (g.DOMParser && g.Document) return { DOMParser: g.DOMParser, Document: g.Document };
  const Quiet = class extends XmldomParser {
    constructor() {
      // Fatal errors still throw; warnings and recoverable errors stay off the console.
      super({ onError: (level: string, message: string) => void quietError(level, message) });
    }
  };
  const document = new XmldomParser().parseFromString("<t/>", "application/xml");
  return { DOMParser: Quiet as unknown as DomParserConstructor, Document: document.constructor };
}

function quietError(level: string, message: string): void {
  if (level === "fatalError" || level === "error") throw new Error(message.split("\n")[0].trim());
}

/** Deeper than this no graph file goes (yEd's nested groups stay far below); parsers differ beyond. */
export const MAX_XML_DEPTH = 256;

/**
 * The one rule for which XML files we open, checked before any parser sees the text so that the
 * CLI (xmldom) and the browser (DOMParser) accept and refuse the same files: no DOCTYPE with an
 * internal subset (entity declarations expand text, and parsers disagree on them), no element
 * nesting deeper than MAX_XML_DEPTH, and no more nodes and edges, or elements, than
 * src/input/limits.ts accepts (the parser's DOM is what costs memory). And the characters: none
 * that XML 1.0 forbids, raw anywhere or as a character reference in text or an attribute value,
 * and every "&" there begins a reference a parser without a DTD reads (Chromium refuses all of
 * these; xmldom read them). What our writers write passes: they never write such characters
 * (xml-escape.ts). One linear pass, and one search for the forbidden characters.
 */
export function checkXmlShape(
  text: string,
  what: string,
  limits: { graphElements?: number; xmlElements?: number } = {},
): void {
  checkCharacters(text, what);
  const checkReferences = referenceChecker(text, what);
  let depth = 0;
  let elements = 0;
  let nodesAndEdges = 0;
  let i = text.indexOf("<");
  checkReferences(0, i === -1 ? text.length : i);
  while (i !== -1) {
    if (text.startsWith("<!--", i)) i = after(text, "-->", i);
    else if (text.startsWith("<![CDATA[", i)) i = after(text, "]]>", i);
    else if (text.startsWith("<?", i)) i = after(text, "?>", i);
    else if (text.startsWith("<!", i)) {
      const end = after(text, ">", i);
      if (text.slice(i, end).includes("[")) {
        throw new Error(`${what}: a DOCTYPE with an internal subset (entity declarations) is not accepted`);
      }
      i = end;
    } else if (text[i + 1] === "/") {
      depth--;
      i = after(text, ">", i);
    } else {
      const end = tagEnd(text, i);
      checkReferences(i, end);
      if (text[end - 2] !== "/" && ++depth > MAX_XML_DEPTH) {
        throw new Error(`${what}: elements nested deeper than ${MAX_XML_DEPTH} levels are not accepted`);
      }
      elements++;
      TAG_NAME.lastIndex = i + 1;
      const local = TAG_NAME.exec(text)?.[1];
      if (local === "node" || local === "edge") nodesAndEdges++;
      i = end;
    }
    const next = text.indexOf("<", i);
    checkReferences(i, next === -1 ? text.length : next);
    i = next;
  }
  try {
    checkGraphElements(nodesAndEdges, limits.graphElements);
    checkXmlElements(elements, limits.xmlElements);
  } catch (e) {
    throw new Error(`${what}: ${(e as Error).message}`);
  }
}

function notWellFormed(what: string, detail: string): Error {
  return new Error(`${what}: not well-formed XML: ${detail}`);
}

/** "line 3, column 17" for a UTF-16 index (columns in UTF-16 units, from 1); only ever computed for a message. */
function where(text: string, index: number): string {
  let line = 1;
  let lineStart = 0;
  for (let nl = text.indexOf("\n"); nl !== -1 && nl < index; nl = text.indexOf("\n", nl + 1)) {
    line++;
    lineStart = nl + 1;
  }
  return `line ${line}, column ${index - lineStart + 1}`;
}

const codePoint = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;

/** An XML declaration saying version 1.1 (anchored: only the text's start is looked at). */
const XML_11 = /^\uFEFF?<\?xml[\t\n\r ]+version[\t\n\r ]*=[\t\n\r ]*(["'])1\.1\1/;

/** DEL and the C1 controls but NEL: XML 1.1 allows them only as character references, and browsers reading 1.1 refuse them raw. */
const XML_11_RESTRICTED = /[\u007F-\u0084\u0086-\u009F]/;

/** No character XML 1.0 forbids, anywhere (comments, CDATA and the prolog too); in an XML 1.1 file, none raw that 1.1 restricts. */
function checkCharacters(text: string, what: string): void {
  const forbidden = firstXmlForbidden(text);
  if (forbidden !== -1) {
    const code = text.charCodeAt(forbidden);
    const kind =
      code >= 0xd800 && code <= 0xdfff
        ? "an unpaired surrogate, which XML 1.0 does not allow"
        : "a character XML 1.0 does not allow";
    throw notWellFormed(what, `${codePoint(code)} (${where(text, forbidden)}) is ${kind}`);
  }
  if (XML_11.test(text)) {
    const restricted = text.search(XML_11_RESTRICTED);
    if (restricted !== -1) {
      throw notWellFormed(
        what,
        `${codePoint(text.charCodeAt(restricted))} (${where(text, restricted)}) is a character XML 1.1 allows only as a character reference`,
      );
    }
  }
}

/**
 * Checks every "&" in the stretches of element text and start tags it is given, in document
 * order: the search for the next "&" only moves forward, so the whole file costs one pass
 * (those in comments, CDATA and PIs, which are text there, fall between stretches).
 */
function referenceChecker(text: string, what: string): (from: number, to: number) => void {
  let amp = text.indexOf("&");
  return (from, to) => {
    if (amp !== -1 && amp < from) amp = text.indexOf("&", from);
    while (amp !== -1 && amp < to) amp = text.indexOf("&", checkReference(text, amp, what));
  };
}

/** The five entities XML defines without a DTD (and the files we read have none: see above). */
const PREDEFINED_ENTITIES = ["amp;", "quot;", "lt;", "gt;", "apos;"];
const ENTITY_NAME = /[A-Za-z_:][\w.:-]*/y;

/** The reference at `at` (an "&"): just past it when it is one a parser reads to a character XML 1.0 allows, else throws. */
function checkReference(text: string, at: number, what: string): number {
  if (text[at + 1] !== "#") {
    for (const entity of PREDEFINED_ENTITIES) if (text.startsWith(entity, at + 1)) return at + 1 + entity.length;
    ENTITY_NAME.lastIndex = at + 1;
    const name = ENTITY_NAME.exec(text)?.[0];
    if (name && text[at + 1 + name.length] === ";") {
      const shown = name.length > 20 ? `${name.slice(0, 20)}…` : name;
      throw notWellFormed(
        what,
        `&${shown}; (${where(text, at)}) is not defined: XML without a DTD knows only &lt; &gt; &amp; &apos; &quot;`,
      );
    }
    throw notWellFormed(what, `an "&" (${where(text, at)}) that begins no reference: write a literal & as &amp;`);
  }
  const hex = text[at + 2] === "x";
  const start = at + (hex ? 3 : 2);
  let end = start;
  let code = 0;
  for (let digit; (digit = digitValue(text.charCodeAt(end), hex)) >= 0; end++) {
    code = Math.min(code * (hex ? 16 : 10) + digit, 0x110000);
  }
  if (end === start || text[end] !== ";") {
    throw notWellFormed(what, `a malformed character reference (${where(text, at)}): write &#digits; or &#xhexdigits;`);
  }
  const reference = end - at <= 20 ? text.slice(at, end + 1) : `${text.slice(at, at + 16)}…;`;
  if (code > 0x10ffff) {
    throw notWellFormed(what, `${reference} (${where(text, at)}) refers to no character (Unicode ends at U+10FFFF)`);
  }
  if (!isXmlChar(code)) {
    throw notWellFormed(
      what,
      `${reference} (${where(text, at)}) refers to ${codePoint(code)}, a character XML 1.0 does not allow`,
    );
  }
  return end + 1;
}

/** A digit's value (0-9, and a-f A-F when `hex`), or -1; NaN (past the text's end) is -1. */
function digitValue(c: number, hex: boolean): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (hex) {
    const lower = c | 0x20;
    if (lower >= 0x61 && lower <= 0x66) return lower - 0x61 + 10;
  }
  return -1;
}

/** A start tag's local name (after any prefix), read just past its "<". */
const TAG_NAME = /(?:[^\s/>:]*:)?([^\s/>:]*)/y;

/** The index just past `token` from `from`, or the text's end. */
function after(text: string, token: string, from: number): number {
  const at = text.indexOf(token, from);
  return at === -1 ? text.length : at + token.length;
}

/** Just past the ">" closing the start tag at `from`; attribute values may hold ">". */
function tagEnd(text: string, from: number): number {
  let quote = "";
  for (let i = from + 1; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ">") return i + 1;
  }
  return text.length;
}

/** Parses XML text, throwing `Error("<what>: not well-formed XML: ...")` on malformed input. */
export function parseXml(text: string, what: string): Document {
  checkXmlShape(text, what);
  const { DOMParser } = domImplementation();
  let doc: Document;
  try {
    doc = new DOMParser().parseFromString(text, "application/xml");
  } catch (e) {
    throw new Error(`${what}: not well-formed XML: ${(e as Error).message.split("\n")[0].trim()}`);
  }
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error || !doc.documentElement) {
    const detail = (error?.textContent ?? "no root element").split("\n").find((l) => l.trim()) ?? "";
    throw new Error(`${what}: not well-formed XML: ${detail.trim()}`);
  }
  return doc;
}

/** Element children of `parent` with the given local name (namespace-agnostic). */
export function childElements(parent: Element, localName?: string): Element[] {
  const out: Element[] = [];
  const nodes = parent.childNodes;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as Element;
    if (node.nodeType !== 1) continue;
    if (localName === undefined || localNameOf(node) === localName) out.push(node);
  }
  return out;
}

export function localNameOf(element: Element): string {
  return element.localName ?? element.nodeName.replace(/^.*:/, "");
}
