// Links through one noun of the tree (relate/tree/noun-links.ts) and the body an actor's own
// phrase names (relate/tree/frames.ts, phraseBodies): made-up sentences through the trained
// tagger and parser, the real recogniser and resolver.
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/extract/analyse";
import { recognise } from "../../src/extract/recognise";
import { relate } from "../../src/extract/relate";
import { NOUN_LINK_RULES, nounLinks } from "../../src/extract/relate/tree/noun-links";
import { compilePath } from "../../src/extract/relate/tree/paths";
import { sentenceTree } from "../../src/extract/relate/tree/tree";
import { viewSentence } from "../../src/extract/relate/view";
import { resolve } from "../../src/extract/resolve";
import { segment } from "../../src/extract/segment";
import type { EventRecord } from "../../src/extract/types";
import { registeredModels } from "../../src/nlp/models";

function read(text: string) {
  const doc = analyse(segment(text), registeredModels());
  return { doc, resolution: resolve(doc, recognise(doc)) };
}

/** The noun links of a one-sentence text, as "source -label-> target". */
function links(text: string): string[] {
  const { doc, resolution } = read(text);
  const tree = sentenceTree(doc, doc.sentences[0]);
  if (!tree) throw new Error(`not parsed: ${text}`);
  const view = viewSentence(doc, doc.sentences[0], resolution.mentions);
  return nounLinks(doc, view, tree).map((r) => `${r.source} -${r.label}-> ${r.target}`);
}

function events(text: string): EventRecord[] {
  const { doc, resolution } = read(text);
  return relate(doc, resolution).events;
}

describe("noun links", () => {
  it("every rule compiles and has an example", () => {
    for (const r of NOUN_LINK_RULES) {
      expect(() => compilePath(r.from)).not.toThrow();
      expect(() => compilePath(r.to)).not.toThrow();
      expect(r.example.length).toBeGreaterThan(10);
    }
  });

  it("an apposed noun with its preposition: 'X, a lecturer at Y,'", () => {
    expect(links("Maria Lind, a lecturer at Uppsala University, visited Oslo on Monday.")).toContain(
      "person:maria-lind -lecturer at-> organization:uppsala-university",
    );
  });

  it("a sentence with no event word is parsed for them when it holds two names", () => {
    expect(links("Maria Lind, a lecturer at Uppsala University, said the plan was sound.")).toEqual([
      "person:maria-lind -lecturer at-> organization:uppsala-university",
    ]);
  });

  it("the possessor of a name's apposed noun: 'X, Y's chief engineer,'", () => {
    expect(links("Ola Berg, the Nordvik Shipping Company's chief engineer, met the minister in Bergen.")).toContain(
      "person:ola-berg -chief engineer of-> organization:nordvik-shipping-company",
    );
  });

  it("a relative pronoun stands for the noun its clause hangs from: 'Y, which is operated by X,'", () => {
    const { doc, resolution } = read(
      "The Vela Observatory, which is operated by the Nordic Space Agency, took the picture.",
    );
    expect(relate(doc, resolution).relations.map((r) => `${r.source} -${r.label}-> ${r.target}`)).toContain(
      "organization:nordic-space-agency -operated-> organization:vela-observatory",
    );
  });

  it("an apposed name of a possessed noun: 'Y's founder, X,'", () => {
    expect(links("Nordfisk's founder, Ola Berg, met the minister in Bergen.")).toContain(
      "person:ola-berg -founder of-> organization:nordfisk",
    );
  });

  it("a demonym in an apposed description names the country: 'X, the Danish ferry operator,'", () => {
    expect(
      links("The Nordvik Shipping Company, the Danish ferry operator, said demand in Denmark had fallen."),
    ).toContain("organization:nordvik-shipping-company -ferry operator of-> country:denmark");
  });

  it("the adjectives before the noun stay in the label: 'X, the chief executive of Y,'", () => {
    expect(links("Ola Berg, the chief executive of Nordfisk Group, resigned on Friday.")).toEqual([
      "person:ola-berg -chief executive of-> organization:nordfisk-group",
    ]);
  });

  it("a place noun stands for the place it names by 'of': 'the mayor of the town of X'", () => {
    expect(links("Ola Berg, the mayor of the town of Odda, said the plant would close.")).toContain(
      "person:ola-berg -mayor of-> place:odda",
    );
  });

  it("a place noun's own place: 'the village of X in the Y region'", () => {
    expect(links("Protesters gathered near the village of Varno in the Vestland region.")).toContain(
      "place:varno -village in-> place:vestland",
    );
  });

  it("a name's own 'of' phrase: 'X of Y'", () => {
    expect(links("Anna Holm of the Green Party visited Tromsø.")).toContain(
      "person:anna-holm -of-> organization:green-party",
    );
  });

  it("what a body has somewhere, told in a relative clause: 'X, which has a plant in Y,'", () => {
    expect(links("Nordfisk Group, which has a large plant in Bergen, said it would cut jobs.")).toEqual([
      "organization:nordfisk-group -large plant in-> place:bergen",
    ]);
    expect(links("Nordfisk Group, which has its headquarters in Bergen, said it would cut jobs.")).toEqual([
      "organization:nordfisk-group -headquarters in-> place:bergen",
    ]);
  });

  it("a possessor's relationship is no place of it: only 'in' and 'at' follow a possessed noun", () => {
    expect(links("Norway's talks with Sweden were suspended on Monday.")).toEqual([]);
  });
});

