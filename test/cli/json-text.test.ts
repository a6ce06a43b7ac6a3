// GRAPH.json written in pieces (the article's text escaped slice by slice) is byte for byte the
// one string graphToJSONText makes, a surrogate pair at a slice's edge and escapes included.
import { describe, expect, it } from "vitest";
import { graphJSONPieces } from "../../src/cli/json-text";
import { createNewsGraph, graphToJSONText } from "../../src/schema/model";

function graphWith(text: string) {
  const graph = createNewsGraph();
  graph.replaceAttributes({
    title: "Quill “talks” 🙂",
    source: { name: "a.txt", sha256: "0".repeat(64), text },
    generator: { name: "newsgraph", version: "0" },
  });
  graph.addNode("person:ilse-marrow", {
    label: "Ilse Marrow",
    type: "person",
    aliases: [],
    mentions: 1,
    evidence: [{ start: 0, end: 11, sentenceStart: 0, sentenceEnd: 20 }],
  });
  return graph;
}

describe("graphJSONPieces", () => {
  it("gives a short article's graph as the one string", () => {
    const graph = graphWith("Ilse Marrow met Quill.");
    expect([...graphJSONPieces(graph)]).toEqual([graphToJSONText(graph)]);
  });

  it("gives a long article's graph in pieces that join to the same text", () => {
    const slice = 1 << 20;
    // an emoji across the first slice's edge, quotes, backslashes, controls and a lone surrogate
    const text =
      "a".repeat(slice - 1) + '🙂 "quoted" \\ \t\n\u0001 \ud800 ' + "Ilse Marrow met Quill.\n".repeat(60_000);
    const graph = graphWith(text);
    const pieces = [...graphJSONPieces(graph)];
    expect(pieces.length).toBeGreaterThan(2);
    expect(pieces.join("")).toBe(graphToJSONText(graph));
    expect(graph.getAttribute("source").text).toBe(text); // put back
  });
});
