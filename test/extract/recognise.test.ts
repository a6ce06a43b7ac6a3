import { describe, expect, it } from "vitest";
import { recognise } from "../../src/extract/recognise";
import { segment } from "../../src/extract/segment";
import type { Mention } from "../../src/extract/types";

const names = (text: string) => recognise(segment(text)).filter((m) => m.kind === "name");
const find = (ms: Mention[], text: string) => ms.find((m) => m.text === text);

describe("recognise", () => {
  it("strips a title, keeping it as the role, and the demonym as the affiliation", () => {
    const text = "Belarusian Deputy Foreign Minister Arkady Rudak told newspaper Krynica that talks failed.";
    const ms = recognise(segment(text));
    const rudak = find(ms, "Arkady Rudak")!;
    expect(rudak).toMatchObject({
      type: "person",
      kind: "name",
      role: "Deputy Foreign Minister",
      affiliation: "country:belarus",
    });
    expect(text.slice(rudak.start, rudak.end)).toBe("Arkady Rudak");
    expect(find(ms, "Belarusian")).toMatchObject({ kind: "demonym", type: "country", canonical: "Belarus" });
    expect(find(ms, "Krynica")).toMatchObject({ type: "organization" });
    expect(ms.some((m) => m.kind === "name" && m.text.includes("Minister"))).toBe(false);
  });

  it("a sentence-initial word before a known country is no part of its name: 'Landlocked Mali'", () => {
    expect(names("Landlocked Mali has also reported cases.").map((m) => [m.text, m.type])).toEqual([
      ["Mali", "country"],
    ]);
  });

  it("place heads and openers of other languages and water bodies make places", () => {
    const ms = names("The final will be played at Stade Bellevue, and rain is expected over the Varna Channel.");
    expect(find(ms, "Stade Bellevue")).toMatchObject({ type: "place" });
    expect(find(ms, "Varna Channel")).toMatchObject({ type: "place" });
  });

  it("a newspaper's head word makes an outlet of a city's name: 'the Lagos Courier'", () => {
    expect(
      find(names("A reporter for the Lagos Courier asked the minister about the loan."), "Lagos Courier"),
    ).toMatchObject({
      type: "organization",
    });
  });

  it("every name particle may sit inside a name: 'Maria dos Santos'", () => {
    expect(find(names("The minister met Maria dos Santos in Luanda on Monday."), "Maria dos Santos")).toMatchObject({
      type: "person",
    });
  });

  it("a named storm is no person, nor its name alone later on", () => {
    const ms = names(
      "Cyclone Mara hit the coast of Madagascar on Sunday. Mara weakened over the sea, and Tropical Storm Ivo formed behind it.",
    );
    expect(ms.map((m) => m.text)).toEqual(["Madagascar"]);
  });

  it("strips President from President Oren Maddox", () => {
    const ms = names("On Sunday, President Oren Maddox said talks would go on.");
    expect(find(ms, "Oren Maddox")).toMatchObject({ type: "person", role: "President" });
    expect(ms.map((m) => m.text)).not.toContain("President Oren Maddox");
  });

  it("types countries, places and organizations from gazetteers and name words", () => {
    const ms = names(
      "Officials in Kabul and Minsk met NATO and United Nations staff at the North Halden Convention Centre, the Tacoma Police Department said, while the U.S. and America's allies watched.",
    );
    expect(find(ms, "Kabul")?.type).toBe("place");
    expect(find(ms, "Minsk")?.type).toBe("place");
    expect(find(ms, "NATO")?.type).toBe("organization");
    expect(find(ms, "United Nations")?.type).toBe("organization");
    expect(find(ms, "North Halden Convention Centre")?.type).toBe("place");
    expect(find(ms, "Tacoma Police Department")?.type).toBe("organization");
    expect(find(ms, "U.S.")).toMatchObject({ type: "country", canonical: "United States" });
    expect(find(ms, "America")).toMatchObject({ type: "country", canonical: "United States" });
  });

  it("does not take sentence-initial words or headline words for names", () => {
    const ms = names(
      "Meanwhile, the talks went on. When asked, Grant Tolliver said nothing. Asked again, he declined.",
    );
    expect(ms.map((m) => m.text)).toEqual(["Grant Tolliver"]);
    const headline = names(
      "Maddox to Speak to Dranko, Says They Are Talking About Borders\n\nOren Maddox said Viktor Dranko would call.",
    );
    const inHeadline = headline.filter((m) => m.sentence === 0).map((m) => m.text);
    expect(inHeadline).toEqual(["Maddox", "Dranko"]);
  });

  it("splits names joined by and, but keeps organization names with and", () => {
    const ms = names(
      "The deal was signed by Viktor Dranko and Oren Maddox. It was first reported by The Courier and Mail on Friday.",
    );
    expect(ms.map((m) => m.text)).toEqual(["Viktor Dranko", "Oren Maddox", "Courier and Mail"]);
    expect(find(ms, "Courier and Mail")?.type).toBe("organization");
    const schools = names("Funds came from the Oregon Institute of Technology and the University of Leeds last year.");
    expect(schools.map((m) => [m.text, m.type])).toEqual([
      ["Oregon Institute of Technology", "organization"],
      ["Oregon", "place"],
      ["University of Leeds", "organization"],
      ["Leeds", "place"],
    ]);
  });

  it("types a lone surname like the full name seen elsewhere", () => {
    const ms = names("Farhad Nazari visited the team on Monday. Later, Nazari praised the girls.");
    expect(find(ms, "Farhad Nazari")?.type).toBe("person");
    expect(find(ms, "Nazari")?.type).toBe("person");
  });

  it("types names from context: newspaper X, host X, X said, in X", () => {
    const ms = names(
      "He spoke to newspaper Zorblat and to host Marla Penhallow in Qarvesh. Dalrin Oskovic said the talks failed.",
    );
    expect(find(ms, "Zorblat")?.type).toBe("organization");
    expect(find(ms, "Marla Penhallow")?.type).toBe("person");
    expect(find(ms, "Qarvesh")?.type).toBe("place");
    expect(find(ms, "Dalrin Oskovic")?.type).toBe("person");
  });

  it("makes pronoun and description mentions for resolve", () => {
    const ms = recognise(
      segment("Maddox told reporters that the U.S. president and his Belarusian counterpart will talk. She disagreed."),
    );
    expect(ms.filter((m) => m.kind === "pronoun").map((m) => [m.text, m.gender])).toEqual([
      ["his", "m"],
      ["She", "f"],
    ]);
    const descriptions = ms.filter((m) => m.kind === "description");
    expect(descriptions.map((m) => [m.text, m.role, m.affiliation])).toEqual([
      ["the U.S. president", "president", "country:united-states"],
      ["his Belarusian counterpart", "counterpart", "country:belarus"],
    ]);
  });

  it("keeps offsets of every mention true to the text", () => {
    const text =
      "“We’ll talk,” the U.S. president said to reporters aboard Air Force One, while Moldovan President Ilinca Sarbu waited.";
    for (const m of recognise(segment(text))) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it("finds places nested in venue and university names", () => {
    const ms = names("The match at the Kazan Arena drew fans from the University of Leeds.");
    expect(ms.map((m) => [m.text, m.type])).toEqual([
      ["Kazan Arena", "place"],
      ["Kazan", "place"],
      ["University of Leeds", "organization"],
      ["Leeds", "place"],
    ]);
  });

  it("reads 'Town, State' as a place and 'the X government' as a leader", () => {
    const ms = names("A boy from Qorvale, Texas, was praised by the Vantelli government on Monday.");
    expect(find(ms, "Qorvale")?.type).toBe("place");
    expect(find(ms, "Vantelli")?.type).toBe("person");
  });

  it("does not guess people from names of awards and events", () => {
    const ms = names("She was shortlisted for the Zarvel Prize and the Kesto Cup this year.");
    expect(ms.filter((m) => m.type === "person")).toEqual([]);
  });

  it("reads names with apostrophes after an honorific, without keeping Mr. as a role", () => {
    const ms = names("Asked about it, Mr. O'Brien said I was right.");
    expect(ms.map((m) => [m.text, m.type, m.role, m.gender])).toEqual([["O'Brien", "person", undefined, "m"]]);
  });
});
