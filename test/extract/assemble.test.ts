import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assemble } from "../../src/extract/assemble";
import { extractGraph } from "../../src/extract/index";
import { relate } from "../../src/extract/relate";
import { evidenceProblem, evidenceSentence, validateSerializedGraph, type Evidence } from "../../src/schema/graph";
import { graphToJSONText } from "../../src/schema/model";
import { SEED_ARTICLE } from "../helpers/paths";
import { fixture } from "./relate-fixture";

const seed = readFileSync(SEED_ARTICLE, "utf8");
const ATTRS = {
  title: "t",
  source: { name: "a.txt", sha256: "0".repeat(64), text: "" },
  generator: { name: "newsgraph", version: "0" },
};

describe("assemble on the showcase article", () => {
  const graph = extractGraph(seed, { name: "article.txt" });

  it("is deterministic: two builds give byte-identical JSON", () => {
    expect(graphToJSONText(extractGraph(seed, { name: "article.txt" }))).toBe(graphToJSONText(graph));
  });

  it("validates against the schema", () => {
    expect(() => validateSerializedGraph(JSON.parse(graphToJSONText(graph)))).not.toThrow();
  });

  it("gives every node and edge evidence whose offsets slice to text inside its sentence", () => {
    let checked = 0;
    const check = (evidence: Evidence[]) => {
      expect(evidence.length).toBeGreaterThan(0);
      for (const e of evidence) {
        expect(evidenceProblem(e, seed.length)).toBeUndefined();
        expect(evidenceSentence(seed, e)).toBe(evidenceSentence(seed, e).trim());
        expect(e.start).toBeGreaterThanOrEqual(e.sentenceStart);
        expect(e.end).toBeLessThanOrEqual(e.sentenceEnd);
        expect(e.end).toBeGreaterThan(e.start);
        checked++;
      }
    };
    graph.forEachNode((_, a) => check(a.evidence));
    graph.forEachEdge((_, a) => check(a.evidence));
    expect(checked).toBeGreaterThan(50);
  });

  it("points event evidence at the trigger words", () => {
    const call = graph.filterNodes((_, a) => a.type === "event" && a.kind === "call");
    expect(call).toHaveLength(1);
    const words = graph.getNodeAttribute(call[0], "evidence").map((e) => seed.slice(e.start, e.end).toLowerCase());
    expect(words.length).toBeGreaterThanOrEqual(3);
    for (const w of words) expect(["speak", "talks", "talking", "call", "discussion", "discussions"]).toContain(w);
    expect(graph.getNodeAttribute(call[0], "mentions")).toBe(words.length);
  });

  it("links events to participants with role-bearing participant edges only", () => {
    const events = graph.filterNodes((_, a) => a.type === "event");
    expect(events.length).toBeGreaterThanOrEqual(6);
    for (const ev of events) {
      const edges = graph.outEdges(ev);
      expect(edges.length).toBeGreaterThanOrEqual(2);
      for (const e of edges) {
        const a = graph.getEdgeAttributes(e);
        expect(a.kind).toBe("participant");
        expect(["agent", "participant", "target", "location", "source"]).toContain(a.role);
        expect(a.label).toBe(a.role);
      }
      expect(graph.inDegree(ev)).toBe(0);
      expect(ev).toMatch(/^event:[a-z0-9-]+$/);
    }
  });

  it("records the time and place of the Moscow meeting", () => {
    const [meeting] = graph.filterNodes((_, a) => a.type === "event" && a.kind === "meeting");
    expect(graph.getNodeAttributes(meeting)).toMatchObject({ date: "on Thursday", place: "Moscow", cameo: "043" });
    expect(graph.hasEdge(`${meeting}->place:moscow`)).toBe(true);
    expect(graph.getEdgeAttribute(`${meeting}->place:moscow`, "role")).toBe("location");
  });
});

describe("assemble on hand-made input", () => {
  it("merges repeated relations into one edge with all their evidence and skips events without two participants in the graph", () => {
    const text = "Renholm told Bay Weekly the case was theft. Later Renholm told Bay Weekly it was closed.";
    const { doc, resolution } = fixture(text, [
      { text: "Renholm", entity: "person:ada-renholm" },
      { text: "Bay Weekly", entity: "organization:bay-weekly" },
      { text: "Renholm", entity: "person:ada-renholm" },
      { text: "Bay Weekly", entity: "organization:bay-weekly" },
    ]);
    const relations = relate(doc, resolution);
    relations.events.push({
      key: "event:ghost",
      kind: "meeting",
      label: "ghost",
      participants: [
        { entity: "person:ada-renholm", role: "agent" },
        { entity: "person:nobody", role: "participant" },
      ],
      evidence: [{ start: 0, end: 8, sentenceStart: 0, sentenceEnd: doc.sentences[0].text.length }],
    });
    const graph = assemble(doc, resolution, relations, ATTRS);
    const told = graph.edges("person:ada-renholm", "organization:bay-weekly");
    expect(told).toHaveLength(1);
    expect(graph.getEdgeAttributes(told[0])).toMatchObject({ label: "told", kind: "relation", mentions: 2 });
    expect(graph.getEdgeAttribute(told[0], "evidence").map((e) => text.slice(e.start, e.end))).toEqual([
      "Renholm told Bay Weekly",
      "Renholm told Bay Weekly",
    ]);
    expect(graph.hasNode("event:ghost")).toBe(false);
  });

  it("gives each participant edge the evidence of the mentions it took part in", () => {
    const text = "Maddox will speak to Dranko on Tuesday. Dranko is slated to speak to Maddox and Sarbu.";
    const { doc, resolution } = fixture(text, [
      { text: "Maddox", entity: "person:maddox" },
      { text: "Dranko", entity: "person:dranko" },
      { text: "Dranko", entity: "person:dranko" },
      { text: "Maddox", entity: "person:maddox" },
      { text: "Sarbu", entity: "person:sarbu" },
    ]);
    const graph = assemble(doc, resolution, relate(doc, resolution), ATTRS);
    const [call] = graph.filterNodes((_, a) => a.type === "event");
    expect(graph.getNodeAttribute(call, "mentions")).toBe(2);
    expect(graph.getEdgeAttribute(`${call}->person:maddox`, "mentions")).toBe(2);
    const z = graph.getEdgeAttribute(`${call}->person:sarbu`, "evidence");
    expect(z).toHaveLength(1);
    expect(evidenceSentence(doc.text, z[0])).toBe("Dranko is slated to speak to Maddox and Sarbu.");
  });
});
