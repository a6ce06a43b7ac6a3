// One test per relate rule added to make events and relations generalise,
// each on an invented news-style sentence, with entity mentions placed by hand so the
// rule is tested apart from recognition.
import { describe, expect, it } from "vitest";
import { relate } from "../../src/extract/relate";
import type { EventRecord, RelationRecord, Relations } from "../../src/extract/types";
import { fixture, relateFixture, roles, type MentionSpec } from "./relate-fixture";

const run = relateFixture;
const rel = (r: Relations, source: string, target: string) =>
  r.relations.find((x: RelationRecord) => x.source === source && x.target === target);

const HADDOU = "person:samir-haddou";

describe("subjects", () => {
  it("skips an appositive with a number and a description: 'X, 19, a member of Y all his life, was arrested'", () => {
    const r = run(
      "Teodor Valmy, 19, a member of Orvism all his life, was arrested by the FBI after leaving the Grey Circle.",
      [
        { text: "Teodor Valmy", entity: "person:teodor-valmy" },
        { text: "Orvism", entity: "organization:orvism" },
        { text: "his", entity: "person:teodor-valmy", kind: "pronoun" },
        { text: "FBI", entity: "organization:fbi" },
        { text: "Grey Circle", entity: "organization:grey-circle" },
      ],
    );
    const arrest = r.events.find((e) => e.kind === "arrest")!;
    expect(roles(arrest)).toEqual({ "person:teodor-valmy": "target", "organization:fbi": "agent" });
    expect(rel(r, "person:teodor-valmy", "organization:orvism")?.label).toBe("member of");
  });

  it("takes the apposed name after a description as subject: 'Co-founder of Brightlane, Oskar Falk, met with X'", () => {
    const r = run("Co-founder of Brightlane, Oskar Falk, personally met with Haddou during his visit to Brightlane.", [
      { text: "Brightlane", entity: "organization:brightlane" },
      { text: "Oskar Falk", entity: "person:oskar-falk" },
      { text: "Haddou", entity: HADDOU },
      { text: "his", entity: HADDOU, kind: "pronoun" },
      { text: "Brightlane", entity: "organization:brightlane" },
    ]);
    const [meeting] = r.events;
    expect(roles(meeting)).toMatchObject({ "person:oskar-falk": "agent", [HADDOU]: "participant" });
    expect(rel(r, "person:oskar-falk", "organization:brightlane")?.label).toMatch(/founder of$/);
  });

  it("takes a relative pronoun's antecedent: 'Civic Ledger, which attacked defectors including X and Y'", () => {
    const r = run(
      "Valmy had read an article in Civic Ledger, which attacked senior defectors from the movement including Ida Korsvik and Corin Pollard.",
      [
        { text: "Valmy", entity: "person:teodor-valmy" },
        { text: "Civic Ledger", entity: "organization:civic-ledger" },
        { text: "Ida Korsvik", entity: "person:ida-korsvik" },
        { text: "Corin Pollard", entity: "person:corin-pollard" },
      ],
    );
    const [attack] = r.events;
    // "including" hangs the names on "defectors", not on "from the movement"
    expect(roles(attack)).toEqual({
      "organization:civic-ledger": "agent",
      "person:ida-korsvik": "target",
      "person:corin-pollard": "target",
    });
    expect(attack.label).toBe("Civic Ledger attack on Korsvik and Pollard");
  });

  it("gives an elided subject to a coordinated verb: 'X was a guest at Y, and was able to meet Z'", () => {
    const r = run(
      "Haddou was a special guest at the trade fair last month, and was able to meet Oskar Falk in Portland.",
      [
        { text: "Haddou", entity: HADDOU },
        { text: "Oskar Falk", entity: "person:oskar-falk" },
        { text: "Portland", entity: "place:portland" },
      ],
    );
    const meeting = r.events.find((e) => e.kind === "meeting")!;
    expect(roles(meeting)).toEqual({
      [HADDOU]: "agent",
      "person:oskar-falk": "participant",
      "place:portland": "location",
    });
  });

  it("reads past a bracketed acronym and gives a trailing participle the main subject", () => {
    const r = run(
      "The League of Secular Teachers and Parents (LSTP) has started a petition which already has over 8,000 signatures, asking ministers to honour the sentence of the Federal Court.",
      [
        { text: "League of Secular Teachers and Parents", entity: "organization:lstp" },
        { text: "LSTP", entity: "organization:lstp" },
        { text: "Federal Court", entity: "organization:federal-court" },
      ],
    );
    const appeal = r.events.find((e) => e.kind === "appeal")!;
    // after a verb, "of X" is no agent
    expect(roles(appeal)).toEqual({ "organization:lstp": "agent", "organization:federal-court": "target" });
  });
});

