import { describe, expect, it } from "vitest";
import { relate } from "../../src/extract/relate";
import { TRIGGERS, verbForms } from "../../src/extract/relate/triggers";
import { nounLemmas, verbLemmas } from "../../src/extract/relate/kinds/index";
import { NOUN_PLURALS, VERB_FORMS } from "../../src/extract/relate/inflections.generated";
import type { EventRecord, Relations } from "../../src/extract/types";
import { fixture, relateFixture, roles, type MentionSpec } from "./relate-fixture";

const M = "person:oren-maddox";
const D = "person:viktor-dranko";
const S = "person:ilinca-sarbu";
const G = "person:grant-tolliver";
const US = "country:united-states";
const MD = "country:moldova";
const BY = "country:belarus";

const run = relateFixture;
const byKind = (r: Relations, kind: string) => r.events.filter((e) => e.kind === kind);

describe("trigger lexicon", () => {
  it("inflects every lemma from the generated table, irregular forms included", () => {
    expect(verbForms("accuse")).toEqual(["accuse", "accuses", "accused", "accusing"]);
    expect(verbForms("meet")).toEqual(["meet", "meets", "met", "meeting"]);
    expect(verbForms("withdraw")).toEqual(["withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing"]);
    expect(verbForms("slam")).toContain("slamming");
    expect(verbForms("study")).toContain("studies");
    expect(() => verbForms("frobnicate")).toThrow(/gen-inflections/);
  });
  it("has generated forms for every lemma of the lexicon (regenerate after editing it)", () => {
    for (const v of verbLemmas()) {
      expect(VERB_FORMS[v], v).toBeDefined();
      expect(VERB_FORMS[v][3], v).toMatch(/ing$/);
    }
    for (const n of nounLemmas()) expect(NOUN_PLURALS[n], n).toBeDefined();
  });
  it("catches plurals of event nouns and every class of the lexicon", () => {
    expect(TRIGGERS.get("deals")?.[0]).toMatchObject({ kind: "agreement", pos: "noun" });
    expect(TRIGGERS.get("studies")?.some((s) => s.kind === "report")).toBe(true);
    expect(TRIGGERS.get("published")?.[0].kind).toBe("report");
    expect(TRIGGERS.get("funded")?.[0].kind).toBe("aid");
    expect(TRIGGERS.get("investigation")?.[0].noun).toBe("investigation");
    expect(TRIGGERS.get("criticised")?.[0].kind).toBe("disapproval");
    expect(TRIGGERS.get("denied")?.[0].kind).toBe("rejection");
    expect(TRIGGERS.get("sued")?.[0].kind).toBe("accusation");
    expect(TRIGGERS.get("murdered")?.[0].kind).toBe("attack");
    expect(TRIGGERS.get("resigned")?.[0].kind).toBe("appointment");
    expect(TRIGGERS.get("acquired")?.[0].noun).toBe("acquisition");
    expect(TRIGGERS.get("awarded")?.[0].noun).toBe("award");
  });
  it("maps verbs and nominalisations to kinds, phrasal verbs first", () => {
    expect(TRIGGERS.get("invasion")?.[0].kind).toBe("invasion");
    expect(TRIGGERS.get("met")?.[0].kind).toBe("meeting");
    expect(TRIGGERS.get("ruled")?.[0]).toMatchObject({ kind: "rejection", particle: "out" });
    expect(TRIGGERS.get("said")).toBeUndefined();
  });
});

