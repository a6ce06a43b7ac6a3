// Stated links between entities (relate/svo.ts and the nominal patterns), each rule on a
// made-up news sentence from a different topic, with mentions placed by hand so the
// rule is tested apart from recognition.
import { describe, expect, it } from "vitest";
import { relate } from "../../src/extract/relate";
import { svoRelations } from "../../src/extract/relate/svo";
import { mentionsBySentence, viewSentence } from "../../src/extract/relate/view";
import type { RelationRecord } from "../../src/extract/types";
import { fixture, type MentionSpec } from "./relate-fixture";

/** The verb links of every sentence, as "source -label-> target". */
function links(text: string, mentions: MentionSpec[]): string[] {
  const { doc, resolution } = fixture(text, mentions);
  const by = mentionsBySentence(resolution.mentions);
  return doc.sentences.flatMap((s) => svoRelations(doc, viewSentence(doc, s, by.get(s.index) ?? []))).map(show);
}
const show = (r: RelationRecord) => `${r.source} -${r.label}-> ${r.target}`;

const NORTHWIND = "organization:northwind-energy";
const BRIGHTWATER = "organization:brightwater-solar";
const RUIZ = "person:ana-ruiz";

describe("verb links: subject, verb, object in one clause", () => {
  it("business: 'X acquired Y' and the passive 'Y was acquired by X' give the same link", () => {
    const m = [
      { text: "Northwind Energy", entity: NORTHWIND },
      { text: "Brightwater Solar", entity: BRIGHTWATER },
    ];
    expect(links("Northwind Energy acquired Brightwater Solar for $2 billion.", m)).toEqual([
      `${NORTHWIND} -acquired-> ${BRIGHTWATER}`,
    ]);
    expect(links("Brightwater Solar was acquired by Northwind Energy in March.", [m[1], m[0]])).toEqual([
      `${NORTHWIND} -acquired-> ${BRIGHTWATER}`,
    ]);
    expect(
      links("Brightwater Solar, acquired by Northwind Energy last year, will close two plants.", [m[1], m[0]]),
    ).toEqual([`${NORTHWIND} -acquired-> ${BRIGHTWATER}`]);
  });

  it("advocacy: 'X urged Y to ...' is labelled by the verb; tense auxiliaries drop, modals and control verbs stay", () => {
    expect(
      links("Greenpeace has urged the European Commission to ban the pesticide.", [
        { text: "Greenpeace", entity: "organization:greenpeace" },
        { text: "European Commission", entity: "organization:european-commission" },
      ]),
    ).toEqual(["organization:greenpeace -urged-> organization:european-commission"]);
    expect(
      links("Apex Labs has agreed to buy Corvid Systems, and Tesla will not sue Ford.", [
        { text: "Apex Labs", entity: "organization:apex-labs" },
        { text: "Corvid Systems", entity: "organization:corvid-systems" },
        { text: "Tesla", entity: "organization:tesla" },
        { text: "Ford", entity: "organization:ford" },
      ]),
    ).toEqual([
      "organization:apex-labs -agreed to buy-> organization:corvid-systems",
      "organization:tesla -will not sue-> organization:ford",
    ]);
  });

  it("diplomacy: a particle joins the label ('met with'); the subject is found past an appositive", () => {
    expect(
      links("The mayor, Ana Ruiz, met with Kenji Sato in Lisbon.", [
        { text: "Ana Ruiz", entity: RUIZ },
        { text: "Kenji Sato", entity: "person:kenji-sato" },
        { text: "Lisbon", entity: "place:lisbon" },
      ]),
    ).toEqual([`${RUIZ} -met with-> person:kenji-sato`]);
  });

  it("charity: a list of objects links each member; 'X beat Y, Z said' stops before the new clause", () => {
    expect(
      links("Senator Ana Ruiz thanked Oxfam, UNICEF and the Red Cross.", [
        { text: "Ana Ruiz", entity: RUIZ },
        { text: "Oxfam", entity: "organization:oxfam" },
        { text: "UNICEF", entity: "organization:unicef" },
        { text: "Red Cross", entity: "organization:red-cross" },
      ]),
    ).toEqual([
      `${RUIZ} -thanked-> organization:oxfam`,
      `${RUIZ} -thanked-> organization:unicef`,
      `${RUIZ} -thanked-> organization:red-cross`,
    ]);
    expect(
      links("Harbor City beat Riverside United, Lopez said.", [
        { text: "Harbor City", entity: "organization:harbor-city" },
        { text: "Riverside United", entity: "organization:riverside-united" },
        { text: "Lopez", entity: "person:maria-lopez" },
      ]),
    ).toEqual(["organization:harbor-city -beat-> organization:riverside-united"]);
  });

  it("sport: plain words and a score may stand between verb and object ('beat debutants Y', 'lost 1 – 2 to Y')", () => {
    const m = [
      { text: "Austria", entity: "country:austria" },
      { text: "Iceland", entity: "country:iceland" },
    ];
    expect(links("Austria beat debutants Iceland in Kazan.", m)).toEqual(["country:austria -beat-> country:iceland"]);
    expect(links("Iceland lost 1 – 2 to Austria on Monday.", [m[1], m[0]])).toEqual([
      "country:iceland -lost to-> country:austria",
    ]);
  });

  it("a possessor is no object, unless the role holder after it is named: 'met Y's foreign minister Z'", () => {
    expect(
      links("Ana Ruiz praised Lakeside Hospital's staff.", [
        { text: "Ana Ruiz", entity: RUIZ },
        { text: "Lakeside Hospital", entity: "organization:lakeside-hospital" },
      ]),
    ).toEqual([]);
    expect(
      links("Ana Ruiz met Portugal's foreign minister Joao Silva.", [
        { text: "Ana Ruiz", entity: RUIZ },
        { text: "Portugal", entity: "country:portugal" },
        { text: "Joao Silva", entity: "person:joao-silva" },
      ]),
    ).toEqual([`${RUIZ} -met-> person:joao-silva`]);
  });

  it("no link across a speech verb, from a noun use, or from a role noun before a name", () => {
    expect(
      links("Ana Ruiz said Lakeside Hospital would close.", [
        { text: "Ana Ruiz", entity: RUIZ },
        { text: "Lakeside Hospital", entity: "organization:lakeside-hospital" },
      ]),
    ).toEqual([]);
    expect(
      links("Russia's attack on Ukraine drew protests from Poland.", [
        { text: "Russia", entity: "country:russia" },
        { text: "Ukraine", entity: "country:ukraine" },
        { text: "Poland", entity: "country:poland" },
      ]),
    ).toEqual([]);
    expect(
      links("Swedish captain Nils Vikander scored twice.", [
        { text: "Swedish", entity: "country:sweden", kind: "demonym" },
        { text: "Nils Vikander", entity: "person:nils-vikander" },
      ]),
    ).toEqual([]);
  });

  it("a coordinated passive does not take the first verb's subject: 'X substituted Y and was replaced by Z'", () => {
    expect(
      links("Korea substituted Park in the 28th minute and was replaced by Kim.", [
        { text: "Korea", entity: "country:south-korea" },
        { text: "Park", entity: "person:park" },
        { text: "Kim", entity: "person:kim" },
      ]),
    ).toEqual([]);
  });
});

