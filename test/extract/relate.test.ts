import { describe, expect, it } from "vitest";
import { relate } from "../../src/extract/relate";
import { TRIGGERS, verbForms } from "../../src/extract/relate/triggers";
import { nounLemmas, verbLemmas } from "../../src/extract/relate/kinds/index";
import { NOUN_PLURALS, VERB_FORMS } from "../../src/extract/relate/inflections.generated";
import type { EventRecord, Relations } from "../../src/extract/types";
import { fixture, relateFixture, roles, type MentionSpec } from "./relate-fixture";

const T = "person:donald-trump";
const P = "person:vladimir-putin";
const Z = "person:volodymyr-zelensky";
const W = "person:steve-witkoff";
const US = "country:united-states";
const UA = "country:ukraine";
const RU = "country:russia";

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

describe("relate: events from seed sentences", () => {
  it("reads a meeting with coordinated subjects, place and time, leaving the envoy's principal out", () => {
    const r = run("The developments come after Putin and Trump envoy Steve Witkoff met in Moscow on Thursday.", [
      { text: "Putin", entity: P },
      { text: "Trump", entity: T },
      { text: "Steve Witkoff", entity: W },
      { text: "Moscow", entity: "place:moscow" },
    ]);
    expect(r.events).toHaveLength(1);
    const [meeting] = r.events;
    expect(meeting).toMatchObject({
      kind: "meeting",
      label: "Putin–Witkoff meeting in Moscow",
      key: "event:putin-witkoff-meeting-in-moscow",
      date: "on Thursday",
      place: "place:moscow",
    });
    expect(roles(meeting)).toEqual({ [P]: "agent", [W]: "agent", "place:moscow": "location" });
    expect(r.relations).toContainEqual(
      expect.objectContaining({ source: W, target: T, label: "envoy of", kind: "role" }),
    );
  });

  it("keeps two clauses apart: an agreement and an accusation in one sentence", () => {
    const text =
      "Meanwhile, Ukraine has agreed to a U.S.-backed ceasefire proposal, while Ukrainian President Volodymyr Zelensky on Saturday accused Putin of deliberately prolonging negotiations in order to try and seize more territory.";
    const r = run(text, [
      { text: "Ukraine", entity: UA },
      { text: "U.S.", entity: US },
      { text: "Ukrainian", entity: UA, kind: "demonym" },
      { text: "Volodymyr Zelensky", entity: Z, role: "President", affiliation: UA },
      { text: "Putin", entity: P },
    ]);
    const [agreement] = byKind(r, "agreement");
    expect(roles(agreement)).toEqual({ [UA]: "agent", [US]: "participant" });
    expect(agreement.label).toBe("Ukraine agreement to U.S.-backed ceasefire proposal");
    const [accusation] = byKind(r, "accusation");
    expect(accusation).toMatchObject({ label: "Zelensky accusation against Putin", date: "on Saturday" });
    expect(roles(accusation)).toEqual({ [Z]: "agent", [P]: "target" });
    expect(text.slice(accusation.evidence[0].start, accusation.evidence[0].end)).toBe("accused");
    expect(r.relations).toContainEqual(
      expect.objectContaining({ source: Z, target: UA, label: "president of", kind: "role" }),
    );
  });

  it("merges every mention of one call into one event with all its evidence", () => {
    const text = [
      "Trump to Speak to Putin, Says They Are Talking About Assets",
      "",
      "President Donald Trump said he and Russian President Vladimir Putin will speak about the war in Ukraine on Tuesday.",
      "",
      "The Kremlin confirmed Monday that Putin is slated to speak to Trump.",
      "",
      "Trump was noncommittal about whether or not talks with Putin would result in a ceasefire.",
    ].join("\n");
    const r = run(text, [
      { text: "Trump", entity: T },
      { text: "Putin", entity: P },
      { text: "Donald Trump", entity: T, role: "President" },
      { text: "he", entity: T, kind: "pronoun" },
      { text: "Russian", entity: RU, kind: "demonym" },
      { text: "Vladimir Putin", entity: P, role: "President", affiliation: RU },
      { text: "Ukraine", entity: UA },
      { text: "Kremlin", entity: "organization:kremlin" },
      { text: "Putin", entity: P },
      { text: "Trump", entity: T },
      { text: "Trump", entity: T },
      { text: "Putin", entity: P },
    ]);
    const calls = r.events.filter(
      (e) => e.participants.some((p) => p.entity === T) && e.participants.some((p) => p.entity === P),
    );
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ kind: "call", label: "Trump–Putin call", date: "on Tuesday" });
    expect(calls[0].evidence.map((e) => text.slice(e.start, e.end))).toEqual(["Speak", "speak", "speak", "talks"]);
    // the Kremlin only confirmed it, Ukraine is only the topic: neither is a participant
    expect(calls[0].participants.map((p) => p.entity).sort()).toEqual([T, P].sort());
  });

  it("gives a leader's state action to the state, and reads 'his country' as the speaker's country", () => {
    const r = run(
      "Putin ordered a full-scale invasion of Ukraine in 2022. Russian Deputy Foreign Minister Alexander Grushko told newspaper Izvestia that his country will demand that ironclad security guarantees barring Ukraine from NATO membership be part of any peace deal.",
      [
        { text: "Putin", entity: P, role: "President", affiliation: RU },
        { text: "Ukraine", entity: UA },
        { text: "Russian", entity: RU, kind: "demonym" },
        {
          text: "Alexander Grushko",
          entity: "person:alexander-grushko",
          role: "Deputy Foreign Minister",
          affiliation: RU,
        },
        { text: "Izvestia", entity: "organization:izvestia" },
        { text: "his", entity: "person:alexander-grushko", kind: "pronoun" },
        { text: "Ukraine", entity: UA },
        { text: "NATO", entity: "organization:nato" },
      ],
    );
    const [invasion] = byKind(r, "invasion");
    expect(invasion).toMatchObject({ label: "Russia invasion of Ukraine", date: "in 2022" });
    expect(roles(invasion)).toEqual({ [P]: "agent", [RU]: "agent", [UA]: "target" });
    const [demand] = byKind(r, "demand");
    expect(demand.label).toBe("Russia demand for ironclad security guarantees");
    expect(roles(demand)).toEqual({ [RU]: "agent", [UA]: "target", "organization:nato": "target" });
    expect(r.relations).toContainEqual(
      expect.objectContaining({ source: "person:alexander-grushko", target: "organization:izvestia", label: "told" }),
    );
    expect(r.relations).toContainEqual(
      expect.objectContaining({ source: "person:alexander-grushko", target: RU, label: "deputy foreign minister of" }),
    );
  });

  it("takes the main subject for a fronted participle clause and the 'with' complement", () => {
    const r = run(
      "U.S. President Trump spoke. After provoking a contentious blowup in the White House with Zelensky during a state visit, Trump temporarily suspended military aid to and intelligence sharing with Ukraine.",
      [
        { text: "U.S.", entity: US, label: "United States" },
        { text: "Trump", entity: T, role: "President", affiliation: US },
        { text: "White House", entity: "place:white-house" },
        { text: "Zelensky", entity: Z },
        { text: "Trump", entity: T },
        { text: "Ukraine", entity: UA },
      ],
    );
    expect(roles(byKind(r, "confrontation")[0])).toEqual({
      [T]: "agent",
      "place:white-house": "location",
      [Z]: "participant",
    });
    const [suspension] = byKind(r, "suspension");
    expect(suspension.label).toBe("United States suspension of military aid to Ukraine");
    expect(roles(suspension)).toEqual({ [T]: "agent", [US]: "agent", [UA]: "target" });
  });

  it("reads an appositive description's possessive as the position's holder and an outlet before 'interview'", () => {
    const r = run(
      "Trump's remarks came the same day that his national security advisor, Mike Waltz, suggested in an ABC interview that it is unreasonable.",
      [
        { text: "Trump", entity: T },
        {
          text: "his national security advisor",
          entity: "person:mike-waltz",
          kind: "description",
          role: "national security advisor",
        },
        { text: "his", entity: T, kind: "pronoun", nested: true },
        { text: "Mike Waltz", entity: "person:mike-waltz" },
        { text: "ABC", entity: "organization:abc", label: "ABC" },
      ],
    );
    expect(r.relations).toContainEqual(
      expect.objectContaining({
        source: "person:mike-waltz",
        target: T,
        label: "national security advisor of",
        kind: "role",
      }),
    );
    const [interview] = byKind(r, "interview");
    expect(interview.label).toBe("Waltz interview with ABC");
    expect(roles(interview)).toEqual({ "person:mike-waltz": "agent", "organization:abc": "participant" });
  });

  it("relates 'X called Y a dictator', also through a relative clause", () => {
    const direct = run("Trump called Zelensky a dictator.", [
      { text: "Trump", entity: T },
      { text: "Zelensky", entity: Z },
    ]);
    expect(direct.relations).toEqual([expect.objectContaining({ source: T, target: Z, label: "called a dictator" })]);
    const relative = run(
      "Trump spread falsehoods about Zelensky, a democratically elected leader who he has called a “dictator.”",
      [
        { text: "Trump", entity: T },
        { text: "Zelensky", entity: Z },
        { text: "he", entity: T, kind: "pronoun" },
      ],
    );
    expect(relative.relations).toContainEqual(
      expect.objectContaining({ source: T, target: Z, label: "called a dictator" }),
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
    const r = run("Daniel Montalvo was arrested by the Los Angeles Sheriff's Department in California on Thursday.", [
      { text: "Daniel Montalvo", entity: "person:daniel-montalvo" },
      {
        text: "Los Angeles Sheriff's Department",
        entity: "organization:los-angeles-sheriffs-department",
        label: "Los Angeles Sheriff's Department",
      },
      { text: "California", entity: "place:california" },
    ]);
    expect(r.events).toHaveLength(1);
    expect(r.events[0]).toMatchObject({ kind: "arrest", date: "on Thursday", place: "place:california" });
    expect(roles(r.events[0])).toEqual({
      "person:daniel-montalvo": "target",
      "organization:los-angeles-sheriffs-department": "agent",
      "place:california": "location",
    });
    expect(r.events[0].label).toBe("Los Angeles Sheriff's Department arrest of Montalvo in California");
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
      "Sweden defeated South Korea 1 – 0; Belgium beat Panama 3 – 0.\n\nIn the first game of the day, Sweden faced South Korea at the Nizhny Novgorod Stadium.";
    const r = run(text, [
      { text: "Sweden", entity: "country:sweden" },
      { text: "South Korea", entity: "country:south-korea" },
      { text: "Belgium", entity: "country:belgium" },
      { text: "Panama", entity: "country:panama" },
      { text: "Sweden", entity: "country:sweden" },
      { text: "South Korea", entity: "country:south-korea" },
      { text: "Nizhny Novgorod Stadium", entity: "place:nizhny-novgorod-stadium" },
    ]);
    expect(r.events.map((e) => e.label)).toEqual([
      "Sweden–South Korea match in Nizhny Novgorod Stadium",
      "Belgium–Panama match",
    ]);
    expect(r.events[0].evidence).toHaveLength(2);
  });

  it("makes no event of reported speech or a trigger without two participants", () => {
    const r = run("Trump said Putin is a strong leader. The war in Ukraine goes on.", [
      { text: "Trump", entity: T },
      { text: "Putin", entity: P },
      { text: "Ukraine", entity: UA },
    ]);
    expect(r.events).toEqual([]);
    expect(r.relations).toEqual([]);
  });

  it("is deterministic", () => {
    const text = "Putin and Trump envoy Steve Witkoff met in Moscow on Thursday.";
    const specs = [
      { text: "Putin", entity: P },
      { text: "Trump", entity: T },
      { text: "Steve Witkoff", entity: W },
      { text: "Moscow", entity: "place:moscow" },
    ];
    expect(JSON.stringify(run(text, specs))).toBe(JSON.stringify(run(text, specs)));
  });
});