describe("relate: events from news-style sentences", () => {
  it("reads a meeting with coordinated subjects, place and time, leaving the envoy's principal out", () => {
    const r = run("The news comes after Dranko and Maddox envoy Grant Tolliver met in Minsk on Thursday.", [
      { text: "Dranko", entity: D },
      { text: "Maddox", entity: M },
      { text: "Grant Tolliver", entity: G },
      { text: "Minsk", entity: "place:minsk" },
    ]);
    expect(r.events).toHaveLength(1);
    const [meeting] = r.events;
    expect(meeting).toMatchObject({
      kind: "meeting",
      label: "Dranko–Tolliver meeting in Minsk",
      key: "event:dranko-tolliver-meeting-in-minsk",
      date: "on Thursday",
      place: "place:minsk",
    });
    expect(roles(meeting)).toEqual({ [D]: "agent", [G]: "agent", "place:minsk": "location" });
    expect(r.relations).toContainEqual(
      expect.objectContaining({ source: G, target: M, label: "envoy of", kind: "role" }),
    );
  });

  it("keeps two clauses apart: an agreement and an accusation in one sentence", () => {
    const text =
      "Meanwhile, Moldova has agreed to the U.S.-backed peace proposal, while Moldovan President Ilinca Sarbu on Saturday accused Dranko of deliberately stalling talks in order to try and grab more land.";
    const r = run(text, [
      { text: "Moldova", entity: MD },
      { text: "U.S.", entity: US },
      { text: "Moldovan", entity: MD, kind: "demonym" },
      { text: "Ilinca Sarbu", entity: S, role: "President", affiliation: MD },
      { text: "Dranko", entity: D },
    ]);
    const [agreement] = byKind(r, "agreement");
    expect(roles(agreement)).toEqual({ [MD]: "agent", [US]: "participant" });
    expect(agreement.label).toBe("Moldova agreement to U.S.-backed peace proposal");
    const [accusation] = byKind(r, "accusation");
    expect(accusation).toMatchObject({ label: "Sarbu accusation against Dranko", date: "on Saturday" });
    expect(roles(accusation)).toEqual({ [S]: "agent", [D]: "target" });
    expect(text.slice(accusation.evidence[0].start, accusation.evidence[0].end)).toBe("accused");
    expect(r.relations).toContainEqual(
      expect.objectContaining({ source: S, target: MD, label: "president of", kind: "role" }),
    );
  });

  it("merges every mention of one call into one event with all its evidence", () => {
    const text = [
      "Maddox to Speak to Dranko, Says They Are Talking About Borders",
      "",
      "President Oren Maddox said he and Belarusian President Viktor Dranko will speak about the crisis in Moldova on Tuesday.",
      "",
      "The Zorin Palace confirmed Monday that Dranko is slated to speak to Maddox.",
      "",
      "Maddox was vague on whether talks with Dranko would lead to a truce.",
    ].join("\n");
    const r = run(text, [
      { text: "Maddox", entity: M },
      { text: "Dranko", entity: D },
      { text: "Oren Maddox", entity: M, role: "President" },
      { text: "he", entity: M, kind: "pronoun" },
      { text: "Belarusian", entity: BY, kind: "demonym" },
      { text: "Viktor Dranko", entity: D, role: "President", affiliation: BY },
      { text: "Moldova", entity: MD },
      { text: "Zorin Palace", entity: "organization:zorin-palace" },
      { text: "Dranko", entity: D },
      { text: "Maddox", entity: M },
      { text: "Maddox", entity: M },
      { text: "Dranko", entity: D },
    ]);
    const calls = r.events.filter(
      (e) => e.participants.some((p) => p.entity === M) && e.participants.some((p) => p.entity === D),
    );
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ kind: "call", label: "Maddox–Dranko call", date: "on Tuesday" });
    expect(calls[0].evidence.map((e) => text.slice(e.start, e.end))).toEqual(["Speak", "speak", "speak", "talks"]);
    // the palace only confirmed it, Moldova is only the topic: neither is a participant
    expect(calls[0].participants.map((p) => p.entity).sort()).toEqual([M, D].sort());
  });

  it("gives a leader's state action to the state, and reads 'his country' as the speaker's country", () => {
    const r = run(
      "Dranko ordered a large-scale invasion of Moldova in 2021. Belarusian Deputy Foreign Minister Arkady Rudak told newspaper Krynica that his country would demand that firm security guarantees barring Moldova from NATO membership form part of any settlement.",
      [
        { text: "Dranko", entity: D, role: "President", affiliation: BY },
        { text: "Moldova", entity: MD },
        { text: "Belarusian", entity: BY, kind: "demonym" },
        {
          text: "Arkady Rudak",
          entity: "person:arkady-rudak",
          role: "Deputy Foreign Minister",
          affiliation: BY,
        },
        { text: "Krynica", entity: "organization:krynica" },
        { text: "his", entity: "person:arkady-rudak", kind: "pronoun" },
        { text: "Moldova", entity: MD },
        { text: "NATO", entity: "organization:nato" },
      ],
    );
    const [invasion] = byKind(r, "invasion");
    expect(invasion).toMatchObject({ label: "Belarus invasion of Moldova", date: "in 2021" });
    expect(roles(invasion)).toEqual({ [D]: "agent", [BY]: "agent", [MD]: "target" });
    const [demand] = byKind(r, "demand");
    expect(demand.label).toBe("Belarus demand for firm security guarantees");
    expect(roles(demand)).toEqual({ [BY]: "agent", [MD]: "target", "organization:nato": "target" });
    expect(r.relations).toContainEqual(
      expect.objectContaining({ source: "person:arkady-rudak", target: "organization:krynica", label: "told" }),
    );
    expect(r.relations).toContainEqual(
      expect.objectContaining({ source: "person:arkady-rudak", target: BY, label: "deputy foreign minister of" }),
    );
  });

  it("takes the main subject for a fronted participle clause and the 'with' complement", () => {
    const r = run(
      "U.S. President Maddox spoke. After provoking a bitter blowup at the White House with Sarbu during an official visit, Maddox briefly suspended military aid to and data sharing with Moldova.",
      [
        { text: "U.S.", entity: US, label: "United States" },
        { text: "Maddox", entity: M, role: "President", affiliation: US },
        { text: "White House", entity: "place:white-house" },
        { text: "Sarbu", entity: S },
        { text: "Maddox", entity: M },
        { text: "Moldova", entity: MD },
      ],
    );
    expect(roles(byKind(r, "confrontation")[0])).toEqual({
      [M]: "agent",
      "place:white-house": "location",
      [S]: "participant",
    });
    const [suspension] = byKind(r, "suspension");
    expect(suspension.label).toBe("United States suspension of military aid to Moldova");
    expect(roles(suspension)).toEqual({ [M]: "agent", [US]: "agent", [MD]: "target" });
  });

  it("reads an appositive description's possessive as the position's holder and an outlet before 'interview'", () => {
    const r = run(
      "Maddox's remarks came on the morning that his national security advisor, Lyle Danner, suggested in a CBS interview that it is premature.",
      [
        { text: "Maddox", entity: M },
        {
          text: "his national security advisor",
          entity: "person:lyle-danner",
          kind: "description",
          role: "national security advisor",
        },
        { text: "his", entity: M, kind: "pronoun", nested: true },
        { text: "Lyle Danner", entity: "person:lyle-danner" },
        { text: "CBS", entity: "organization:cbs", label: "CBS" },
      ],
    );
    expect(r.relations).toContainEqual(
      expect.objectContaining({
        source: "person:lyle-danner",
        target: M,
        label: "national security advisor of",
        kind: "role",
      }),
    );
    const [interview] = byKind(r, "interview");
    expect(interview.label).toBe("Danner interview with CBS");
    expect(roles(interview)).toEqual({ "person:lyle-danner": "agent", "organization:cbs": "participant" });
  });

  it("relates 'X called Y a dictator', also through a relative clause", () => {
    const direct = run("Maddox called Sarbu a dictator.", [
      { text: "Maddox", entity: M },
      { text: "Sarbu", entity: S },
    ]);
    expect(direct.relations).toEqual([expect.objectContaining({ source: M, target: S, label: "called a dictator" })]);
    const relative = run("Maddox spread lies about Sarbu, a freely elected president who he had called a “dictator.”", [
      { text: "Maddox", entity: M },
      { text: "Sarbu", entity: S },
      { text: "he", entity: M, kind: "pronoun" },
    ]);
    expect(relative.relations).toContainEqual(
      expect.objectContaining({ source: M, target: S, label: "called a dictator" }),
    );
    // "elected" after a determiner is an adjective, not an election
    expect(relative.events).toEqual([]);
  });
});

