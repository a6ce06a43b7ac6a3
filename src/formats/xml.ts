// XML text helpers shared by the GraphML and GEXF modules: escaping, the XML 1.0 character
// rules, and parsing with the browser's DOMParser or @xmldom/xmldom outside a browser.
import { DOMParser as XmldomParser } from "@xmldom/xmldom";
import { checkGraphElements, checkXmlElements } from "../input/limits";
import { xmlSafe } from "./xml-escape";

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
 * src/input/limits.ts accepts (the parser's DOM is what costs memory). One linear pass.
 */
export function checkXmlShape(
  text: string,
  what: string,
  limits: { graphElements?: number; xmlElements?: number } = {},
): void {
  let depth = 0;
  let elements = 0;
  let nodesAndEdges = 0;
  let i = text.indexOf("<");
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
      if (text[end - 2] !== "/" && ++depth > MAX_XML_DEPTH) {
        throw new Error(`${what}: elements nested deeper than ${MAX_XML_DEPTH} levels are not accepted`);
      }
      elements++;
      TAG_NAME.lastIndex = i + 1;
      const local = TAG_NAME.exec(text)?.[1];
      if (local === "node" || local === "edge") nodesAndEdges++;
      i = end;
    }
    i = text.indexOf("<", i);
  }
  try {
    checkGraphElements(nodesAndEdges, limits.graphElements);
    checkXmlElements(elements, limits.xmlElements);
  } catch (e) {
    throw new Error(`${what}: ${(e as Error).message}`);
  }
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
