// The element limits of src/input/limits.ts (nodes and edges of any graph file, elements of an
// XML one), checked with small explicit limits; test/cli/safety.test.ts runs the real ones.
import { describe, expect, it } from "vitest";
import { checkXmlShape } from "../../src/formats/xml";
import { checkGraphElements, checkXmlElements, MAX_GRAPH_ELEMENTS, MAX_XML_ELEMENTS } from "../../src/input/limits";

const graphml = (nodes: number, dataPerNode = 0) =>
  `<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed">` +
  Array.from(
    { length: nodes },
    (_, i) => `<node id="n${i}">${'<data key="d0">x</data>'.repeat(dataPerNode)}</node>`,
  ).join("") +
  (nodes > 1 ? `<edge source="n0" target="n1"/>` : "") +
  `</graph></graphml>`;

describe("element limits", () => {
  it("refuses more nodes and edges than the limit, naming it", () => {
    expect(() => checkGraphElements(10, 10)).not.toThrow();
    expect(() => checkGraphElements(12_345, 10)).toThrow(
      "the graph has 12,345 nodes and edges; graphs up to 10 nodes and edges are accepted",
    );
    expect(() => checkGraphElements(MAX_GRAPH_ELEMENTS)).not.toThrow();
    expect(() => checkGraphElements(MAX_GRAPH_ELEMENTS + 1)).toThrow(
      /graphs up to [\d,]+ nodes and edges are accepted/,
    );
  });

  it("refuses XML with more elements than the limit, naming it", () => {
    expect(() => checkXmlElements(10, 10)).not.toThrow();
    expect(() => checkXmlElements(11, 10)).toThrow(
      "the file has 11 XML elements; graph files up to 10 XML elements are accepted",
    );
    expect(() => checkXmlElements(MAX_XML_ELEMENTS + 1)).toThrow(/up to [\d,]+ XML elements are accepted/);
  });

  it("counts an XML file's nodes and edges, with or without a prefix, before it is parsed", () => {
    const text = graphml(3); // 3 nodes, 1 edge; 6 elements in all
    expect(() => checkXmlShape(text, "GraphML", { graphElements: 4, xmlElements: 6 })).not.toThrow();
    expect(() => checkXmlShape(text, "GraphML", { graphElements: 3 })).toThrow(
      "GraphML: the graph has 4 nodes and edges; graphs up to 3 nodes and edges are accepted",
    );
    expect(() => checkXmlShape(text.replace(/<(\/?)(node|edge)\b/g, "<$1g:$2"), "GEXF", { graphElements: 3 })).toThrow(
      "GEXF: the graph has 4 nodes and edges",
    );
    // <nodes> and <edges> (GEXF's lists) are not nodes and edges
    expect(() =>
      checkXmlShape("<gexf><graph><nodes/><edges/></graph></gexf>", "GEXF", { graphElements: 0 }),
    ).not.toThrow();
  });

  it("counts every element of an XML file, data included", () => {
    const text = graphml(2, 5); // graphml, graph, 2 nodes with 5 data each, 1 edge: 15
    expect(() => checkXmlShape(text, "GraphML", { xmlElements: 15 })).not.toThrow();
    expect(() => checkXmlShape(text, "GraphML", { xmlElements: 14 })).toThrow(
      "GraphML: the file has 15 XML elements; graph files up to 14 XML elements are accepted",
    );
  });
});