describe("arguments", () => {
  it("does not take a possessor for the argument: 'meet with his nephew'", () => {
    const r = run("His uncle said visiting ministers wanted to meet with his nephew in Denver.", [
      { text: "His", entity: "person:uncle", kind: "pronoun" },
      { text: "his", entity: "person:uncle", kind: "pronoun" },
      { text: "Denver", entity: "place:denver" },
    ]);
    expect(r.events).toEqual([]);
  });

  it("receives support from a range of people, leaving the names before titles out", () => {
    const r = run(
      "Haddou received support on social media ranging from US President Harlan Price to Snapwire creator Wade Pollard.",
      [
        { text: "Haddou", entity: HADDOU },
        { text: "US", entity: "country:united-states", kind: "demonym" },
        { text: "Harlan Price", entity: "person:harlan-price" },
        { text: "Snapwire", entity: "organization:snapwire" },
        { text: "Wade Pollard", entity: "person:wade-pollard" },
      ],
    );
    const [support] = r.events;
    expect(roles(support)).toEqual({
      "person:harlan-price": "agent",
      "person:wade-pollard": "agent",
      [HADDOU]: "target",
    });
    expect(support.label).toBe("Price and Pollard support for Haddou");
    expect(rel(r, "person:wade-pollard", "organization:snapwire")?.label).toBe("creator of");
  });

  it("keeps the role of 'by' across 'of': 'assisted by former officials of Orvism'", () => {
    const r = run("Valmy has been assisted by former officials of Orvism.", [
      { text: "Valmy", entity: "person:teodor-valmy" },
      { text: "Orvism", entity: "organization:orvism" },
    ]);
    expect(roles(r.events[0])).toEqual({ "person:teodor-valmy": "target", "organization:orvism": "agent" });
  });

  it("ends a clause at a second verb: 'helped him leave the movement and get in contact with X'", () => {
    const r = run(
      "Valmy contacted former members, who helped him leave the movement and get in contact with Korsvik.",
      [
        { text: "Valmy", entity: "person:teodor-valmy" },
        { text: "him", entity: "person:teodor-valmy", kind: "pronoun" },
        { text: "Korsvik", entity: "person:ida-korsvik" },
      ],
    );
    expect(r.events.filter((e) => e.kind === "withdrawal")).toEqual([]);
  });

  it("reads no event from a capitalised word inside a title: 'Rift Legends: Final Offensive'", () => {
    const r = run("The finals saw Hexfire and Nightjars face off in Rift Legends: Final Offensive in Brazil.", [
      { text: "Hexfire", entity: "organization:hexfire" },
      { text: "Nightjars", entity: "organization:nightjars" },
      { text: "Brazil", entity: "country:brazil" },
    ]);
    expect(r.events.map((e) => e.kind)).toEqual(["match"]);
    expect(roles(r.events[0])).toMatchObject({ "organization:hexfire": "agent", "organization:nightjars": "agent" });
  });

  it("makes no event of a verb complementing another: 'ruled out offering Georgia membership'", () => {
    const r = run("Kessel has already ruled out offering Georgia NATO membership.", [
      { text: "Kessel", entity: "person:ivo-kessel" },
      { text: "Georgia", entity: "country:georgia" },
      { text: "NATO", entity: "organization:nato" },
    ]);
    expect(r.events.map((e) => e.kind)).toEqual(["rejection"]);
  });
});

