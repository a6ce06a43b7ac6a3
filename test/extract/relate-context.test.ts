// Round-5 relate and resolve rules (events on the second unseen set), each on a
// made-up news sentence. Relate rules get hand-placed mentions; the surname rule
// runs the real segmenter, recogniser and resolver.
import { describe, expect, it } from "vitest";
import { recognise } from "../../src/extract/recognise";
import { relate } from "../../src/extract/relate";
import { resolve } from "../../src/extract/resolve";
import { segment } from "../../src/extract/segment";
import type { EventRecord, Relations } from "../../src/extract/types";
import { fixture, relateFixture, roles, type MentionSpec } from "./relate-fixture";

const run = relateFixture;
const withEntity = (r: Relations, entity: string) =>
  r.events.filter((e) => e.participants.some((p) => p.entity === entity));

describe("new triggers", () => {
  it("reads 'officers from X searched the offices of Y' as a search by X of Y", () => {
    const r = run("On Monday, officers from the Federal Tax Bureau searched the offices of Norland Freight in Oslo.", [
      { text: "Federal Tax Bureau", entity: "organization:ftb" },
      { text: "Norland Freight", entity: "organization:norland" },
      { text: "Oslo", entity: "place:oslo" },
    ]);
    const [e] = withEntity(r, "organization:ftb");
    expect(e?.label).toContain("search");
    expect(roles(e)).toMatchObject({ "organization:ftb": "agent", "organization:norland": "target" });
  });

  it("does not make X the subject when 'officers from X' is an object", () => {
    const r = run("The court heard officers from the Federal Tax Bureau searched the offices of Norland Freight.", [
      { text: "Federal Tax Bureau", entity: "organization:ftb" },
      { text: "Norland Freight", entity: "organization:norland" },
    ]);
    const [e] = withEntity(r, "organization:norland");
    expect(e ? roles(e)["organization:ftb"] : "agent").toBe("agent");
  });

  it("reads 'X began a vaccination campaign in Y' as a campaign by X in Y", () => {
    const r = run("The Health Agency of Ruritania began an emergency vaccination campaign in Strelsau on Monday.", [
      { text: "Health Agency of Ruritania", entity: "organization:agency" },
      { text: "Strelsau", entity: "place:strelsau" },
    ]);
    const [e] = withEntity(r, "organization:agency");
    expect(e?.label).toContain("campaign");
    expect(roles(e)).toMatchObject({ "organization:agency": "agent", "place:strelsau": "location" });
  });

  it("reads 'X is deploying a team to Y' as aid from X to Y", () => {
    const r = run("The Relief League is deploying a team of engineers to Ruritania.", [
      { text: "Relief League", entity: "organization:league" },
      { text: "Ruritania", entity: "country:ruritania" },
    ]);
    expect(withEntity(r, "organization:league").map((e) => e.kind)).toContain("aid");
  });

  it("reads 'X, also of the Y, will serve as interim mayor' with X as the one who serves, Y in the appositive", () => {
    const r = run("Deputy Mayor Anna Kovac, also of the Civic Party, will serve as interim mayor of Strelsau.", [
      { text: "Anna Kovac", entity: "person:anna-kovac", role: "Deputy Mayor" },
      { text: "Civic Party", entity: "organization:civic-party" },
      { text: "Strelsau", entity: "place:strelsau" },
    ]);
    const e = r.events.find((x) => x.kind === "appointment");
    expect(e && roles(e)["person:anna-kovac"]).toBe("agent");
  });
});

