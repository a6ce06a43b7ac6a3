// XML text helpers shared by the GraphML and GEXF modules: escaping, the XML 1.0 character
// rules, and parsing with the browser's DOMParser or @xmldom/xmldom outside a browser.
import { DOMParser as XmldomParser } from "@xmldom/xmldom";

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

/** Element text: & and < must go; > too, for "]]>"; CR as a reference or parsers turn it into LF. */
export function escapeText(value: string): string {
  return xmlSafe(value).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;");
}

/** Attribute value in double quotes: also ", and TAB/LF/CR, which attribute normalisation would turn into spaces. */
export function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, "&quot;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;");
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

/** Parses XML text, throwing `Error("<what>: not well-formed XML: ...")` on malformed input. */
export function parseXml(text: string, what: string): Document {
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
