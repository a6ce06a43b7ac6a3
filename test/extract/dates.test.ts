// Time expressions normalised against an article's date (invented examples).
import { describe, expect, it } from "vitest";
import { articleDate, normaliseTime } from "../../src/extract/relate/dates";

// a Monday
const ref = { y: 2025, m: 3, d: 17 };

describe("article dates", () => {
  it("come from the dateline in any of the usual spellings", () => {
    expect(articleDate("OSLO, Norway (March 17, 2025) — The ministers met.")).toEqual(ref);
    expect(articleDate("Published 17 March 2025\n\nThe ministers met.")).toEqual(ref);
    expect(articleDate("2025-03-17 · The ministers met.")).toEqual(ref);
    expect(articleDate("The ministers met on Tuesday.")).toBeUndefined();
    expect(articleDate("Feb 30, 2025: no such day")).toBeUndefined();
  });
});

describe("normalised times", () => {
  it("place weekdays on the latest such day up to the article's date", () => {
    expect(normaliseTime("on Thursday", ref)).toBe("2025-03-13");
    expect(normaliseTime("Monday", ref)).toBe("2025-03-17");
    expect(normaliseTime("on Sunday", ref)).toBe("2025-03-16");
  });

  it("read days relative to the article", () => {
    expect(normaliseTime("yesterday", ref)).toBe("2025-03-16");
    expect(normaliseTime("last week", ref)).toBe("2025-03-10/2025-03-16");
    expect(normaliseTime("over the weekend", ref)).toBe("2025-03-15/2025-03-16");
    expect(normaliseTime("last year", ref)).toBe("2024");
    expect(normaliseTime("last month", ref)).toBe("2025-02");
  });

  it("complete months and days with the article's year, or the year before for a later month", () => {
    expect(normaliseTime("on March 3", ref)).toBe("2025-03-03");
    expect(normaliseTime("on 29 September", ref)).toBe("2024-09-29");
    expect(normaliseTime("in January", ref)).toBe("2025-01");
  });

  it("keep absolute dates and years without an article date, and leave relative ones unplaced", () => {
    expect(normaliseTime("in 2022")).toBe("2022");
    expect(normaliseTime("on September 29, 2024")).toBe("2024-09-29");
    expect(normaliseTime("on Thursday")).toBeUndefined();
    expect(normaliseTime("soon", ref)).toBeUndefined();
  });
});

describe("events in the graph", () => {
  it("keep their time as written and as ISO 8601 against the dateline", async () => {
    const { extractGraph } = await import("../../src/extract/index");
    const g = extractGraph(
      "OSLO, Norway (March 17, 2025) — Chancellor Anna Berg met Prime Minister Tomas Lind in Vienna on Thursday.",
    );
    const meeting = g.nodes().find((k) => g.getNodeAttribute(k, "kind") === "meeting")!;
    expect(g.getNodeAttribute(meeting, "date")).toBe("on Thursday");
    expect(g.getNodeAttribute(meeting, "isoDate")).toBe("2025-03-13");
  });
});
