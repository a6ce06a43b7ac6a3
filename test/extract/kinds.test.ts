// The event-kind registry: the schema's vocabulary and the extraction's entries
// agree, and every sense's words reach the trigger table under its kind.
import { describe, expect, it } from "vitest";
import { KINDS, SENSES } from "../../src/extract/relate/kinds/index";
import { TRIGGERS, verbForms } from "../../src/extract/relate/triggers";
import { EVENT_KIND_INFO, EVENT_KIND_NAMES, EVENT_KINDS } from "../../src/schema/graph";

describe("event kinds", () => {
  it("the schema's kinds, CAMEO codes and the extraction's entries are one list", () => {
    expect(Object.keys(KINDS).sort()).toEqual([...EVENT_KIND_NAMES].sort());
    for (const k of EVENT_KIND_NAMES) expect(EVENT_KINDS[k]).toBe(EVENT_KIND_INFO[k].cameo);
    expect(new Set(Object.values(EVENT_KIND_INFO).map((i) => i.title)).size).toBe(EVENT_KIND_NAMES.length);
  });

  it("families once folded into 'other' are kinds of their own", () => {
    for (const k of ["acquisition", "ruling", "match", "hearing", "investigation", "award", "campaign", "concession"])
      expect(EVENT_KIND_NAMES).toContain(k);
  });

  it("every verb and noun of a sense triggers its kind", () => {
    for (const s of SENSES) {
      for (const v of s.verbs ?? [])
        for (const form of verbForms(v))
          expect(
            TRIGGERS.get(form)?.some((t) => t.pos === "verb" && t.kind === s.kind),
            `${form} (${s.kind})`,
          ).toBe(true);
      for (const n of s.nouns ?? [])
        expect(
          TRIGGERS.get(n.split(" ").pop()!)?.some((t) => t.pos === "noun" && t.kind === s.kind),
          `${n} (${s.kind})`,
        ).toBe(true);
    }
  });

  it("a word shared by two kinds keeps the first entry's sense first", () => {
    // "sentence" is an arrest verb and a ruling noun: the part of speech tells them apart
    const senses = TRIGGERS.get("sentence")!;
    expect(senses.find((s) => s.pos === "verb")?.kind).toBe("arrest");
    expect(senses.find((s) => s.pos === "noun")?.kind).toBe("ruling");
  });
});