describe("new triggers", () => {
  it("tweets, invitations and legal sentences", () => {
    const r = run(
      "Snapwire co-founder Wade Pollard tweeted to Haddou. Haddou was invited to the White House. The Court of Cassation upheld the sentence of the Court of Appeal against Acme.",
      [
        { text: "Snapwire", entity: "organization:snapwire" },
        { text: "Wade Pollard", entity: "person:wade-pollard" },
        { text: "Haddou", entity: HADDOU },
        { text: "Haddou", entity: HADDOU },
        { text: "White House", entity: "place:white-house" },
        { text: "Court of Cassation", entity: "organization:court-of-cassation" },
        { text: "Court of Appeal", entity: "organization:court-of-appeal" },
        { text: "Acme", entity: "organization:acme" },
      ],
    );
    const tweet = r.events.find((e) => e.kind === "statement")!;
    expect(tweet.label).toBe("Pollard tweet to Haddou");
    expect(roles(r.events.find((e) => e.kind === "intent")!)).toEqual({
      [HADDOU]: "target",
      "place:white-house": "location",
    });
    const ruling = r.events.find((e) => e.label.includes("ruling"))!;
    expect(roles(ruling)).toEqual({ "organization:court-of-appeal": "agent", "organization:acme": "target" });
  });
});

describe("relation patterns", () => {
  it("'X, a 15-year-old boy from Y' and 'Y-based X'", () => {
    const r = run("Samir Haddou, a 15-year-old boy from Tacoma, was arrested. The Denver-based council said so.", [
      { text: "Samir Haddou", entity: HADDOU },
      { text: "Tacoma", entity: "place:tacoma" },
      { text: "Denver", entity: "place:denver" },
      { text: "council", entity: "organization:council" },
    ]);
    expect(rel(r, HADDOU, "place:tacoma")?.label).toBe("from");
    expect(rel(r, "organization:council", "place:denver")?.label).toBe("located in");
  });

  it("headquarters, 'based in', 'joined', 'X for Org said' and 'US team X'", () => {
    const r = run(
      "The event was held at Kestrel's headquarters located in Leeds. Acme, based in Ohio, agreed. Jane Roe joined Greenpeace in 2010. Maria Kessler for Water Standards Norway, says they are looking. The finals saw US team Redline win.",
      [
        { text: "Kestrel", entity: "organization:kestrel" },
        { text: "Leeds", entity: "place:leeds" },
        { text: "Acme", entity: "organization:acme" },
        { text: "Ohio", entity: "place:ohio" },
        { text: "Jane Roe", entity: "person:jane-roe" },
        { text: "Greenpeace", entity: "organization:greenpeace" },
        { text: "Maria Kessler", entity: "person:maria-kessler" },
        { text: "Water Standards Norway", entity: "organization:wsn" },
        { text: "US", entity: "country:united-states" },
        { text: "Redline", entity: "organization:redline" },
      ],
    );
    expect(rel(r, "organization:kestrel", "place:leeds")?.label).toBe("located in");
    expect(rel(r, "organization:acme", "place:ohio")?.label).toBe("located in");
    expect(rel(r, "person:jane-roe", "organization:greenpeace")?.label).toBe("member of");
    expect(rel(r, "person:maria-kessler", "organization:wsn")?.label).toBe("representative of");
    expect(rel(r, "organization:redline", "country:united-states")?.label).toBe("team from");
  });

  it("relates nothing when the wording does not say so", () => {
    const r = run("Jane Roe met Greenpeace officials in Ohio. Google, Acme and Ohio were mentioned.", [
      { text: "Jane Roe", entity: "person:jane-roe" },
      { text: "Greenpeace", entity: "organization:greenpeace" },
      { text: "Ohio", entity: "place:ohio" },
      { text: "Google", entity: "organization:google" },
      { text: "Acme", entity: "organization:acme" },
      { text: "Ohio", entity: "place:ohio" },
    ]);
    expect(r.relations).toEqual([]);
  });
});

