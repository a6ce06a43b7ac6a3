// Nothing lost: graphs holding random Unicode text (every character an article can hold,
// including what XML 1.0 forbids or treats as a line end) come back exactly from every format
// we read: JSON -> GraphML -> JSON and JSON -> GEXF -> JSON, keys, labels, aliases, evidence
// and the source text included.
import { describe, expect, it } from "vitest";
import { exportGraph, importGraph } from "../../src/formats/index";
import type { Evidence } from "../../src/schema/graph";
import { createNewsGraph, type NewsGraph } from "../../src/schema/model";
import { randomText, seededRandom } from "./unicode";

const CASES = 60;

function evidenceIn(text: string, random: () => number): Evidence {
  const sentenceStart = Math.floor(random() * text.length);
  const sentenceEnd = sentenceStart + Math.floor(random() * (text.length - sentenceStart + 1));
  const start = sentenceStart + Math.floor(random() * (sentenceEnd - sentenceStart + 1));
  const end = start + Math.floor(random() * (sentenceEnd - start + 1));
  return { start, end, sentenceStart, sentenceEnd };
}

/** A graph whose every string comes from the generator; keys include the object-property names. */
function randomGraph(seed: number): NewsGraph {
  const random = seededRandom(seed);
  const text = randomText(random, 400);
  const g = createNewsGraph();
  g.replaceAttributes({
    title: randomText(random, 40),
    source: { name: randomText(random, 20), sha256: "0".repeat(64), text },
    generator: { name: "newsgraph", version: "0.1.0" },
  });
  const keys = ["__proto__", "constructor", "toString", ...Array.from({ length: 5 }, () => randomText(random, 12))];
  const unique = [...new Set(keys)];
  unique.forEach((key, i) => {
    g.addNode(key, {
      label: "L" + randomText(random, 30),
      type: i % 2 ? "person" : "event",
      aliases: [randomText(random, 20), randomText(random, 5)],
      mentions: i,
      evidence: [evidenceIn(text, random), evidenceIn(text, random)],
      role: randomText(random, 15),
      ...(i % 2 ? {} : { kind: "meeting" as const, cameo: "043", date: randomText(random, 10) }),
    });
  });
  for (let i = 1; i < unique.length; i++) {
    g.addDirectedEdgeWithKey(i === 1 ? "__proto__" : randomText(random, 10) + i, unique[i - 1], unique[i], {
      label: "R" + randomText(random, 20),
      kind: "relation",
      evidence: [evidenceIn(text, random)],
      mentions: 1,
    });
  }
  return g;
}

describe("every format round-trips random Unicode exactly", () => {
  for (const format of ["graphml", "gexf"] as const) {
    it(`JSON -> ${format} -> JSON over ${CASES} random graphs`, () => {
      for (let seed = 1; seed <= CASES; seed++) {
        const graph = importGraph(exportGraph(randomGraph(seed), "json"), "graph.json");
        const back = importGraph(exportGraph(graph, format), `graph.${format}`);
        expect(exportGraph(back, "json"), `seed ${seed}`).toBe(exportGraph(graph, "json"));
      }
    });
  }

  it("the generator does produce the characters that used to be lost", () => {
    const all = Array.from({ length: CASES }, (_, i) => exportGraph(randomGraph(i + 1), "json")).join("");
    for (const c of ["\u2028", "\u2029", "\u0085", "\\u0000", "\\ud800", "\uFFFE"]) expect(all).toContain(c);
  });

  it("an article with U+2028 and NEL keeps its text and every evidence item through GraphML and GEXF", () => {
    const text = "Putin met Witkoff.\u2028Trump called Zelensky.\u0085 Then\u2029 they talked.";
    const g = createNewsGraph();
    g.replaceAttributes({
      title: "t",
      source: { name: "a.txt", sha256: "0".repeat(64), text },
      generator: { name: "newsgraph", version: "0" },
    });
    const evidence = [0, 19, 43].map((s) => ({ start: s, end: s + 4, sentenceStart: s, sentenceEnd: s + 18 }));
    g.addNode("person:putin", { label: "Putin", type: "person", aliases: [], mentions: 3, evidence });
    for (const format of ["graphml", "gexf"] as const) {
      const back = importGraph(exportGraph(g, format), `a.${format}`);
      expect(back.getAttribute("source").text, format).toBe(text);
      expect(back.getNodeAttribute("person:putin", "evidence"), format).toEqual(evidence);
    }
  });
});

describe("keys and attribute names are data, never object properties", () => {
  it("a GraphML file with nodes and attributes named __proto__ and constructor reads back as data", () => {
    const text = `<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">
      <key id="p" for="node" attr.name="__proto__" attr.type="string"/>
      <key id="c" for="node" attr.name="constructor" attr.type="int"><default>7</default></key>
      <graph id="G" edgedefault="directed">
        <node id="__proto__"><data key="p">polluted?</data></node>
        <node id="constructor"/>
        <edge id="toString" source="__proto__" target="constructor"/>
      </graph></graphml>`;
    const graph = importGraph(text, "proto.graphml");
    expect(graph.nodes()).toEqual(["__proto__", "constructor"]);
    const attributes = graph.getNodeAttributes("__proto__");
    expect(Object.getPrototypeOf(attributes)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(attributes, "__proto__")?.value).toBe("polluted?");
    expect(Object.getOwnPropertyDescriptor(graph.getNodeAttributes("constructor"), "constructor")?.value).toBe(7);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    for (const format of ["json", "graphml", "gexf"] as const) {
      const back = importGraph(exportGraph(graph, format) as string, `again.${format}`);
      expect(Object.getOwnPropertyDescriptor(back.getNodeAttributes("__proto__"), "__proto__")?.value, format).toBe(
        "polluted?",
      );
      expect(back.hasEdge("toString"), format).toBe(true);
    }
  });
});
