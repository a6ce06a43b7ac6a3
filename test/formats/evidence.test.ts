// Evidence points into source.text: GRAPH.json stores offsets only (at most 3× the article on
// large inputs), readers accept every older shape, offsets are checked on import with the node
// named, and the XML formats spell the sentence out for other tools.
import { describe, expect, it } from "vitest";
import { exportGraph, importGraph } from "../../src/formats/index";
import { evidenceSentence } from "../../src/schema/index";
import { graphFromJSON, graphToJSONText, type NewsGraph } from "../../src/schema/model";
import { realisticGraph } from "./fixtures";
import { runPython } from "./python";

const TEXT = "Putin met Witkoff in Moscow. Trump called Zelensky.";

function graphJSON(evidence: unknown[]): string {
  return JSON.stringify({
    attributes: {
      title: "t",
      source: { name: "a.txt", sha256: "0".repeat(64), text: TEXT },
      generator: { name: "newsgraph", version: "0" },
    },
    nodes: [
      { key: "person:putin", attributes: { label: "Putin", type: "person", aliases: [], mentions: 1, evidence } },
    ],
    edges: [],
  });
}

/** The seed graph as if built from its article repeated `times` times: what a large input gives. */
function repeated(graph: NewsGraph, times: number): NewsGraph {
  const data = graph.export();
  const text = data.attributes!.source.text;
  const shift = (list: { start: number; end: number; sentenceStart: number; sentenceEnd: number }[]) =>
    Array.from({ length: times }, (_, k) =>
      list.map((e) => ({
        start: e.start + k * text.length,
        end: e.end + k * text.length,
        sentenceStart: e.sentenceStart + k * text.length,
        sentenceEnd: e.sentenceEnd + k * text.length,
      })),
    ).flat();
  data.attributes!.source.text = text.repeat(times);
  for (const n of data.nodes) n.attributes!.evidence = shift(n.attributes!.evidence);
  for (const e of data.edges) e.attributes!.evidence = shift(e.attributes!.evidence);
  return graphFromJSON(data);
}

describe("evidence in GRAPH.json", () => {
  it("is offsets only, one line per list, and reads back as Evidence objects", () => {
    const graph = realisticGraph();
    const text = graphToJSONText(graph);
    expect(text).not.toContain('"sentence"');
    expect(text).toMatch(/\n {4}"evidence": \[\[\d+,\d+,\d+,\d+\](,\[\d+,\d+,\d+,\d+\])*\],?\n/);
    expect(importGraph(text, "g.json").export()).toEqual(graph.export());
    const [first] = graph.getNodeAttribute(graph.nodes()[0], "evidence");
    expect(Object.keys(first)).toEqual(["start", "end", "sentenceStart", "sentenceEnd"]);
  });

  it("stays under 3× the article's size on a large input (the seed article's graph, 300 times over: 1.2 MB)", () => {
    const big = repeated(realisticGraph(), 300);
    const articleBytes = new TextEncoder().encode(big.getAttribute("source").text).length;
    const jsonBytes = new TextEncoder().encode(graphToJSONText(big)).length;
    expect(jsonBytes / articleBytes).toBeLessThan(3);
    expect(jsonBytes / articleBytes).toBeGreaterThan(1); // it does hold the text and the evidence
  });

  it("gives each item's sentence through the one accessor", () => {
    const graph = importGraph(graphJSON([[29, 34, 29, 51]]), "g.json");
    const [ev] = graph.getNodeAttribute("person:putin", "evidence");
    expect(evidenceSentence(graph.getAttribute("source").text, ev)).toBe("Trump called Zelensky.");
  });
});

describe("readers accept the older shapes", () => {
  it("objects with sentenceEnd, and objects with the sentence itself", () => {
    const want = [{ start: 0, end: 5, sentenceStart: 0, sentenceEnd: 28 }];
    expect(
      importGraph(graphJSON([{ start: 0, end: 5, sentenceStart: 0, sentenceEnd: 28 }]), "g.json").getNodeAttribute(
        "person:putin",
        "evidence",
      ),
    ).toEqual(want);
    const old = [{ start: 0, end: 5, sentence: "Putin met Witkoff in Moscow.", sentenceStart: 0 }];
    expect(importGraph(graphJSON(old), "g.json").getNodeAttribute("person:putin", "evidence")).toEqual(want);
    expect(graphFromJSON(JSON.parse(graphJSON(old))).getNodeAttribute("person:putin", "evidence")).toEqual(want);
  });
});

describe("offsets are checked against the text on import", () => {
  const cases: [string, unknown, RegExp][] = [
    [
      "reversed mention",
      [9, 3, 0, 28],
      /node "person:putin": evidence 1 does not fit the source text: its mention's offsets are reversed \(9 > 3\)/,
    ],
    ["reversed sentence", [0, 5, 28, 0], /node "person:putin": evidence 1 .*sentence's offsets are reversed/],
    [
      "past the end",
      [0, 5, 29, 900],
      /node "person:putin": evidence 1 .*reaches offset 900, past the end of the text \(51 characters\)/,
    ],
    [
      "a sentence that is not the text's",
      { start: 0, end: 5, sentence: "Someone else.", sentenceStart: 0 },
      /node "person:putin": evidence 1 .*its sentence is not the source text at offset 0/,
    ],
    [
      "not evidence at all",
      { at: 3 },
      /node "person:putin": evidence 1 .*not \{start, end, sentenceStart, sentenceEnd\}/,
    ],
  ];
  for (const [name, item, message] of cases) {
    it(`${name}: refused by JSON, GraphML and GEXF import, and by graphFromJSON`, () => {
      const json = graphJSON([[0, 5, 0, 28], item]).replace("evidence 1", "");
      const want = new RegExp(message.source.replace("evidence 1", "evidence 2"));
      expect(() => importGraph(json, "g.json")).toThrow(want);
      expect(() => graphFromJSON(JSON.parse(json))).toThrow(want);
      // the same graph through the XML formats: written from a valid graph, then the item swapped in
      const valid = importGraph(
        graphJSON([
          [0, 5, 0, 28],
          [0, 5, 0, 28],
        ]),
        "g.json",
      );
      for (const format of ["graphml", "gexf"] as const) {
        const xml = exportGraph(valid, format);
        const itemJson = JSON.stringify(
          Array.isArray(item) ? { start: item[0], end: item[1], sentenceStart: item[2], sentenceEnd: item[3] } : item,
        );
        const swapped = xml.replace(
          /(\[\{[^\]]*?\}),\{[^\]]*?\}\]/,
          (_m, first) => `${first},${itemJson.replace(/"/g, format === "gexf" ? "&quot;" : '"')}]`,
        );
        expect(swapped, format).not.toBe(xml);
        expect(() => importGraph(swapped, `g.${format}`), format).toThrow(want);
      }
    });
  }
});

describe("the XML formats spell each sentence out for other tools", () => {
  it("NetworkX sees the sentence in GraphML and GEXF evidence", () => {
    const graph = importGraph(graphJSON([[29, 34, 29, 51]]), "g.json");
    for (const format of ["graphml", "gexf"] as const) {
      const sentences = runPython<string[]>(
        `import networkx as nx, json, sys, io
g = (nx.read_graphml if sys.argv[2] == "graphml" else nx.read_gexf)(io.BytesIO(sys.argv[1].encode()))
print(json.dumps([e["sentence"] for e in json.loads(g.nodes["person:putin"]["evidence"])]))`,
        exportGraph(graph, format),
        format,
      );
      expect(sentences, format).toEqual(["Trump called Zelensky."]);
    }
  });
});
