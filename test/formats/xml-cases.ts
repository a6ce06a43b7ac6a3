// XML files the CLI (xmldom) and the browser (DOMParser) must accept or refuse alike: the one
// rule in src/formats/xml.ts. Shared by xml-rule.test.ts (Node) and browser.test.ts (Chromium).

const GRAPHML_OPEN = '<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">';
const GEXF_OPEN = '<?xml version="1.0"?><gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">';

/** yEd-style groups: a node holding a graph holding a node…, `levels` deep. */
function nestedGroups(levels: number): string {
  let open = "";
  let close = "";
  for (let i = 0; i < levels; i++) {
    open += `<node id="n${i}"><graph id="g${i}" edgedefault="directed">`;
    close = "</graph></node>" + close;
  }
  return `${GRAPHML_OPEN}<graph id="G" edgedefault="directed">${open}<node id="leaf"/>${close}</graph></graphml>`;
}

export interface XmlCase {
  name: string;
  text: string;
  fileName: string;
  /** the message importGraph must refuse it with (accepted when absent) */
  refused?: RegExp;
  /** the node count when accepted */
  nodes?: number;
  /** holds what no file can (a lone surrogate: UTF-8 has none), so only importGraph on a string sees it */
  stringOnly?: boolean;
}

export const XML_CASES: XmlCase[] = [
  {
    name: "internal-entity DOCTYPE",
    fileName: "entities.graphml",
    text: `<?xml version="1.0"?><!DOCTYPE graphml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>${GRAPHML_OPEN.slice(21)}<graph id="G" edgedefault="directed"><node id="&b;"/></graph></graphml>`,
    refused: /^GraphML: a DOCTYPE with an internal subset \(entity declarations\) is not accepted$/,
  },
  {
    name: "50k nested elements",
    fileName: "deep.gexf",
    text: `<gexf version="1.2"><graph>${"<x>".repeat(50000)}${"</x>".repeat(50000)}</graph></gexf>`,
    refused: /^GEXF: elements nested deeper than 256 levels are not accepted$/,
  },
  {
    name: "a DOCTYPE without internal subset",
    fileName: "doctype.graphml",
    text: `<?xml version="1.0"?><!DOCTYPE graphml>${GRAPHML_OPEN.slice(21)}<graph id="G" edgedefault="directed"><node id="a"/><node id="b"/></graph></graphml>`,
    nodes: 2,
  },
  { name: "nested groups 100 levels deep", fileName: "groups.graphml", text: nestedGroups(100), nodes: 101 },
  {
    name: "'>' inside attribute values",
    fileName: "gt.graphml",
    text: `${GRAPHML_OPEN}<graph id="G" edgedefault="directed"><node id="a>b"/><!-- <node id="c"> --><node id="c"/></graph></graphml>`,
    nodes: 2,
  },
  ...xmlCharacterCases(),
];

/** `value` inside a node's <data>, as element text (two nodes). */
function inGraphmlText(value: string, version = "1.0"): string {
  return `<?xml version="${version}"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="d" for="node" attr.name="label" attr.type="string"/><graph id="G" edgedefault="directed"><node id="a"><data key="d">x${value}y</data></node><node id="b"/></graph></graphml>`;
}
/** `value` inside a node id, an attribute value (two nodes). */
function inGraphmlId(value: string): string {
  return `${GRAPHML_OPEN}<graph id="G" edgedefault="directed"><node id="a${value}"/><node id="b"/></graph></graphml>`;
}
/** `value` inside a node label, an attribute value (one node). */
function inGexfLabel(value: string): string {
  return `${GEXF_OPEN}<graph defaultedgetype="directed"><nodes><node id="a" label="x${value}y"/></nodes></graph></gexf>`;
}
/** `value` inside <meta><title>, element text (one node). */
function inGexfTitle(value: string): string {
  return `${GEXF_OPEN}<meta><title>x${value}y</title></meta><graph defaultedgetype="directed"><nodes><node id="a"/></nodes></graph></gexf>`;
}

/** "line 1, column N", N where `token` first occurs in `text` (the files are one line). */
function at(text: string, token: string): string {
  const i = text.indexOf(token);
  if (i === -1) throw new Error(`no ${JSON.stringify(token)} in the case`);
  return `line 1, column ${i + 1}`;
}

function exactly(message: string): RegExp {
  return new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
}

/**
 * Characters XML 1.0 forbids (C0 controls but TAB, LF, CR; surrogates; U+FFFE, U+FFFF), raw or
 * as character references, in element text and attribute values, and references that are not
 * references. Chromium's DOMParser refuses them all and xmldom read them, so the CLI and the
 * worker took files the page refused. Refused now before any parser runs, with one message.
 */
