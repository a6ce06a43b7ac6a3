// Round-4 rules, continued (relate-kinds-and-references.test.ts grew past its size): each on a made-up sentence.
import { describe, expect, it } from "vitest";
import { recognise } from "../../src/extract/recognise";
import { relate } from "../../src/extract/relate";
import { resolve } from "../../src/extract/resolve";
import { segment } from "../../src/extract/segment";
import type { EventRecord, Relations } from "../../src/extract/types";
import { framesOf } from "../../src/extract/relate/frames";
import { mentionsBySentence, viewSentence } from "../../src/extract/relate/view";
import { fixture, relateFixture, roles, type MentionSpec } from "./relate-fixture";

const run = relateFixture;
const recognised = (text: string) => recognise(segment(text));
const resolved = (text: string) => {
  const doc = segment(text);
  return resolve(doc, recognise(doc));
};

describe("long names in argument lists", () => {
  it("'funded by the Nordic Institutes of Polar Climate Research (NIPCR) and the Spanish State Research Agency': both fund", () => {
    const r = run(
      "The trial was funded by the Nordic Institutes of Polar Climate Research (NIPCR) and the Spanish State Research Agency.",
      [
        { text: "Nordic Institutes of Polar Climate Research", entity: "organization:nipcr" },
        { text: "NIPCR", entity: "organization:nipcr" },
        { text: "Spanish State Research Agency", entity: "organization:spanish-state-research-agency" },
      ],
    );
    const aid = r.events.find((e) => e.kind === "aid")!;
    expect(roles(aid)).toEqual({
      "organization:nipcr": "agent",
      "organization:spanish-state-research-agency": "agent",
    });
  });

  it("an acronym that spells a run keeps a leading demonym in the name", () => {
    const m = recognised("It was funded by the Danish Institutes of Forest Research (DIFR) last year.");
    expect(m.find((x) => x.type === "organization" && x.text.startsWith("Danish"))?.text).toBe(
      "Danish Institutes of Forest Research",
    );
    expect(
      resolved("The Danish Institutes of Forest Research (DIFR) paid. DIFR said so.").entities.filter(
        (e) => e.type === "organization",
      ),
    ).toHaveLength(1);
  });
});

describe("subjects of coordinated and reported clauses", () => {
  it("'Ireland's Data Board (DB), which oversees X, confirmed it had ... and had opened an inquiry': the board, with its country", () => {
    const r = run(
      "Ireland's Data Board (DB), which oversees Velto, confirmed it had received a complaint and had opened an inquiry into Velto.",
      [
        { text: "Ireland", entity: "country:ireland" },
        { text: "Data Board", entity: "organization:data-board" },
        { text: "DB", entity: "organization:data-board" },
        { text: "Velto", entity: "organization:velto" },
        { text: "it", entity: "organization:data-board", kind: "pronoun" },
        { text: "Velto", entity: "organization:velto" },
      ],
    );
    const inquiry = r.events.find((e) => e.label.includes("investigation"))!;
    expect(roles(inquiry)).toEqual({
      "organization:data-board": "agent",
      "country:ireland": "agent",
      "organization:velto": "target",
    });
  });

  it("a country is no agent of an event its body does not lead: 'X met Britain's envoy'", () => {
    const r = run("Velto met Britain's Trade Office on Monday.", [
      { text: "Velto", entity: "organization:velto" },
      { text: "Britain", entity: "country:united-kingdom" },
      { text: "Trade Office", entity: "organization:trade-office" },
    ]);
    for (const e of r.events) expect(roles(e)["country:united-kingdom"]).not.toBe("agent");
  });
});

describe("noun compounds", () => {
  it("'a breach notification', 'a protest movement': a noun modifying the next noun is no trigger", () => {
    const { doc, resolution } = fixture(
      "The board had received a breach notification and a protest movement leaflet, then saw a breach of rules.",
      [],
    );
    const view = viewSentence(doc, doc.sentences[0], mentionsBySentence(resolution.mentions).get(0) ?? []);
    const words = framesOf(view, () => undefined).map((f) => view.words[f.at]);
    expect(words).toEqual(["breach"]);
    expect(framesOf(view, () => undefined)[0].at).toBe(view.words.lastIndexOf("breach"));
  });
});