// Round 2: general mechanisms for articles never seen, each on a made-up news sentence.
describe("round 2: generalising mechanisms", () => {
  it("reads plural event nouns from the generated table: 'our deals with Mongolia and Ecuador'", () => {
    const r = run("For now our deals with Mongolia and Ecuador are already paying off.", [
      { text: "Mongolia", entity: "country:mongolia" },
      { text: "Ecuador", entity: "country:ecuador" },
    ]);
    expect(r.events).toHaveLength(1);
    expect(r.events[0]).toMatchObject({ kind: "agreement" });
    expect(roles(r.events[0])).toEqual({ "country:mongolia": "participant", "country:ecuador": "participant" });
  });

  it("lets a light verb yield to its event-noun object: 'X announced a partnership with Y'", () => {
    const r = run("Microsoft announced a new partnership with Nokia on Friday.", [
      { text: "Microsoft", entity: "organization:microsoft" },
      { text: "Nokia", entity: "organization:nokia" },
    ]);
    expect(r.events).toHaveLength(1);
    expect(r.events[0]).toMatchObject({ kind: "cooperation", date: "on Friday" });
    expect(roles(r.events[0])).toEqual({ "organization:microsoft": "agent", "organization:nokia": "participant" });
  });

  it("reads science and funding triggers: 'published in the journal X', 'funded by Y'", () => {
    const r = run(
      "The study by Oxford University was published in the journal Nature and funded by the Wellcome Trust.",
      [
        { text: "Oxford University", entity: "organization:oxford-university" },
        { text: "Nature", entity: "organization:nature" },
        { text: "Wellcome Trust", entity: "organization:wellcome-trust" },
      ],
    );
    const publication = r.events.find(
      (e) => e.kind === "report" && e.participants.some((p) => p.entity === "organization:nature"),
    );
    // the passive subject phrase undergoes both coordinated events; the noun's phrase ends at "was"
    expect(roles(publication!)).toEqual({
      "organization:nature": "participant",
      "organization:oxford-university": "target",
    });
    const aid = r.events.find((e) => e.kind === "aid")!;
    expect(roles(aid)).toEqual({ "organization:wellcome-trust": "agent", "organization:oxford-university": "target" });
    expect(r.events).toHaveLength(2);
  });

  it("stops a list of names at a new clause's subject: 'the conflict in Georgia, Kessel said'", () => {
    const r = run("Asked whether the U.S. could end the conflict in Georgia, Kessel said he was hopeful.", [
      { text: "U.S.", entity: "country:united-states" },
      { text: "Georgia", entity: "country:georgia" },
      { text: "Kessel", entity: "person:ivo-kessel" },
    ]);
    expect(
      r.events.filter(
        (e) => e.participants.some((p) => p.entity === "person:ivo-kessel") && e.kind === "confrontation",
      ),
    ).toEqual([]);
  });

  it("needs a second participant besides 'according to X' for an event without agent", () => {
    const r = run(
      "A multinational group investigating Russian officials was disbanded, according to a report by Reuters.",
      [
        { text: "Russian", entity: "country:russia", kind: "demonym" },
        { text: "Reuters", entity: "organization:reuters" },
      ],
    );
    expect(r.events).toEqual([]);
  });

  it("folds a participle with its own agent into the main passive event: 'a plan backed by X was rejected by Y'", () => {
    const r = run(
      "A merger plan backed by Siemens in 2019 for French rail firms was rejected by the European Commission.",
      [
        { text: "Siemens", entity: "organization:siemens" },
        { text: "French", entity: "country:france", kind: "demonym" },
        { text: "European Commission", entity: "organization:european-commission" },
      ],
    );
    expect(r.events).toHaveLength(1);
    expect(r.events[0].kind).toBe("rejection");
    expect(roles(r.events[0])).toEqual({
      "organization:european-commission": "agent",
      "organization:siemens": "target",
      "country:france": "target",
    });
  });

  it("reads a photo caption 'X with Y in Z on <date>' as a meeting, and nothing from a caption with a verb", () => {
    const r = run("Merkel with France's President Emmanuel Macron in Berlin on May 15, 2017.", [
      { text: "Merkel", entity: "person:angela-merkel" },
      { text: "France", entity: "country:france" },
      { text: "Emmanuel Macron", entity: "person:emmanuel-macron" },
      { text: "Berlin", entity: "place:berlin" },
    ]);
    const meeting = r.events.find((e) => e.kind === "meeting")!;
    expect(roles(meeting)).toEqual({
      "person:angela-merkel": "agent",
      "person:emmanuel-macron": "participant",
      "place:berlin": "location",
    });
    expect(meeting.date).toBe("on May 15, 2017");
    const plain = run("Merkel with Macron watched the final in Berlin.", [
      { text: "Merkel", entity: "person:angela-merkel" },
      { text: "Macron", entity: "person:emmanuel-macron" },
      { text: "Berlin", entity: "place:berlin" },
    ]);
    expect(plain.events.filter((e) => e.kind === "meeting")).toEqual([]);
  });

  it("places a dateline and 'near': 'Taipei, Taiwan —', 'the stadium near downtown Y'", () => {
    const r = run("Nairobi, Kenya — Crowds gathered at the Uhuru Park near downtown Nairobi on Sunday.", [
      { text: "Nairobi", entity: "place:nairobi" },
      { text: "Kenya", entity: "country:kenya" },
      { text: "Uhuru Park", entity: "place:uhuru-park" },
      { text: "Nairobi", entity: "place:nairobi" },
    ]);
    expect(rel(r, "place:nairobi", "country:kenya")?.label).toBe("located in");
    expect(rel(r, "place:uhuru-park", "place:nairobi")?.label).toBe("near");
  });
});

