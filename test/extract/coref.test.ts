// Pronoun and description coreference (resolve/coref.ts, resolve/descriptions.ts)
// through the real segmenter, recogniser and resolver.
import { describe, expect, it } from "vitest";
import { recognise } from "../../src/extract/recognise";
import { resolve } from "../../src/extract/resolve";
import { segment } from "../../src/extract/segment";
import type { Resolution } from "../../src/extract/types";

const run = (text: string): Resolution => {
  const doc = segment(text);
  return resolve(doc, recognise(doc));
};
/** The entity of the mention with this text that starts at or after `from` (an offset or a phrase). */
const entityAt = (r: Resolution, text: string, source: string, after: string) => {
  const from = source.indexOf(after);
  return r.mentions.find((m) => m.text === text && m.start >= from)?.entity;
};

describe("coreference", () => {
  it("'the ministry' reaches far back to the one ministry named; a new, unnamed one blocks it", () => {
    const filler =
      " Rain fell in the north. Roads were closed. Schools stayed shut. Markets were empty. Buses stopped. Power failed. Phones went dead.";
    const text = "The Ministry of Water Affairs opened a clinic in Tarsa." + filler + " Farmers thanked the ministry.";
    expect(entityAt(run(text), "the ministry", text, "thanked")).toBe("organization:ministry-of-water-affairs");
    const fresh =
      "The Ministry of Water Affairs opened a clinic in Tarsa. The two states agreed to set up a new ministry for rivers. Officials praised the ministry.";
    expect(entityAt(run(fresh), "the ministry", fresh, "praised")).toBeUndefined();
  });

  it("reads a pronoun in a fronted subordinate clause as the main subject that follows", () => {
    const text = "Viktor Dranko spoke first. When he addressed reporters on Sunday, Oren Maddox was upbeat.";
    const r = run(text);
    expect(entityAt(r, "he", text, "When")).toBe("person:oren-maddox");
  });

  it("keeps the nearest antecedent outside such a clause", () => {
    const text = "Viktor Dranko spoke first. Oren Maddox said he was upbeat.";
    const r = run(text);
    expect(entityAt(r, "he", text, "said")).toBe("person:oren-maddox");
  });

  it("reads 'he said' after a quotation as the speaker of the last quotation", () => {
    const text =
      'Belarusian Deputy Foreign Minister Arkady Rudak said talks would continue. Viktor Dranko has not spoken. "We will demand guarantees," he said.';
    const r = run(text);
    expect(entityAt(r, "he", text, "guarantees")).toBe("person:arkady-rudak");
  });

  it("resolves 'the country' to the last country named", () => {
    const text = "Moldova has asked for help. Dranko ordered an invasion of the country in 2021.";
    const r = run(text);
    const m = r.mentions.find((x) => x.text === "the country");
    expect(m).toMatchObject({ kind: "description", type: "country", entity: "country:moldova" });
    expect(r.entities.find((e) => e.key === "country:moldova")!.mentions).toContain(m);
  });

  it("resolves 'the Court' to the last organization with that head word, and nothing without one", () => {
    const text =
      "The Supreme Court of Justice ruled on July 8. The dispute on which the Court had ruled was old. The Council met.";
    const r = run(text);
    const court = r.mentions.find((x) => x.text === "the Court");
    expect(court?.entity).toBe(r.mentions.find((x) => x.text.includes("Supreme Court"))?.entity);
    expect(r.mentions.find((x) => x.text === "The Council" && x.kind === "description")).toBeUndefined();
  });
});

describe("organization references (round 2)", () => {
  it("resolves 'the company' to the last organization, 'the church' only to one with that head word", () => {
    const text =
      "Microsoft fixed the bug on Friday. Users praised the company for the quick release. The church did not comment.";
    const r = run(text);
    expect(r.mentions.find((x) => x.text === "the company")?.entity).toBe("organization:microsoft");
    expect(r.mentions.find((x) => /church/i.test(x.text) && x.kind === "description")).toBeUndefined();
  });

  it("resolves 'its' and a subject 'it' to the organization heading the clause, not a dummy or object 'it'", () => {
    const text =
      "Microsoft released a new browser on Friday. Its goal is to win back users, and it plans a campaign. It is time to upgrade, users replaced it quickly.";
    const r = run(text);
    const pronouns = r.mentions.filter((x) => x.kind === "pronoun" && x.type === "organization");
    expect(pronouns.map((m) => m.text)).toEqual(["Its", "it"]);
    for (const m of pronouns) expect(m.entity).toBe("organization:microsoft");
  });

  it("leaves 'its' alone after a person or a possessor subject", () => {
    const r = run("Satya Nadella praised Windows. Microsoft's browser lost its lead.");
    expect(r.mentions.filter((x) => x.kind === "pronoun" && x.type === "organization")).toEqual([]);
  });
});

describe("'its' after a person subject", () => {
  it("points at the one organization named earlier in the sentence, not at a possessor's noun", () => {
    const text = "Omar Haddad, a member of Greenpeace for a decade, was fired after leaving its board in May.";
    const r = run(text);
    expect(entityAt(r, "its", text, "leaving")).toBe("organization:greenpeace");
    const two = "Omar Haddad left Greenpeace for Oxfam and criticised its board.";
    expect(run(two).mentions.some((m) => m.text === "its")).toBe(false);
  });
});