describe("names the recogniser types from their context", () => {
  const typeOf = (text: string, name: string) => recognised(text).find((m) => m.text === name)?.type;

  it("keeps a plural or an office's possessive inside an institution's name", () => {
    expect(typeOf("He appeared at Leeds Magistrates' Court on Monday.", "Leeds Magistrates' Court")).toBe(
      "organization",
    );
    expect(typeOf("Ana Ruiz, leader of the Dock Workers' Union, spoke.", "Dock Workers' Union")).toBe("organization");
    expect(typeOf("The Information Commissioner's Office said so.", "Information Commissioner's Office")).toBe(
      "organization",
    );
  });

  it("reads 'a group calling itself X', 'the X party', 'X, led by Y', 'mayor of X', 'X, a Geneva-based group' and 'the journal The X'", () => {
    expect(typeOf("A group calling itself Grey Owl sold the data.", "Grey Owl")).toBe("organization");
    expect(typeOf("The opposition Civic Dawn party won.", "Civic Dawn")).toBe("organization");
    expect(typeOf("The liberal Blue Horizon, led by Ana Ruiz, won seats.", "Blue Horizon")).toBe("organization");
    expect(typeOf("Eva Holm, a former mayor of Tarvik, spoke.", "Tarvik")).toBe("place");
    expect(typeOf("Open Roads Europe, a Geneva-based advocacy group, spoke.", "Open Roads Europe")).toBe(
      "organization",
    );
    expect(typeOf("It appeared in the journal The Quill Review of Medicine.", "Quill Review of Medicine")).toBe(
      "organization",
    );
  });
});

describe("concessions, calls and objects' own agents", () => {
  it("'X conceded defeat and telephoned Y to congratulate her' is a call between X and Y", () => {
    const r = run("Ian Holt conceded defeat and telephoned Eva Lind to congratulate her.", [
      { text: "Ian Holt", entity: "person:ian-holt" },
      { text: "Eva Lind", entity: "person:eva-lind" },
      { text: "her", entity: "person:eva-lind", kind: "pronoun" },
    ]);
    expect(r.events.find((e) => e.kind === "call") && roles(r.events.find((e) => e.kind === "call")!)).toEqual({
      "person:ian-holt": "agent",
      "person:eva-lind": "participant",
    });
  });

  it("'X ruled out joining any government led by Y': Y is no agent of the refusal", () => {
    const r = run("The Farmers League has ruled out joining any government led by Ana Sola.", [
      { text: "Farmers League", entity: "organization:farmers-league" },
      { text: "Ana Sola", entity: "person:ana-sola" },
    ]);
    for (const e of r.events) expect(roles(e)["person:ana-sola"]).not.toBe("agent");
  });
});

describe("court hearings", () => {
  it("'X appeared at Leeds Crown Court' is a hearing; 'X appeared in a film' is not", () => {
    const r = run("Tom Reyes appeared at Leeds Crown Court on Monday. Ana Ruiz appeared in a film with Tom Reyes.", [
      { text: "Tom Reyes", entity: "person:tom-reyes" },
      { text: "Leeds Crown Court", entity: "organization:leeds-crown-court" },
      { text: "Ana Ruiz", entity: "person:ana-ruiz" },
      { text: "Tom Reyes", entity: "person:tom-reyes" },
    ]);
    const hearings = r.events.filter((e) => e.label.includes("hearing"));
    expect(hearings).toHaveLength(1);
    expect(roles(hearings[0])).toEqual({
      "person:tom-reyes": "agent",
      "organization:leeds-crown-court": "participant",
    });
  });
});

describe("unnamed subjects with a named leader", () => {
  it("'The foreign ministers, led by X's Foreign Minister Y, will meet in Z': Y meets in Z", () => {
    const r = run(
      "The foreign ministers of the four nations, led by Peru's Foreign Minister Ana Ruiz, will meet in Lima in March.",
      [
        { text: "Peru", entity: "country:peru" },
        { text: "Ana Ruiz", entity: "person:ana-ruiz" },
        { text: "Lima", entity: "place:lima" },
      ],
    );
    const meeting = r.events.find((e) => e.kind === "meeting")!;
    expect(roles(meeting)).toEqual({ "person:ana-ruiz": "agent", "place:lima": "location" });
  });
});

describe("professions", () => {
  it("'X, a professor of epidemiology at Y' and 'X, a neurologist at the Y'", () => {
    const r = run(
      "Eva Holm, a professor of epidemiology at Tarvik University, spoke. Kofi Mensah, a neurologist at the Coast Hospital, agreed.",
      [
        { text: "Eva Holm", entity: "person:eva-holm" },
        { text: "Tarvik University", entity: "organization:tarvik-university" },
        { text: "Kofi Mensah", entity: "person:kofi-mensah" },
        { text: "Coast Hospital", entity: "organization:coast-hospital" },
      ],
    );
    const label = (s: string, t: string) => r.relations.find((x) => x.source === s && x.target === t)?.label;
    expect(label("person:eva-holm", "organization:tarvik-university")).toBe("professor of epidemiology at");
    expect(label("person:kofi-mensah", "organization:coast-hospital")).toBe("neurologist of");
  });
});