describe("the body an actor's own phrase names", () => {
  it("a lone agent brings it, unnamed in the label: 'X, the chief executive of Y, announced his resignation'", () => {
    const [e] = events("Ola Berg, the chief executive of Nordfisk Group, announced his resignation on Friday.");
    expect(e?.kind).toBe("appointment");
    expect(Object.fromEntries(e.participants.map((p) => [p.entity, p.role]))).toEqual({
      "person:ola-berg": "agent",
      "organization:nordfisk-group": "participant",
    });
    expect(e.label).toBe("Berg appointment");
  });

  it("and so does a lone target: 'X, the chairman of Y, was arrested'", () => {
    const [e] = events("Ola Berg, the chairman of Nordfisk Group, was arrested on Friday.");
    expect(e?.kind).toBe("arrest");
    expect(Object.fromEntries(e.participants.map((p) => [p.entity, p.role]))).toEqual({
      "person:ola-berg": "target",
      "organization:nordfisk-group": "participant",
    });
  });

  it("the possessor of an apposed description, when it is a body: 'X, the union's general secretary, accused Y'", () => {
    const [e] = events(
      "The Harbour Workers Union represents dockers. Maria Lindgard, the union's general secretary, accused the board of lying.",
    );
    expect(e?.kind).toBe("accusation");
    expect(Object.fromEntries(e.participants.map((p) => [p.entity, p.role]))).toEqual({
      "person:maria-lindgard": "agent",
      "organization:harbour-workers-union": "participant",
    });
    // a person's possessive is no body the actor acts for
    const others = events("Maria Lindgard, Ola Berg's deputy, accused the board of lying.");
    expect(others.flatMap((x) => x.participants.map((p) => p.entity))).not.toContain("person:ola-berg");
  });

  it("an actor with a second participant of its own brings nothing more", () => {
    const [e] = events("Maria Lind, a lecturer at Uppsala University, visited Oslo on Monday.");
    expect(e.participants.map((p) => p.entity).sort()).toEqual(["person:maria-lind", "place:oslo"]);
  });
});

describe("where a body sits (relate/tree/seat-links.ts)", () => {
  function seats(text: string): string[] {
    const { doc, resolution } = read(text);
    return relate(doc, resolution)
      .relations.filter((r) => /(based|headquartered|registered|located|incorporated) (in|at)$/.test(r.label))
      .map((r) => `${r.source} -${r.label}-> ${r.target}`);
  }

  it("a seat participle after the body, with no subject of its own: 'X, registered in Y,'", () => {
    expect(seats("Kestrel Shipping, registered in Singapore, denied the claim on Monday.")).toEqual([
      "organization:kestrel-shipping -registered in-> country:singapore",
    ]);
  });

  it("the subject of a seat verb, with each place of its coordination", () => {
    // the first place is linked by the word-order reading already ("located in"), the next by the tree
    expect(seats("Talvik Motors is headquartered in Oslo and Bergen.")).toEqual([
      "organization:talvik-motors -located in-> place:oslo",
      "organization:talvik-motors -headquartered in-> place:bergen",
    ]);
  });

  it("a place phrase of another verb is no seat", () => {
    expect(seats("Talvik Motors opened a showroom in Oslo on Monday.")).toEqual([]);
  });
});