describe("round 3: where events happen", () => {
  it("diplomacy: a fronted 'In X,' is the place of the sentence's meeting", () => {
    const r = run("In Lisbon, Ana Ruiz met Kenji Sato on Monday.", [
      { text: "Lisbon", entity: "place:lisbon" },
      { text: "Ana Ruiz", entity: "person:ana-ruiz" },
      { text: "Kenji Sato", entity: "person:kenji-sato" },
    ]);
    const meeting = r.events.find((e) => e.kind === "meeting")!;
    expect(roles(meeting)).toEqual({
      "person:ana-ruiz": "agent",
      "person:kenji-sato": "participant",
      "place:lisbon": "location",
    });
    expect(meeting.place).toBe("place:lisbon");
  });

  it("a fronted place is no place of a statement, and a fronted non-place is nothing", () => {
    const r = run("In Lisbon, Ana Ruiz announced a deal with Orion Motors.", [
      { text: "Lisbon", entity: "place:lisbon" },
      { text: "Ana Ruiz", entity: "person:ana-ruiz" },
      { text: "Orion Motors", entity: "organization:orion-motors" },
    ]);
    // the deal (an agreement) happens there; the announcement is folded into it
    const deal = r.events.find((e) => e.kind === "agreement")!;
    expect(roles(deal)["place:lisbon"]).toBe("location");
    const s = run("In Orion Motors, Ana Ruiz met Kenji Sato.", [
      { text: "Orion Motors", entity: "organization:orion-motors" },
      { text: "Ana Ruiz", entity: "person:ana-ruiz" },
      { text: "Kenji Sato", entity: "person:kenji-sato" },
    ]);
    expect(roles(s.events[0])["organization:orion-motors"]).toBeUndefined();
  });

  it("security: an attack with no named attacker is kept when the text places it ('in X, Y'), reaching past its object", () => {
    const r = run("Gunmen attacked a police station in Peshawar, Pakistan, on Monday.", [
      { text: "Peshawar", entity: "place:peshawar" },
      { text: "Pakistan", entity: "country:pakistan" },
    ]);
    expect(r.events).toHaveLength(1);
    expect(r.events[0]).toMatchObject({ kind: "attack", label: "attack in Peshawar" });
    expect(roles(r.events[0])).toEqual({ "place:peshawar": "location", "country:pakistan": "location" });
  });

  it("a statement with only places is no event", () => {
    const r = run("Officials announced new rules in Peshawar, Pakistan, on Monday.", [
      { text: "Peshawar", entity: "place:peshawar" },
      { text: "Pakistan", entity: "country:pakistan" },
    ]);
    expect(r.events).toEqual([]);
  });
});