function xmlCharacterCases(): XmlCase[] {
  const refusedAs = (
    name: string,
    fileName: string,
    text: string,
    token: string,
    reason: (where: string) => string,
    stringOnly = false,
  ): XmlCase => {
    const what = fileName.endsWith(".gexf") ? "GEXF" : "GraphML";
    return {
      name,
      fileName,
      text,
      refused: exactly(`${what}: not well-formed XML: ${reason(at(text, token))}`),
      ...(stringOnly ? { stringOnly } : {}),
    };
  };
  const ref = (name: string, fileName: string, make: (v: string) => string, reference: string, code: string) =>
    refusedAs(
      name,
      fileName,
      make(reference),
      reference,
      (where) => `${reference} (${where}) refers to ${code}, a character XML 1.0 does not allow`,
    );
  const raw = (name: string, fileName: string, make: (v: string) => string, char: string, stringOnly = false) => {
    const code = `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
    const what = /[\uD800-\uDFFF]/.test(char)
      ? "an unpaired surrogate, which XML 1.0 does not allow"
      : "a character XML 1.0 does not allow";
    return refusedAs(name, fileName, make(char), char, (where) => `${code} (${where}) is ${what}`, stringOnly);
  };
  const accepted = (name: string, fileName: string, text: string, nodes: number): XmlCase => ({
    name,
    fileName,
    text,
    nodes,
  });
  const comment = `${GRAPHML_OPEN}<graph id="G" edgedefault="directed"><!-- \u0001 --><node id="a"/></graph></graphml>`;
  return [
    ref("&#1; in element text (the audit's file)", "control-ref.graphml", inGraphmlText, "&#1;", "U+0001"),
    ref("&#0; in element text", "nul-ref.graphml", inGraphmlText, "&#0;", "U+0000"),
    ref("&#x1; in an attribute value", "control-ref-id.graphml", inGraphmlId, "&#x1;", "U+0001"),
    ref("&#x001F; in an attribute value", "control-ref-label.gexf", inGexfLabel, "&#x001F;", "U+001F"),
    ref("&#xFFFE; in an attribute value", "fffe-ref.gexf", inGexfLabel, "&#xFFFE;", "U+FFFE"),
    ref("&#xFFFF; in element text", "ffff-ref.gexf", inGexfTitle, "&#xFFFF;", "U+FFFF"),
    ref("&#xD800; (a surrogate) in element text", "surrogate-ref.graphml", inGraphmlText, "&#xD800;", "U+D800"),
    ref("&#57343; (a surrogate) in an attribute value", "surrogate-ref-id.graphml", inGraphmlId, "&#57343;", "U+DFFF"),
    refusedAs(
      "&#x110000; (beyond Unicode) in element text",
      "beyond.graphml",
      inGraphmlText("&#x110000;"),
      "&#x110000;",
      (where) => `&#x110000; (${where}) refers to no character (Unicode ends at U+10FFFF)`,
    ),
    raw("raw U+0001 in element text", "control.graphml", inGraphmlText, "\u0001"),
    raw("raw U+0000 in an attribute value", "nul.graphml", inGraphmlId, "\u0000"),
    raw("raw U+001B in an attribute value", "escape.gexf", inGexfLabel, "\u001B"),
    raw("raw U+FFFF in element text", "ffff.gexf", inGexfTitle, "\uFFFF"),
    raw("raw U+FFFE in an attribute value", "fffe.graphml", inGraphmlId, "\uFFFE"),
    raw("a raw lone surrogate in element text", "lone.graphml", inGraphmlText, "\uD800", true),
    raw("raw U+0001 in a comment", "comment.graphml", () => comment, "\u0001"),
    refusedAs(
      "raw U+0080 in an XML 1.1 file (1.1 allows it only as a reference)",
      "c1.graphml",
      inGraphmlText("\u0080", "1.1"),
      "\u0080",
      (where) => `U+0080 (${where}) is a character XML 1.1 allows only as a character reference`,
    ),
    refusedAs(
      "&#1; in an XML 1.1 file",
      "control-ref-11.graphml",
      inGraphmlText("&#1;", "1.1"),
      "&#1;",
      (where) => `&#1; (${where}) refers to U+0001, a character XML 1.0 does not allow`,
    ),
    refusedAs(
      "&#; in element text",
      "empty-ref.graphml",
      inGraphmlText("&#;"),
      "&#;",
      (where) => `a malformed character reference (${where}): write &#digits; or &#xhexdigits;`,
    ),
    refusedAs(
      "&#-1; in an attribute value",
      "negative-ref.graphml",
      inGraphmlId("&#-1;"),
      "&#-1;",
      (where) => `a malformed character reference (${where}): write &#digits; or &#xhexdigits;`,
    ),
    refusedAs(
      "a bare & in an attribute value",
      "ampersand.gexf",
      inGexfLabel(" & "),
      "&",
      (where) => `an "&" (${where}) that begins no reference: write a literal & as &amp;`,
    ),
    refusedAs(
      "&nbsp; (an HTML entity) in element text",
      "nbsp.graphml",
      inGraphmlText("&nbsp;"),
      "&nbsp;",
      (where) => `&nbsp; (${where}) is not defined: XML without a DTD knows only &lt; &gt; &amp; &apos; &quot;`,
    ),
    accepted(
      "references to characters XML 1.0 allows, in text and attribute values",
      "allowed-refs.graphml",
      inGraphmlText(
        "&#9;&#xA;&#13;&#x20;&#x7F;&#x85;&#x2028;&#xD7FF;&#xE000;&#xFFFD;&#x10000;&#x10FFFF;&#65;&#x0041;&lt;&gt;&amp;&apos;&quot;",
      ).replace('id="b"', 'id="b&#9;&#x85;&#x1F600;&amp;"'),
      2,
    ),
    accepted(
      "raw characters XML 1.0 allows (DEL, NEL, C1, U+FFFD, an astral pair, TAB)",
      "allowed-raw.graphml",
      inGraphmlText("\u007F\u0085\u0080\u009F\u2028\uFFFD\uD83D\uDE00\t"),
      2,
    ),
    accepted(
      "&#1; and a bare & inside a comment and CDATA (text there, not references)",
      "literal.graphml",
      inGraphmlText("<![CDATA[&#1; & &#xFFFE;]]>").replace('<node id="b"/>', '<!-- &#1; & --><node id="b"/>'),
      2,
    ),
    accepted("NEL raw in an XML 1.1 file (a line end there)", "nel-11.graphml", inGraphmlText("\u0085", "1.1"), 2),
  ];
}

/** What importGraph makes of a case: the node count or the error message. */
export type XmlOutcome = { nodes: number } | { error: string };
