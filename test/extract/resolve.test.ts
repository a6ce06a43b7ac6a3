import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { recognise } from "../../src/extract/recognise";
import { resolve } from "../../src/extract/resolve";
import { segment } from "../../src/extract/segment";
import type { Resolution } from "../../src/extract/types";
import { SEED_ARTICLE } from "../helpers/paths";

const run = (text: string): Resolution => {
  const doc = segment(text);
  return resolve(doc, recognise(doc));
};
const entity = (r: Resolution, key: string) => r.entities.find((e) => e.key === key);
const entityOf = (r: Resolution, text: string, from = 0) =>
  r.mentions.find((m) => m.text === text && m.start >= from)?.entity;

describe("resolve", () => {
  it("merges every surface form of a person and labels it with the fullest name", () => {
    const r = run("President Oren Maddox spoke on Sunday. Later, Maddox said talks went well. Maddox’s aides agreed.");
    const maddox = entity(r, "person:oren-maddox")!;
    expect(maddox).toBeDefined();
    expect(maddox.label).toBe("Oren Maddox");
    expect(maddox.aliases).toEqual(["Oren Maddox", "Maddox"]);
    expect(maddox.role).toBe("President");
    expect(r.entities.filter((e) => e.type === "person")).toHaveLength(1);
  });

  it("labels a place the way the text writes it elsewhere, or in a name's case when only a dateline names it", () => {
    const r = run("VALLETTA, Malta — The port reopened. Ships came back to Valletta on Monday.");
    expect(entity(r, "place:valletta")?.label).toBe("Valletta");
    expect(entity(r, "place:valletta")?.aliases).toContain("VALLETTA");
    const only = run("PORT LOUIS, Mauritius — The port reopened on Monday after the UNESCO mission left.");
    expect(entity(only, "place:port-louis")?.label).toBe("Port Louis");
    expect(entity(only, "organization:unesco")?.label).toBe("UNESCO");
  });

  it("merges two spellings of one person's name, but not two people who share a given name", () => {
    const r = run(
      "The mayor, Tomas Kerwenski, opened the fair. Officials said Tomas Kerwensky would return. Kerwenski smiled.",
    );
    const people = r.entities.filter((e) => e.type === "person");
    expect(people).toHaveLength(1);
    expect(people[0].label).toBe("Tomas Kerwenski");
    expect(people[0].aliases).toEqual(expect.arrayContaining(["Tomas Kerwenski", "Tomas Kerwensky"]));
    // a surname alone, two letters off a long one
    const lone = run("Researcher Annika Lindqvistberg led the study. Lindqvistbreg said more work was needed.");
    expect(lone.entities.filter((e) => e.type === "person")).toHaveLength(1);
    // other words must match exactly; short words are names of their own
    const two = run("Lars Andersen and Mary Anderson met. Jan Berg and Jan Borg spoke.");
    expect(
      two.entities
        .filter((e) => e.type === "person")
        .map((e) => e.label)
        .sort(),
    ).toEqual(["Jan Berg", "Jan Borg", "Lars Andersen", "Mary Anderson"]);
  });

  it("merges organization names that differ only in their link words", () => {
    const r = run(
      "Inspectors from Drug Standards Canada Mexico visited. Later the Drug Standards of Canada and Mexico agreed.",
    );
    const orgs = r.entities.filter((e) => e.type === "organization");
    expect(orgs).toHaveLength(1);
    expect(orgs[0].aliases).toEqual(
      expect.arrayContaining(["Drug Standards Canada Mexico", "Drug Standards of Canada and Mexico"]),
    );
    // but two different bodies with a shared stem stay apart
    const two = run("The Bank of Canada and the Bank of Mexico met.");
    expect(two.entities.filter((e) => e.type === "organization")).toHaveLength(2);
  });

  it("a group named by its country is an organization that 'the team' points back to", () => {
    const r = run(
      "The six-member Peruvian team had been denied visas. Officials did not say why the team was denied. The Peruvian team's coach was proud.",
    );
    const team = entity(r, "organization:peruvian-team")!;
    expect(team.label).toBe("Peruvian team");
    expect(team.mentions.map((m) => m.text)).toEqual(["Peruvian team", "the team", "Peruvian team"]);
    expect(team.mentions[0].affiliation).toBe("country:peru");
    const delegation = run("The French delegation arrived late on Monday. Hosts said the delegation was tired.");
    expect(entity(delegation, "organization:french-delegation")!.mentions.map((m) => m.text)).toEqual([
      "French delegation",
      "the delegation",
    ]);
    // a passing group is no entity
    expect(run("The Norwegian delegation arrived late.").entities.map((e) => e.type)).not.toContain("organization");
  });

  it("a group noun before a name makes the later group description that name", () => {
    const r = run("The final saw US team Zephyr and Halcyon meet. Zephyr lost after a late rally by the US team.");
    expect(r.entities.filter((e) => e.type === "organization").map((e) => e.label)).toEqual(["Zephyr", "Halcyon"]);
    expect(entity(r, "organization:zephyr")!.mentions.map((m) => m.text)).toEqual(["Zephyr", "Zephyr", "US team"]);
  });

  it("merges country names into one canonical node", () => {
    const r = run("The U.S. and the United States of America are one. America agreed, and the US said so.");
    const us = entity(r, "country:united-states")!;
    expect(us.label).toBe("United States");
    expect(us.aliases).toEqual(expect.arrayContaining(["United States", "U.S.", "America", "US"]));
    expect(r.entities.filter((e) => e.type === "country")).toHaveLength(1);
  });

  it("attaches demonyms to their country without making nodes of them", () => {
    const r = run("Russia denied it. Russian officials and a Ukrainian envoy met.");
    expect(r.entities.map((e) => e.key)).toEqual(["country:russia"]);
    const russia = entity(r, "country:russia")!;
    expect(russia.mentions.map((m) => [m.text, m.kind])).toEqual([
      ["Russia", "name"],
      ["Russian", "demonym"],
    ]);
    expect(r.mentions.find((m) => m.text === "Ukrainian")!.entity).toBeUndefined();
  });

  it("merges an acronym with its expansion, in either order or by initials", () => {
    const a = run("The North Atlantic Treaty Organization (NATO) met. NATO said no.");
    expect(a.entities.map((e) => [e.key, e.type])).toEqual([["organization:nato", "organization"]]);
    expect(a.entities[0].aliases).toEqual(expect.arrayContaining(["NATO", "North Atlantic Treaty Organization"]));
    const b = run(
      "The secretary of FBN (Nordic Bakers Federation), Sven Aldrup, spoke. The Nordic Bakers Federation agreed.",
    );
    const orgs = b.entities.filter((e) => e.type === "organization");
    expect(orgs).toHaveLength(1);
    expect(orgs[0].aliases).toEqual(expect.arrayContaining(["FBN", "Nordic Bakers Federation"]));
    const c = run("The Union of Concerned Scientists launched a petition. The UCS said it had support.");
    expect(c.entities.filter((e) => e.type === "organization").map((e) => e.aliases.sort())).toEqual([
      ["UCS", "Union of Concerned Scientists"],
    ]);
  });

  it("merges an organization named with and without its country", () => {
    const r = run("The United Kingdom Cabinet Office published a form. The Cabinet Office said it was new.");
    const orgs = r.entities.filter((e) => e.type === "organization");
    expect(orgs.map((e) => e.label)).toEqual(["United Kingdom Cabinet Office"]);
    const court = run("The Greek Supreme Court of Justice ruled on Friday. The Supreme Court said fines are due.");
    expect(court.entities.filter((e) => e.type === "organization").map((e) => e.label)).toEqual([
      "Greek Supreme Court of Justice",
    ]);
  });

  it("resolves pronouns to the nearest compatible person", () => {
    const text = "Viktor Dranko said he and Greta Halvik would talk. She said it was fine. He agreed.";
    const r = run(text);
    expect(entityOf(r, "he")).toBe("person:viktor-dranko");
    expect(entityOf(r, "She")).toBe("person:greta-halvik");
    expect(entityOf(r, "He")).toBe("person:viktor-dranko");
  });

  it("resolves role descriptions and counterparts to the entity with that role", () => {
    const text =
      "President Oren Maddox and Belarusian President Viktor Dranko will talk. “We shall see,” the U.S. president said to reporters, asked what he would ask of his Belarusian counterpart.";
    const r = run(text);
    expect(entityOf(r, "the U.S. president")).toBe("person:oren-maddox");
    expect(entityOf(r, "his Belarusian counterpart")).toBe("person:viktor-dranko");
    expect(entity(r, "person:viktor-dranko")!.mentions.some((m) => m.kind === "description")).toBe(true);
  });

  it("resolves an apposed description to the name after it", () => {
    const r = run(
      "Oren Maddox spoke on the morning that his national security advisor, Lyle Danner, gave an interview.",
    );
    expect(entityOf(r, "his national security advisor")).toBe("person:lyle-danner");
    expect(entityOf(r, "his")).toBe("person:oren-maddox");
    expect(entity(r, "person:lyle-danner")!.role).toBe("national security advisor");
  });

  it("builds the seed article's entities with titles as roles and affiliations set", () => {
    const r = run(readFileSync(SEED_ARTICLE, "utf8"));
    const grushko = entity(r, "person:alexander-grushko")!;
    expect(grushko.role).toBe("Deputy Foreign Minister");
    expect(grushko.mentions.find((m) => m.kind === "name")!.affiliation).toBe("country:russia");
    expect(entity(r, "person:vladimir-putin")!.mentions.find((m) => m.affiliation)!.affiliation).toBe("country:russia");
    expect(entity(r, "organization:kremlin")).toBeDefined();
    const keys = r.entities.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const e of r.entities) for (const m of e.mentions) expect(m.entity).toBe(e.key);
  });

  it("is deterministic", () => {
    const text = readFileSync(SEED_ARTICLE, "utf8");
    expect(JSON.stringify(run(text))).toBe(JSON.stringify(run(text)));
  });

  it("keeps a son and his father apart when they share a surname", () => {
    const r = run(
      "Idris Khaleel built a radio. His father, Khaleel Al-Noor Khaleel, spoke. Idris Khaleel was released.",
    );
    const people = r.entities.filter((e) => e.type === "person").map((e) => e.label);
    expect(people).toEqual(["Idris Khaleel", "Khaleel Al-Noor Khaleel"]);
  });
});
