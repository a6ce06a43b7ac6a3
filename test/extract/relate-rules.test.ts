// One test per relate rule added to make events and relations generalise,
// each on a real news sentence, with entity mentions placed by hand so the
// rule is tested apart from recognition.
import { describe, expect, it } from "vitest";
import { relate } from "../../src/extract/relate";
import type { EventRecord, RelationRecord, Relations } from "../../src/extract/types";
import { fixture, relateFixture, roles, type MentionSpec } from "./relate-fixture";

const run = relateFixture;
const rel = (r: Relations, source: string, target: string) =>
  r.relations.find((x: RelationRecord) => x.source === source && x.target === target);

const MOHAMED = "person:ahmed-mohamed";

describe("subjects", () => {
  it("skips an appositive with a number and a description: 'X, 19, a member of Y all his life, was arrested'", () => {
    const r = run(
      "Daniel Montalvo, 19, a member of Scientology all his life, was arrested by the FBI after leaving the Sea Org.",
      [
        { text: "Daniel Montalvo", entity: "person:daniel-montalvo" },
        { text: "Scientology", entity: "organization:scientology" },
        { text: "his", entity: "person:daniel-montalvo", kind: "pronoun" },
        { text: "FBI", entity: "organization:fbi" },
        { text: "Sea Org", entity: "organization:sea-org" },
      ],
    );
    const arrest = r.events.find((e) => e.kind === "arrest")!;
    expect(roles(arrest)).toEqual({ "person:daniel-montalvo": "target", "organization:fbi": "agent" });
    expect(rel(r, "person:daniel-montalvo", "organization:scientology")?.label).toBe("member of");
  });

  it("takes the apposed name after a description as subject: 'Co-founder of Google, Sergey Brin, met with X'", () => {
    const r = run("Co-founder of Google, Sergey Brin, personally met with Mohamed during his visit to Google.", [
      { text: "Google", entity: "organization:google" },
      { text: "Sergey Brin", entity: "person:sergey-brin" },
      { text: "Mohamed", entity: MOHAMED },
      { text: "his", entity: MOHAMED, kind: "pronoun" },
      { text: "Google", entity: "organization:google" },
    ]);
    const [meeting] = r.events;
    expect(roles(meeting)).toMatchObject({ "person:sergey-brin": "agent", [MOHAMED]: "participant" });
    expect(rel(r, "person:sergey-brin", "organization:google")?.label).toMatch(/founder of$/);
  });

  it("takes a relative pronoun's antecedent: 'Freedom Magazine, which attacked defectors including X and Y'", () => {
    const r = run(
      "Montalvo had read an article in Freedom Magazine, which attacked high-ranking defectors from the organization including Tom Devocht and Mark Rathbun.",
      [
        { text: "Montalvo", entity: "person:daniel-montalvo" },
        { text: "Freedom Magazine", entity: "organization:freedom-magazine" },
        { text: "Tom Devocht", entity: "person:tom-devocht" },
        { text: "Mark Rathbun", entity: "person:mark-rathbun" },
      ],
    );
    const [attack] = r.events;
    // "including" hangs the names on "defectors", not on "from the organization"
    expect(roles(attack)).toEqual({
      "organization:freedom-magazine": "agent",
      "person:tom-devocht": "target",
      "person:mark-rathbun": "target",
    });
    expect(attack.label).toBe("Freedom Magazine attack on Devocht and Rathbun");
  });

  it("gives an elided subject to a coordinated verb: 'X was a guest at Y, and was able to meet Z'", () => {
    const r = run(
      "Mohamed was a VIP guest at the science fair this weekend, and was able to meet Sergey Brin in Mountain View.",
      [
        { text: "Mohamed", entity: MOHAMED },
        { text: "Sergey Brin", entity: "person:sergey-brin" },
        { text: "Mountain View", entity: "place:mountain-view" },
      ],
    );
    const meeting = r.events.find((e) => e.kind === "meeting")!;
    expect(roles(meeting)).toEqual({
      [MOHAMED]: "agent",
      "person:sergey-brin": "participant",
      "place:mountain-view": "location",
    });
  });

  it("reads past a bracketed acronym and gives a trailing participle the main subject", () => {
    const r = run(
      "The Union of Rationalist Atheists and Agnostics (UAAR) has launched a petition which now has more than 11,000 signatures, asking the government to respect the sentence of the Supreme Court.",
      [
        { text: "Union of Rationalist Atheists and Agnostics", entity: "organization:uaar" },
        { text: "UAAR", entity: "organization:uaar" },
        { text: "Supreme Court", entity: "organization:supreme-court" },
      ],
    );
    const appeal = r.events.find((e) => e.kind === "appeal")!;
    // after a verb, "of X" is no agent
    expect(roles(appeal)).toEqual({ "organization:uaar": "agent", "organization:supreme-court": "target" });
  });
});

