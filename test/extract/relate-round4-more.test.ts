// Round-4 rules, continued (relate-round4.test.ts grew past its size): each on a made-up sentence.
import { describe, expect, it } from "vitest";
import { recognise } from "../../src/extract/recognise";
import { relate } from "../../src/extract/relate";
import { resolve } from "../../src/extract/resolve";
import { segment } from "../../src/extract/segment";
import type { EventRecord, Relations } from "../../src/extract/types";
import { fixture, type MentionSpec } from "./relate-fixture";

function run(text: string, mentions: MentionSpec[]): Relations {
  const { doc, resolution } = fixture(text, mentions);
  return relate(doc, resolution);
}
const roles = (e: EventRecord) => Object.fromEntries(e.participants.map((p) => [p.entity, p.role]));
const recognised = (text: string) => recognise(segment(text));
const resolved = (text: string) => {
  const doc = segment(text);
  return resolve(doc, recognise(doc));
};

describe("long names in argument lists", () => {
  it("'funded by the Canadian Institutes of Health Research (CIHR) and the French National Research Agency': both fund", () => {
    const r = run("The study was funded by the Nordic Institutes of Marine Science Research (NIMSR) and the French National Research Agency.", [
      { text: "Nordic Institutes of Marine Science Research", entity: "organization:nimsr" },
      { text: "NIMSR", entity: "organization:nimsr" },
      { text: "French National Research Agency", entity: "organization:french-national-research-agency" },
    ]);
    const aid = r.events.find((e) => e.kind === "aid")!;
    expect(roles(aid)).toEqual({ "organization:nimsr": "agent", "organization:french-national-research-agency": "agent" });
  });

  it("an acronym that spells a run keeps a leading demonym in the name", () => {
    const m = recognised("It was funded by the Canadian Institutes of Health Research (CIHR) last year.");
    expect(m.find((x) => x.type === "organization" && x.text.startsWith("Canadian"))?.text).toBe("Canadian Institutes of Health Research");
    expect(resolved("The Canadian Institutes of Health Research (CIHR) paid. CIHR said so.").entities.filter((e) => e.type === "organization")).toHaveLength(1);
  });
});