describe("verb links in the graph", () => {
  it("a verb link becomes a relation edge, unless an event of the same sentence already links the pair", () => {
    const { doc, resolution } = fixture("Senator Ana Ruiz thanked Oxfam. Sweden defeated Norway in Oslo.", [
      { text: "Ana Ruiz", entity: RUIZ },
      { text: "Oxfam", entity: "organization:oxfam" },
      { text: "Sweden", entity: "country:sweden" },
      { text: "Norway", entity: "country:norway" },
      { text: "Oslo", entity: "place:oslo" },
    ]);
    const r = relate(doc, resolution);
    expect(r.relations.map(show)).toContain(`${RUIZ} -thanked-> organization:oxfam`);
    expect(r.relations.some((x) => x.source === "country:sweden" && x.target === "country:norway")).toBe(false);
    expect(
      r.events.some(
        (e) =>
          e.participants.some((p) => p.entity === "country:sweden") &&
          e.participants.some((p) => p.entity === "country:norway"),
      ),
    ).toBe(true);
  });
});

/** Every relation relate() finds, as "source -label-> target". */
function relations(text: string, mentions: MentionSpec[]): string[] {
  const { doc, resolution } = fixture(text, mentions);
  return relate(doc, resolution).relations.map(show);
}

describe("nominal links", () => {
  it("consumer news: 'a spokesperson for Y X said' ties X to Y; a chain of bodies ties to the last one", () => {
    expect(
      relations("A spokesperson for Orion Motors Dana Kim said the recall was voluntary.", [
        { text: "Orion Motors", entity: "organization:orion-motors" },
        { text: "Dana Kim", entity: "person:dana-kim" },
      ]),
    ).toContain("person:dana-kim -spokesperson of-> organization:orion-motors");
    expect(
      relations("Executive director of the Boston chapter of the Sierra Club Maya Chen welcomed the ruling.", [
        { text: "Boston", entity: "place:boston" },
        { text: "Sierra Club", entity: "organization:sierra-club" },
        { text: "Maya Chen", entity: "person:maya-chen" },
      ]),
    ).toContain("person:maya-chen -executive director of-> organization:sierra-club");
  });

  it("business and media: 'Y's parent company X', 'the Y magazine X' make X part of Y", () => {
    expect(
      relations("Quanta's parent company Helix Group reported a loss.", [
        { text: "Quanta", entity: "organization:quanta" },
        { text: "Helix Group", entity: "organization:helix-group" },
      ]),
    ).toContain("organization:helix-group -parent company of-> organization:quanta");
    expect(
      relations("He wrote for the Greenpeace magazine Earth Voice for years.", [
        { text: "Greenpeace", entity: "organization:greenpeace" },
        { text: "Earth Voice", entity: "organization:earth-voice" },
      ]),
    ).toContain("organization:earth-voice -magazine of-> organization:greenpeace");
  });

  it("geography: 'X, the capital of Y', 'X, a city in northern Y', 'Y's capital X'", () => {
    expect(
      relations("Protests spread to Tbilisi, the capital of Georgia, on Friday.", [
        { text: "Tbilisi", entity: "place:tbilisi" },
        { text: "Georgia", entity: "country:georgia" },
      ]),
    ).toContain("place:tbilisi -capital of-> country:georgia");
    expect(
      relations("Fighting resumed near Mosul, a city in northern Iraq, overnight.", [
        { text: "Mosul", entity: "place:mosul" },
        { text: "Iraq", entity: "country:iraq" },
      ]),
    ).toContain("place:mosul -located in-> country:iraq");
    expect(
      relations("Floods hit Kenya's capital Nairobi again.", [
        { text: "Kenya", entity: "country:kenya" },
        { text: "Nairobi", entity: "place:nairobi" },
      ]),
    ).toContain("place:nairobi -capital of-> country:kenya");
  });

  it("politics: a title run across 'and' ('Spain's culture and sports minister X')", () => {
    expect(
      relations("Spain's culture and sports minister Elena Ortiz opened the games.", [
        { text: "Spain", entity: "country:spain" },
        { text: "Elena Ortiz", entity: "person:elena-ortiz" },
      ]),
    ).toContain("person:elena-ortiz -culture and sports minister of-> country:spain");
  });

  it("health: a second apposed title names its organization ('X, director of ..., and chair of Y, said')", () => {
    expect(
      relations("Lena Park, director of the city flu study, and chair of the Northern Health Trust, said cases fell.", [
        { text: "Lena Park", entity: "person:lena-park" },
        { text: "Northern Health Trust", entity: "organization:northern-health-trust" },
      ]),
    ).toContain("person:lena-park -chair of-> organization:northern-health-trust");
  });

  it("no part-of link from a plain noun that is no body ('Acme's chief rival Zenco'), no capital from a country after its noun", () => {
    expect(
      relations("Acme's chief rival Zenco cut prices.", [
        { text: "Acme", entity: "organization:acme" },
        { text: "Zenco", entity: "organization:zenco" },
      ]),
    ).toEqual([]);
    expect(
      relations("Refugees reached Poland's border city Germany.", [
        { text: "Poland", entity: "country:poland" },
        { text: "Germany", entity: "country:germany" },
      ]),
    ).toEqual([]);
  });
});

