// XML files the CLI (xmldom) and the browser (DOMParser) must accept or refuse alike: the one
// rule in src/formats/xml.ts. Shared by xml-rule.test.ts (Node) and browser.test.ts (Chromium).

const GRAPHML_OPEN = '<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">';

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

export const XML_CASES: { name: string; text: string; fileName: string; refused?: RegExp; nodes?: number }[] = [
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
];

/** What importGraph makes of a case: the node count or the error message. */
export type XmlOutcome = { nodes: number } | { error: string };
