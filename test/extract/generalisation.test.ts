// The GUM dev score must not lean on lexicon entries that name the dev
// articles' own entities: leave-one-document-out over the hand-written
// lexicons (scripts/generalisation.ts) estimates the score on unseen articles.
import { beforeAll, describe, expect, it } from "vitest";
import { extractGraph } from "../../src/extract/index";
import { withExcludedEntries } from "../../src/extract/lexicon/holdout";
import { givenNameGender } from "../../src/extract/lexicon/names";
import { lookupOrganization, ORG_HEADS } from "../../src/extract/lexicon/organizations";
import { lookupPlace } from "../../src/extract/lexicon/places";
import { lookupCountry } from "../../src/extract/lexicon/countries";
import { generalisation, type Generalisation } from "../../scripts/generalisation";

describe("withExcludedEntries", () => {
  it("switches hand-written entries off inside the call and back on after it", () => {
    const seen: string[] = [];
    const inside = withExcludedEntries({ entries: ["the Guardian", "Kazan", "U.S.", "Bureau"], nameWords: ["Rishi"], onExclude: (s) => seen.push(s) }, () => ({
      guardian: lookupOrganization("Guardian"),
      kazan: lookupPlace("Kazan"),
      us: lookupCountry("U.S."),
      bureau: ORG_HEADS.has("bureau"),
      rishi: givenNameGender("Rishi"),
      // untouched entries stay
      reuters: lookupOrganization("Reuters")?.name,
      usa: lookupCountry("United States")?.name,
    }));
    expect(inside).toEqual({ guardian: undefined, kazan: undefined, us: undefined, bureau: false, rishi: undefined, reuters: "Reuters", usa: "United States" });
    expect(seen).toEqual(expect.arrayContaining(["Kazan", "U.S.", "bureau", "rishi"]));
    expect(lookupOrganization("Guardian")?.name).toBe("The Guardian");
    expect(lookupPlace("Kazan")).toBe("city");
    expect(lookupCountry("U.S.")?.name).toBe("United States");
    expect(ORG_HEADS.has("bureau")).toBe(true);
    expect(givenNameGender("Rishi")).toBe("m");
  });

  it("restores the tables when the call throws, and extraction is unchanged after", () => {
    const text = "Rishi Sunak told the Guardian in Kazan that the U.S. agreed.";
    const before = JSON.stringify(extractGraph(text).export());
    expect(() =>
      withExcludedEntries({ entries: ["Guardian"] }, () => {
        throw new Error("boom");
      }),
    ).toThrow("boom");
    expect(JSON.stringify(extractGraph(text).export())).toBe(before);
  });
});

describe("generalisation (leave-one-document-out over hand-written lexicons)", () => {
  let g: Generalisation;
  beforeAll(async () => {
    g = await generalisation();
  }, 60_000);

  it("switches entries off for each document and scores all twelve", () => {
    expect(g.documents).toHaveLength(12);
    expect(g.documents.some((d) => d.excluded.length > 0)).toBe(true);
  });

  it("the estimate for unseen articles stays >= 0.70 and within 0.05 of the dev score", () => {
    expect(g.heldOut.f1).toBeGreaterThanOrEqual(0.7);
    expect(g.dev.f1 - g.heldOut.f1).toBeLessThanOrEqual(0.05);
  });
});
