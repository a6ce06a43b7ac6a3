// The country lexicon: world-countries' rows plus the names English news uses that it lacks.
import { describe, expect, it } from "vitest";
import { lookupCountry, lookupDemonym } from "../../src/extract/lexicon/countries";

describe("country lexicon", () => {
  it.each([
    ["Turkey", "Türkiye"],
    ["Turkiye", "Türkiye"],
    ["Britain", "United Kingdom"],
    ["Burma", "Myanmar"],
    ["Holland", "Netherlands"],
    ["Swaziland", "Eswatini"],
    ["Macedonia", "North Macedonia"],
  ])("knows %s as %s", (surface, name) => {
    expect(lookupCountry(surface)?.name).toBe(name);
  });

  it("reads the demonyms news adds", () => {
    expect(lookupDemonym("Swiss")?.name).toBe("Switzerland");
    expect(lookupDemonym("Turkish")?.name).toBe("Türkiye");
  });
});
