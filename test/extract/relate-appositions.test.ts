// Positions and memberships told by appositions and asides, through the whole
// extraction on made-up sentences (src/extract/relate/nominal.ts, patterns.ts,
// recognise/cues.ts).
import { describe, expect, it } from "vitest";
import "../../src/models/node-register";
import { extractGraph } from "../../src/extract/index";

const links = (text: string) =>
  extractGraph(text)
    .export()
    .edges.filter((e) => !e.source.startsWith("event:"))
    .map((e) => `${e.source} ${e.attributes!.label} ${e.target}`);

describe("appositions and asides", () => {
  it("a title for or of someone, the holder apposed after a comma", () => {
    expect(links("A lawyer for Daniel Vale, Lena Ortmann, declined to comment.")).toContain(
      "person:lena-ortmann lawyer of person:daniel-vale",
    );
    expect(
      links("The director of the Tarsa Water Institute, Mira Hollen, said the survey would take a year."),
    ).toContain("person:mira-hollen director of organization:tarsa-water-institute");
    // a name in a list after the body holds no title
    expect(
      links("Staff of the Tarsa Water Institute met Mira Hollen, Jon Pike and Ana Ruiz.").some((l) =>
        l.includes("mira-hollen"),
      ),
    ).toBe(false);
  });

  it("'X, also of Y,' says X belongs to Y", () => {
    expect(links("Councillor Petra Lind, also of the Harbour League, voted against the plan.")).toContain(
      "person:petra-lind of organization:harbour-league",
    );
  });

  it("what is based somewhere, named right after '-based', is a body located there", () => {
    expect(links("The loan came from the Lyon-based Sarrot Velden.")).toContain(
      "organization:sarrot-velden located in place:lyon",
    );
  });
});