describe("people and their bodies", () => {
  it("science: 'X of Y' and 'X from Y' after a person's name tie the person to the body or place", () => {
    expect(
      relations("Professor Jane Doe of Stanford University said the results were clear.", [
        { text: "Jane Doe", entity: "person:jane-doe" },
        { text: "Stanford University", entity: "organization:stanford-university" },
      ]),
    ).toEqual(["person:jane-doe -of-> organization:stanford-university"]);
    expect(
      relations("John Smith from Oxfam said aid was blocked.", [
        { text: "John Smith", entity: "person:john-smith" },
        { text: "Oxfam", entity: "organization:oxfam" },
      ]),
    ).toEqual(["person:john-smith -from-> organization:oxfam"]);
    // a possessor after "of" owns a later noun: "the son of Y's founder" ties nothing to Y here
    expect(
      relations("Mark Lee of Acme's board resigned.", [
        { text: "Mark Lee", entity: "person:mark-lee" },
        { text: "Acme", entity: "organization:acme" },
      ]),
    ).toEqual([]);
  });

  it("UK politics: a party in brackets after a name ('Jess Phillips (Labour)')", () => {
    expect(
      relations("The plan was criticised by Jess Phillips (Labour) on Monday.", [
        { text: "Jess Phillips", entity: "person:jess-phillips" },
        { text: "Labour", entity: "organization:labour" },
      ]),
    ).toContain("person:jess-phillips -member of-> organization:labour");
  });

  it("family: 'Y's son X' is a kin link", () => {
    expect(
      relations("Ahmed Khan's son Omar Khan won the seat.", [
        { text: "Ahmed Khan", entity: "person:ahmed-khan" },
        { text: "Omar Khan", entity: "person:omar-khan" },
      ]),
    ).toContain("person:omar-khan -son of-> person:ahmed-khan");
  });

  it("courts: 'X sued Y in Z' places the lawsuit, not Y", () => {
    const { doc, resolution } = fixture("Apple sued Samsung in California.", [
      { text: "Apple", entity: "organization:apple" },
      { text: "Samsung", entity: "organization:samsung" },
      { text: "California", entity: "place:california" },
    ]);
    const r = relate(doc, resolution);
    expect(r.relations.filter((x) => x.label === "located in")).toEqual([]);
    expect(r.events[0].place).toBe("place:california");
  });
});

describe("organizations and their countries", () => {
  it("business: 'Japan's Toyota' and 'the German airline Lufthansa' say where the company is from", () => {
    expect(
      relations("Shares in Japan's Toyota fell sharply.", [
        { text: "Japan", entity: "country:japan" },
        { text: "Toyota", entity: "organization:toyota" },
      ]),
    ).toEqual(["organization:toyota -from-> country:japan"]);
    expect(
      relations("The German airline Lufthansa cancelled flights.", [
        { text: "German", entity: "country:germany", kind: "demonym" },
        { text: "Lufthansa", entity: "organization:lufthansa" },
      ]),
    ).toEqual(["organization:lufthansa -airline from-> country:germany"]);
  });

  it("a country name before plain words and an organization needs a group noun ('Kenya health officials WHO' says nothing)", () => {
    expect(
      relations("Kenya health officials WHO staff met.", [
        { text: "Kenya", entity: "country:kenya" },
        { text: "WHO", entity: "organization:who" },
      ]),
    ).toEqual([]);
  });
});