describe("participants from around the clause", () => {
  it("gives a resignation the body of the position its person holds in the sentence", () => {
    const r = run("The mayor of Strelsau, Karl Brenner, resigned on Friday.", [
      { text: "Strelsau", entity: "place:strelsau" },
      { text: "Karl Brenner", entity: "person:karl-brenner" },
    ]);
    const e = r.events.find((x) => x.kind === "appointment");
    expect(r.relations.some((x) => x.source === "person:karl-brenner" && x.target === "place:strelsau")).toBe(true);
    expect(e && roles(e)).toMatchObject({ "person:karl-brenner": "agent", "place:strelsau": "target" });
  });

  it("gives an agentless 'Y was detained' the organization acting in the sentence before", () => {
    const r = run(
      "Officers from the Fraud Office searched the offices of Norland Freight. Lars Berg was detained for questioning.",
      [
        { text: "Fraud Office", entity: "organization:fraud-office" },
        { text: "Norland Freight", entity: "organization:norland" },
        { text: "Lars Berg", entity: "person:lars-berg" },
      ],
    );
    const arrest = r.events.find((x) => x.kind === "arrest");
    expect(arrest && roles(arrest)).toMatchObject({
      "organization:fraud-office": "agent",
      "person:lars-berg": "target",
    });
  });

  it("does not carry the agent into a rule ('companies can be fined') or past a person agent", () => {
    const r = run(
      "The Fraud Office opened an inquiry into Norland Freight. Firms like Lars Berg can be fined for it.",
      [
        { text: "Fraud Office", entity: "organization:fraud-office" },
        { text: "Norland Freight", entity: "organization:norland" },
        { text: "Lars Berg", entity: "person:lars-berg" },
      ],
    );
    expect(r.events.filter((x) => x.participants.some((p) => p.entity === "person:lars-berg"))).toEqual([]);
    const r2 = run("Judge Ana Ruiz questioned Norland Freight. Lars Berg was detained.", [
      { text: "Ana Ruiz", entity: "person:ana-ruiz" },
      { text: "Norland Freight", entity: "organization:norland" },
      { text: "Lars Berg", entity: "person:lars-berg" },
    ]);
    expect(withEntity(r2, "person:lars-berg").flatMap((e) => e.participants.map((p) => p.entity))).not.toContain(
      "person:ana-ruiz",
    );
  });
});

describe("names", () => {
  it("joins a lone surname typed as an organization to the one person of that surname", () => {
    const text = "Dorin Vlasic founded the firm in 2009. A company linked to Vlasic bought the land.";
    const doc = segment(text);
    const res = resolve(doc, recognise(doc));
    const full = res.mentions.find((m) => m.text === "Dorin Vlasic")?.entity;
    const lone = res.mentions.find((m) => m.text === "Vlasic")?.entity;
    expect(full).toBeDefined();
    expect(lone).toBe(full);
  });
});

describe("descriptions and possessed subjects", () => {
  const resolved = (text: string) => {
    const doc = segment(text);
    return resolve(doc, recognise(doc));
  };

  it("points 'the 57-year-old' at the person named just before, not 'the 30-year-old victim'", () => {
    const text =
      "Fiona Marsh runs the Harbour Trust. The 57-year-old, who joined in 2019, accused the mayor of lying. The 30-year-old victim was not named.";
    const res = resolved(text);
    const fiona = res.mentions.find((m) => m.text === "Fiona Marsh")?.entity;
    expect(fiona).toBeDefined();
    expect(res.mentions.find((m) => m.text === "The 57-year-old")?.entity).toBe(fiona);
    expect(res.mentions.some((m) => m.text.startsWith("The 30"))).toBe(false);
  });

  it("keeps 'the ministry' in view from one description to the next", () => {
    const text = [
      "The Ministry of Water of Ruritania opened a new plant.",
      "Filler one.",
      "Filler two.",
      "Filler three.",
      "Reporters met at the ministry on Monday.",
      "Filler four.",
      "Filler five.",
      "Filler six.",
      "Filler seven.",
      "A lawmaker accused the ministry of delays.",
    ].join(" ");
    const res = resolved(text);
    const ministry = res.mentions.find((m) => m.text.startsWith("Ministry of Water"))?.entity;
    expect(ministry).toBeDefined();
    const last = res.mentions.filter((m) => m.text.toLowerCase().endsWith("ministry") && m.kind === "description");
    expect(last.length).toBe(2);
    expect(last.every((m) => m.entity === ministry)).toBe(true);
  });

  it("reads 'Y's Finance Minister X ... but warned' with X as the subject past the title words", () => {
    const r = run("Ruritania's Finance Minister Eva Lind said she respected the bank but criticised Norland Freight.", [
      { text: "Ruritania", entity: "country:ruritania" },
      { text: "Eva Lind", entity: "person:eva-lind", role: "Finance Minister" },
      { text: "Norland Freight", entity: "organization:norland" },
    ]);
    const e = r.events.find((x) => x.kind === "disapproval");
    expect(e && roles(e)).toMatchObject({ "person:eva-lind": "agent", "organization:norland": "target" });
  });

  it("reads 'X approved a loan deal for Y' with Y as its target", () => {
    const r = run("The Monetary Fund approved a new deal for Ruritania in 2023.", [
      { text: "Monetary Fund", entity: "organization:fund" },
      { text: "Ruritania", entity: "country:ruritania" },
    ]);
    const e = r.events.find((x) => x.kind === "agreement");
    expect(e && roles(e)).toMatchObject({ "organization:fund": "agent", "country:ruritania": "target" });
  });
});
