// "It"/"its" opening a sentence for the body named as the previous sentence's subject
// (resolve/it.ts), and "it" in what a body's spokesman says (relate/tree/entities.ts):
// made-up sentences through the trained tagger and parser, the real recogniser and resolver.
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/extract/analyse";
import { recognise } from "../../src/extract/recognise";
import { relate } from "../../src/extract/relate";
import { resolve } from "../../src/extract/resolve";
import { segment } from "../../src/extract/segment";
import { registeredModels } from "../../src/nlp/models";

function read(text: string) {
  const doc = analyse(segment(text), registeredModels());
  const resolution = resolve(doc, recognise(doc));
  return { doc, resolution, ...relate(doc, resolution) };
}
const pronouns = (text: string) =>
  read(text)
    .resolution.mentions.filter((m) => m.kind === "pronoun" && /^it/i.test(m.text))
    .map((m) => `${m.text}=${m.entity}`);

describe("'it' opening a sentence", () => {
  it("stands for the body the sentence before names as its subject", () => {
    const { events, resolution } = read(
      "Nordfisk Group was fined by the Baltic Fisheries Council. It said it would appeal to the European Court of Justice.",
    );
    expect(resolution.mentions.find((m) => m.text === "It")?.entity).toBe("organization:nordfisk-group");
    const appeal = events.find((e) => e.kind === "appeal");
    expect(appeal?.participants.map((p) => [p.entity, p.role])).toEqual([
      ["organization:nordfisk-group", "agent"],
      ["organization:european-court-of-justice", "target"],
    ]);
  });

  it("and 'its' as the subject's possessor", () => {
    expect(
      pronouns(
        "The Baltic Fisheries Council opened an inquiry on Monday. Its inspectors said on Monday that they would fine Nordfisk Group.",
      ),
    ).toContain("Its=organization:baltic-fisheries-council");
  });

  it("not for a person", () => {
    expect(pronouns("Ola Berg visited Bergen on Monday. It rained during the visit.")).toEqual([]);
  });

  it("past a person named before it, not past a body", () => {
    expect(
      pronouns("Nordfisk Group was fined on Monday. After talks with Ola Berg it agreed to pay the fine."),
    ).toEqual(["it=organization:nordfisk-group"]);
    expect(
      pronouns(
        "Nordfisk Group was fined on Monday. The Baltic Fisheries Council said it would appeal to a higher court.",
      ),
    ).not.toContain("it=organization:nordfisk-group");
  });
});

describe("'it' in what a body's people say", () => {
  it("is the body the speaker belongs to: 'X's spokesman said it would sue Y'", () => {
    const { events } = read("Nordfisk Group's spokesman said it would sue the Baltic Fisheries Council.");
    expect(events[0]?.participants.map((p) => [p.entity, p.role])).toEqual([
      ["organization:nordfisk-group", "agent"],
      ["organization:baltic-fisheries-council", "target"],
    ]);
  });
});
