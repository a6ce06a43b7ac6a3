// A national office with no country named is held in the story's country, the one
// its dateline names or whose capital it names (src/extract/relate/home-country.ts).
import { describe, expect, it } from "vitest";
import "../../src/models/node-register";
import { extractGraph } from "../../src/extract/index";

const roles = (text: string) =>
  extractGraph(text)
    .export()
    .edges.filter((e) => e.attributes?.kind === "role")
    .map((e) => `${e.source} ${e.attributes!.label} ${e.target}`);

describe("the story's country", () => {
  it("a dateline's country holds the offices it does not qualify", () => {
    const text =
      "Storm hits coast\n\nVALLETTA, Malta — Prime Minister Carmel Zammit said on Monday that the storm had passed. Zammit thanked the rescue teams in Malta.";
    expect(roles(text)).toContain("person:carmel-zammit prime minister of country:malta");
  });

  it("a dateline's capital names the country when the article mentions it", () => {
    const text =
      "Budget passes\n\nLISBON — Finance Minister Rita Soares won a vote on the budget on Friday. Portugal's parliament passed it by 120 votes.";
    expect(roles(text)).toContain("person:rita-soares finance minister of country:portugal");
  });

  it("a wire's dateline, with its date and the agency's name, names it too", () => {
    const text =
      "Storm hits coast\n\nVALLETTA, Feb. 3 (Wire) — Prime Minister Carmel Zammit said on Monday that the storm had passed. Zammit thanked the rescue teams in Malta.";
    expect(roles(text)).toContain("person:carmel-zammit prime minister of country:malta");
  });

  it("a dateline's places do not act beside the sentence's own subject: they are where it happened", () => {
    const graph = extractGraph(
      "Cup final\n\nVALLETTA, Malta — FK Sorvik won the cup on Sunday, beating SK Lantra 2-1 in the league final. The striker scored twice.",
    );
    const match = graph.filterNodes((_, a) => a.type === "event");
    expect(match).toHaveLength(1);
    const roles = graph.mapOutEdges(match[0], (_, a, __, target) => `${a.role} ${target}`).sort();
    expect(roles).toEqual([
      "agent organization:fk-sorvik",
      "location country:malta",
      "location place:valletta",
      "target organization:sk-lantra",
    ]);
    expect(graph.getNodeAttribute(match[0], "label")).toBe("FK Sorvik beats SK Lantra 2-1 in Valletta");
  });

  it("no dateline, a qualified office or a local one: no guess", () => {
    expect(roles("Prime Minister Carmel Zammit said on Monday that Malta would act.")).toEqual([]);
    const text = "VALLETTA, Malta — Italian Prime Minister Giulia Ferri and Mayor Paul Borg met on Monday.";
    const found = roles(text);
    expect(found.some((r) => r.includes("giulia-ferri") && r.includes("malta"))).toBe(false);
    expect(found.some((r) => r.includes("paul-borg"))).toBe(false);
    expect(roles("VALLETTA, Malta — Italy's Prime Minister Giulia Ferri visited Italy's embassy on Monday.")).toEqual([
      "person:giulia-ferri prime minister of country:italy",
    ]);
  });
});

describe("the story's company", () => {
  const story = (extra: string) =>
    "Tarkon to cut jobs\n\nTarkon Systems said on Monday it would cut 900 jobs. " +
    "Chief Financial Officer Elena Marsh said the cuts would save money. " +
    "Tarkon Systems makes engines, and Tarkon Systems shares fell. " +
    extra;

  it("holds the company offices the text names with no company", () => {
    expect(roles(story(""))).toContain("person:elena-marsh chief financial officer of organization:tarkon-systems");
  });

  it("is no guess where two bodies are named as often, or the office is another's", () => {
    expect(roles(story("Velbrook Bank said Velbrook Bank would lend, and Velbrook Bank agreed.")).join()).not.toContain(
      "elena-marsh",
    );
    const text =
      "Tarkon to cut jobs\n\nTarkon Systems said it would cut jobs. Tarkon Systems agreed. Tarkon Systems fell. Mayor Elena Marsh said it was sad.";
    expect(roles(text).join()).not.toContain("elena-marsh");
  });
});