describe("relate: news on other topics", () => {
  it("company acquisition", () => {
    const r = run("Microsoft bought the video game maker Activision Blizzard in 2023.", [
      { text: "Microsoft", entity: "organization:microsoft" },
      { text: "Activision Blizzard", entity: "organization:activision-blizzard" },
    ]);
    expect(r.events).toHaveLength(1);
    expect(r.events[0]).toMatchObject({
      kind: "acquisition",
      label: "Microsoft acquisition of Activision Blizzard",
      date: "in 2023",
    });
    expect(roles(r.events[0])).toEqual({
      "organization:microsoft": "agent",
      "organization:activision-blizzard": "target",
    });
  });

  it("arrest in the passive: the subject is the target, 'by X' the agent", () => {
    const r = run("Teodor Valmy was arrested by the Fresno County Sheriff's Department in California on Thursday.", [
      { text: "Teodor Valmy", entity: "person:teodor-valmy" },
      {
        text: "Fresno County Sheriff's Department",
        entity: "organization:fresno-county-sheriffs-department",
        label: "Fresno County Sheriff's Department",
      },
      { text: "California", entity: "place:california" },
    ]);
    expect(r.events).toHaveLength(1);
    expect(r.events[0]).toMatchObject({ kind: "arrest", date: "on Thursday", place: "place:california" });
    expect(roles(r.events[0])).toEqual({
      "person:teodor-valmy": "target",
      "organization:fresno-county-sheriffs-department": "agent",
      "place:california": "location",
    });
    expect(r.events[0].label).toBe("Fresno County Sheriff's Department arrest of Valmy in California");
  });

  it("election with a month and year", () => {
    const r = run("Brazil elected Luiz Inacio Lula da Silva as president in October 2022.", [
      { text: "Brazil", entity: "country:brazil" },
      { text: "Luiz Inacio Lula da Silva", entity: "person:luiz-inacio-lula-da-silva" },
    ]);
    expect(r.events[0]).toMatchObject({ kind: "election", date: "in October 2022" });
    expect(roles(r.events[0])).toEqual({ "country:brazil": "agent", "person:luiz-inacio-lula-da-silva": "target" });
  });

  it("sports match: one event per match however it is told", () => {
    const text =
      "Iceland defeated Costa Rica 1 – 0; Austria beat Qatar 3 – 0.\n\nIn the opening game of the day, Iceland faced Costa Rica at the Harlow Park Stadium.";
    const r = run(text, [
      { text: "Iceland", entity: "country:iceland" },
      { text: "Costa Rica", entity: "country:costa-rica" },
      { text: "Austria", entity: "country:austria" },
      { text: "Qatar", entity: "country:qatar" },
      { text: "Iceland", entity: "country:iceland" },
      { text: "Costa Rica", entity: "country:costa-rica" },
      { text: "Harlow Park Stadium", entity: "place:harlow-park-stadium" },
    ]);
    expect(r.events.map((e) => e.label)).toEqual([
      "Iceland–Costa Rica match in Harlow Park Stadium",
      "Austria–Qatar match",
    ]);
    expect(r.events[0].evidence).toHaveLength(2);
  });

  it("makes no event of reported speech or a trigger without two participants", () => {
    const r = run("Maddox said Dranko is a strong leader. The war in Moldova goes on.", [
      { text: "Maddox", entity: M },
      { text: "Dranko", entity: D },
      { text: "Moldova", entity: MD },
    ]);
    expect(r.events).toEqual([]);
    expect(r.relations).toEqual([]);
  });

  it("is deterministic", () => {
    const text = "Dranko and Maddox envoy Grant Tolliver met in Minsk on Thursday.";
    const specs = [
      { text: "Dranko", entity: D },
      { text: "Maddox", entity: M },
      { text: "Grant Tolliver", entity: G },
      { text: "Minsk", entity: "place:minsk" },
    ];
    expect(JSON.stringify(run(text, specs))).toBe(JSON.stringify(run(text, specs)));
  });
});