describe("arguments", () => {
  it("does not take a possessor for the argument: 'meet with his son'", () => {
    const r = run("His father said international dignitaries wanted to meet with his son in New York.", [
      { text: "His", entity: "person:father", kind: "pronoun" },
      { text: "his", entity: "person:father", kind: "pronoun" },
      { text: "New York", entity: "place:new-york" },
    ]);
    expect(r.events).toEqual([]);
  });

  it("receives support from a range of people, leaving the names before titles out", () => {
    const r = run(
      "Mohamed received support online ranging from US President Barack Obama to Facebook creator Mark Zuckerberg.",
      [
        { text: "Mohamed", entity: MOHAMED },
        { text: "US", entity: "country:united-states", kind: "demonym" },
        { text: "Barack Obama", entity: "person:barack-obama" },
        { text: "Facebook", entity: "organization:facebook" },
        { text: "Mark Zuckerberg", entity: "person:mark-zuckerberg" },
      ],
    );
    const [support] = r.events;
    expect(roles(support)).toEqual({
      "person:barack-obama": "agent",
      "person:mark-zuckerberg": "agent",
      [MOHAMED]: "target",
    });
    expect(support.label).toBe("Obama and Zuckerberg support for Mohamed");
    expect(rel(r, "person:mark-zuckerberg", "organization:facebook")?.label).toBe("creator of");
  });

  it("keeps the role of 'by' across 'of': 'assisted by former members of Scientology'", () => {
    const r = run("Montalvo has been assisted by former members of Scientology.", [
      { text: "Montalvo", entity: "person:daniel-montalvo" },
      { text: "Scientology", entity: "organization:scientology" },
    ]);
    expect(roles(r.events[0])).toEqual({ "person:daniel-montalvo": "target", "organization:scientology": "agent" });
  });

  it("ends a clause at a second verb: 'helped him leave the organization and get in touch with X'", () => {
    const r = run(
      "Montalvo contacted former members, who helped him leave the organization and get in touch with Devocht.",
      [
        { text: "Montalvo", entity: "person:daniel-montalvo" },
        { text: "him", entity: "person:daniel-montalvo", kind: "pronoun" },
        { text: "Devocht", entity: "person:tom-devocht" },
      ],
    );
    expect(r.events.filter((e) => e.kind === "withdrawal")).toEqual([]);
  });

  it("reads no event from a capitalised word inside a title: 'Counter-Strike: Global Offensive'", () => {
    const r = run("The finals saw Cloud9 and Immortals face off in Counter-Strike: Global Offensive in Brazil.", [
      { text: "Cloud9", entity: "organization:cloud9" },
      { text: "Immortals", entity: "organization:immortals" },
      { text: "Brazil", entity: "country:brazil" },
    ]);
    expect(r.events.map((e) => e.kind)).toEqual(["match"]);
    expect(roles(r.events[0])).toMatchObject({ "organization:cloud9": "agent", "organization:immortals": "agent" });
  });

  it("makes no event of a verb complementing another: 'ruled out offering Ukraine membership'", () => {
    const r = run("Trump has already ruled out offering Ukraine NATO membership.", [
      { text: "Trump", entity: "person:donald-trump" },
      { text: "Ukraine", entity: "country:ukraine" },
      { text: "NATO", entity: "organization:nato" },
    ]);
    expect(r.events.map((e) => e.kind)).toEqual(["rejection"]);
  });
});

describe("new triggers", () => {
  it("tweets, invitations and legal sentences", () => {
    const r = run(
      "Facebook co-founder Mark Zuckerberg tweeted to Mohamed. Mohamed was invited to the White House. The Court of Cassation upheld the sentence of the Court of Appeal against Acme.",
      [
        { text: "Facebook", entity: "organization:facebook" },
        { text: "Mark Zuckerberg", entity: "person:mark-zuckerberg" },
        { text: "Mohamed", entity: MOHAMED },
        { text: "Mohamed", entity: MOHAMED },
        { text: "White House", entity: "place:white-house" },
        { text: "Court of Cassation", entity: "organization:court-of-cassation" },
        { text: "Court of Appeal", entity: "organization:court-of-appeal" },
        { text: "Acme", entity: "organization:acme" },
      ],
    );
    const tweet = r.events.find((e) => e.kind === "statement")!;
    expect(tweet.label).toBe("Zuckerberg tweet to Mohamed");
    expect(roles(r.events.find((e) => e.kind === "intent")!)).toEqual({
      [MOHAMED]: "target",
      "place:white-house": "location",
    });
    const ruling = r.events.find((e) => e.label.includes("ruling"))!;
    expect(roles(ruling)).toEqual({ "organization:court-of-appeal": "agent", "organization:acme": "target" });
  });
});

describe("relation patterns", () => {
  it("'X, a 14-year-old boy from Y' and 'Y-based X'", () => {
    const r = run("Ahmed Mohamed, a 14-year-old boy from Irving, was arrested. The Dallas-based council said so.", [
      { text: "Ahmed Mohamed", entity: MOHAMED },
      { text: "Irving", entity: "place:irving" },
      { text: "Dallas", entity: "place:dallas" },
      { text: "council", entity: "organization:council" },
    ]);
    expect(rel(r, MOHAMED, "place:irving")?.label).toBe("from");
    expect(rel(r, "organization:council", "place:dallas")?.label).toBe("located in");
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
  it("reads plural event nouns from the generated table: 'our deals with Albania and France'", () => {
    const r = run("In the meantime our deals with Albania and France are already yielding benefits.", [
      { text: "Albania", entity: "country:albania" },
      { text: "France", entity: "country:france" },
    ]);
    expect(r.events).toHaveLength(1);
    expect(r.events[0]).toMatchObject({ kind: "agreement" });
    expect(roles(r.events[0])).toEqual({ "country:albania": "participant", "country:france": "participant" });
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

  it("stops a list of names at a new clause's subject: 'the conflict in Ukraine, Trump said'", () => {
    const r = run("Asked if the U.S. can end the conflict in Ukraine, Trump said he was hopeful.", [
      { text: "U.S.", entity: "country:united-states" },
      { text: "Ukraine", entity: "country:ukraine" },
      { text: "Trump", entity: "person:donald-trump" },
    ]);
    expect(
      r.events.filter(
        (e) => e.participants.some((p) => p.entity === "person:donald-trump") && e.kind === "confrontation",
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
