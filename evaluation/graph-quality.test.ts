// Event and relation quality, scored by the reference scorer (../shared/eval/score.mjs,
// resolved from the repo root) on the showcase article and on our hand-made event gold
// for unseen GUM articles (evaluation/fixtures/events-gold, written before tuning), with a
// separate bar for the articles held out while tuning: generalisation must not regress.
import { beforeAll, describe, expect, it } from "vitest";
import { entityF1Of, evalGraphs, HELD_OUT, meanOf, type GraphScore, type Measure } from "./graph";

let seed: GraphScore;
let gum: GraphScore[];
let blind: Map<string, GraphScore[]>;
beforeAll(async () => {
  ({ seed, gum, blind } = await evalGraphs());
});

describe("showcase article", () => {
  // issue 8: the showcase keeps every event and relation, and nothing it does not state
  it("finds every event and nothing else (P = R = 1.0)", () => {
    expect(seed.events.recall, `missed: ${seed.events.missed.join("; ")}`).toBe(1);
    expect(seed.events.precision, `matches: ${seed.events.matches.join("; ")}`).toBe(1);
  });

  it("finds every relation and no unsupported pair (P = R = 1.0)", () => {
    expect(seed.relations.recall, `missed: ${seed.relations.missed.join("; ")}`).toBe(1);
    expect(seed.relations.precision, `unsupported: ${seed.relations.unsupported.join("; ")}`).toBe(1);
  });

  it("has the headline events: Trump–Putin call, Moscow meeting, NATO demand, aid suspension, ceasefire, accusation", () => {
    for (const id of [
      "trump-putin-call",
      "witkoff-putin-meeting",
      "nato-guarantees-demand",
      "aid-suspension",
      "ceasefire-agreement",
      "zelensky-accusation",
    ]) {
      expect(seed.events.missed).not.toContain(id);
    }
  });
});

describe("unseen articles (hand-made event gold on GUM news)", () => {
  const tuning = () => gum.filter((g) => !HELD_OUT.has(g.name));
  const heldOut = () => gum.filter((g) => HELD_OUT.has(g.name));
  const expectMeans = (list: GraphScore[], bars: Record<Measure, number> & { entitiesF1?: number }) => {
    const { entitiesF1, ...means } = bars;
    for (const [m, bar] of Object.entries(means) as [Measure, number][]) {
      expect(meanOf(list, m), `${m} over ${list.map((g) => g.name).join(", ")}`).toBeGreaterThanOrEqual(bar);
    }
    if (entitiesF1 !== undefined)
      expect(entityF1Of(list), `entities F1 over ${list.map((g) => g.name).join(", ")}`).toBeGreaterThanOrEqual(
        entitiesF1,
      );
  };

  it("has gold for all twelve GUM dev articles, three of them held out", () => {
    expect(gum.length).toBeGreaterThanOrEqual(12);
    expect(heldOut()).toHaveLength(3);
  });

  // Bars just under the measurement since frames are read from the dependency tree
  // (2026-12-02, greedy parser retrained on jackknifed tags: tuning nine events P 0.650 R 0.454, relations P 0.984 R 0.687; with the earlier parser P 0.662 R 0.496;
  // round 7, with the lexicon's additions: events P 0.650 R 0.475, relations P 0.985 R 0.687; round 4, by
  // word order alone: events P 0.750 R 0.433, relations P 0.982 R 0.687);
  // held-out three (afghan, hackers, warming): events P 0.867 R 0.500, relations P 1.000 R 0.455.
  // Round 8: tuning events P 0.644 R 0.454 (one event, a criticism, lost to the models' 8-bit
  // weights: the trees moved), relations P 0.985 R 0.687; held out events P 0.867 R 0.500,
  // relations P 1.000 R 0.677 (noun links and the lone actor's body). Round 12, with statements
  // (tree/statements.ts): tuning events P 0.735 R 0.454, relations P 0.977 R 0.687; held out
  // events P 0.889 R 0.500, relations P 1.000 R 0.707; with the speaker's own body in their
  // statements: tuning events P 0.688 (GUM's gold has few statements), the rest level.
  it("tuning articles: events and relations at their measured level", () => {
    expectMeans(tuning(), { eventsP: 0.67, eventsR: 0.44, relationsP: 0.95, relationsR: 0.66 });
  });

  it("held-out articles: generalisation does not regress", () => {
    expectMeans(heldOut(), { eventsP: 0.86, eventsR: 0.47, relationsP: 0.95, relationsR: 0.65 });
  });

  // evaluation/fixtures/unseen: eight articles written blind, opened for error analysis and tuned on
  // in round 4 (README there: events P 0.907 R 0.574, relations P 0.984 R 0.649; with tree
  // frames, 2026-12-02: events P 0.850 R 0.605, relations P 0.959 R 0.639; round 7: events P 0.880
  // R 0.668, relations P 0.972 R 0.687; round 8: events P 0.880 R 0.699, relations P 0.959 R 0.700;
  // round 10: events P 0.871 R 0.699, relations P 0.943 R 0.722, entities F1 0.991; round 12, with
  // statements: events P 0.896 R 0.761, relations P 0.917 R 0.722 — the pairs a statement adds
  // between what its speaker names are not all in the gold; with the speaker's own body: events P 0.865 R 0.803).
  // Round 14, a reported event naming no one but the speaker no longer hides the statement: events P 0.859 R 0.834, relations P 0.918 R 0.722; at the round's end (a reported match naming one party) 0.864 / 0.866.
  it("unseen articles (written blind, tuned on in round 4): no regression below the measurement", () => {
    expect(blind.get("unseen")).toHaveLength(8);
    expectMeans(blind.get("unseen")!, {
      eventsP: 0.85,
      eventsR: 0.85,
      relationsP: 0.91,
      relationsR: 0.68,
      entitiesF1: 0.97,
    });
  });

  // evaluation/fixtures/unseen-2: six more articles written blind, measured once after round 4
  // (events P 0.570 R 0.292, relations P 0.970 R 0.341), then opened and tuned on in round 5
  // (events-gold README, round 5: events P 0.847 R 0.448, relations P 0.970 R 0.379; with tree
  // frames, 2026-12-02: events P 0.740 R 0.462, relations P 0.972 R 0.421; round 7: events P 0.757
  // R 0.574, relations P 0.971 R 0.566; round 8: events P 0.793 R 0.598, relations P 0.950 R 0.574;
  // round 9: events P 0.805 R 0.701, relations P 0.953 R 0.584; round 10: the same, entities F1 0.974;
  // round 12, with statements: events P 0.788 R 0.742, relations P 0.973 R 0.598; at its end relations
  // P 0.986 R 0.588).
  // Round 14, a reported event naming no one but the speaker no longer hides the statement: events P 0.755 R 0.742, relations P 0.986 R 0.588.
  it("unseen-2 articles (written blind, tuned on in round 5): no regression below the measurement", () => {
    expect(blind.get("unseen-2")).toHaveLength(6);
    expectMeans(blind.get("unseen-2")!, {
      eventsP: 0.74,
      eventsR: 0.72,
      relationsP: 0.93,
      relationsR: 0.58,
      entitiesF1: 0.96,
    });
  });

  // evaluation/fixtures/unseen-3: five articles written blind, never tuned on, measured once after
  // the round-5 rules were frozen (README there: events P 0.509 R 0.287, relations P 0.809
  // R 0.321); with tree frames (2026-12-02, totals only): events P 0.392 R 0.320, relations
  // P 0.718 R 0.332 — precision fell, see the README; round 7 (totals only): events P 0.426 R 0.353,
  // relations P 0.754 R 0.345; round 8 (totals only): events P 0.367 — one more event node that
  // matches nothing, from the lone actor's body (tree/frames.ts phraseBodies), a trade the other
  // sets paid for in recall — R 0.353, relations P 0.756 R 0.370; round 9 (totals only): events P 0.454 R 0.433, relations P 0.779
  // R 0.415 (control read before the object, the lone actor's nearest name); at the round's end events
  // P 0.469 R 0.467, relations P 0.780 R 0.415 (CAMEO's missing words); round 10 (totals only): events
  // level, relations P 0.794 R 0.430, entities F1 0.885; round 12 (totals only), with statements:
  // events P 0.571 R 0.573, relations P 0.768 R 0.455, entities F1 0.893. Bars a little under the latest, to catch regressions; never
  // a target to tune towards.
  it("unseen-3 articles (written blind, never tuned on): no regression below the measurement", () => {
    expect(blind.get("unseen-3")).toHaveLength(5);
    expectMeans(blind.get("unseen-3")!, {
      eventsP: 0.55,
      eventsR: 0.55,
      relationsP: 0.75,
      relationsR: 0.44,
      entitiesF1: 0.86,
    });
  });
  // evaluation/fixtures/unseen-4: ten articles written blind for round 6 (README there), measured at
  // its end (2026-12-02, totals only): events P 0.793 R 0.485, relations P 0.914 R 0.393,
  // entities F1 0.896 (once before, by mistake, early in the round: events P 0.774 R 0.545,
  // relations P 0.934 R 0.401, entities F1 0.876); at the end of round 7: events P 0.801 R 0.512,
  // relations P 0.920 R 0.408, entities F1 0.900; at the end of round 8: events P 0.806 R 0.527,
  // relations P 0.912 R 0.451, entities F1 0.904; at the end of round 10: events P 0.786 R 0.549, relations
  // P 0.913 R 0.443, entities F1 0.905; at the end of round 11: events P 0.792 R 0.549, relations P 0.919
  // R 0.479, entities F1 0.905; round 12, with statements (totals only): events P 0.715 R 0.595,
  // relations P 0.924 R 0.507 — a trade: precision fell 7.7 points where recall rose 4.6 (event F1
  // 0.648 -> 0.650), the other sets gaining both or recall at less; at the round's end ("workers at the X
  // plant"): events P 0.720 R 0.609, relations P 0.925 R 0.507; with the speaker's own body in their
  // statements: events P 0.713 R 0.623, relations P 0.919 R 0.507. Bars a little under, to catch regressions.
  // Round 14, a reported event naming no one but the speaker no longer hides the statement: events P 0.676 R 0.654, relations P 0.922 R 0.507 (event F1 0.665 before and after); at the round's end relations R 0.514.
  it("unseen-4 articles (written blind, never tuned on): no regression below the measurement", () => {
    expect(blind.get("unseen-4")).toHaveLength(10);
    expectMeans(blind.get("unseen-4")!, {
      eventsP: 0.66,
      eventsR: 0.64,
      relationsP: 0.89,
      relationsR: 0.49,
      entitiesF1: 0.89,
    });
  });

  // evaluation/fixtures/unseen-5: ten articles written blind for round 7 (README there), sealed from
  // eval --dev and measured once, at its end (2026-12-02, totals only): events P 0.733 R 0.358,
  // relations P 0.984 R 0.380, entities F1 0.901; at the end of round 8: events P 0.733 R 0.358,
  // relations P 0.956 R 0.439, entities F1 0.901; at the end of round 10: events P 0.733 R 0.395, relations
  // P 0.959 R 0.439, entities F1 0.913; at the end of round 11: events P 0.747 R 0.395, relations P 0.964
  // R 0.463, entities F1 0.913; round 12, with statements (totals only): events P 0.740 R 0.418,
  // relations P 0.966 R 0.463; with the speaker's own body: events P 0.790 R 0.418. Bars a little under,
  // to catch regressions.
  // Round 14, a reported event naming no one but the speaker no longer hides the statement: events P 0.897 R 0.458, relations P 0.966 R 0.468.
  it("unseen-5 articles (written blind, never tuned on): no regression below the measurement", () => {
    expect(blind.get("unseen-5")).toHaveLength(10);
    expectMeans(blind.get("unseen-5")!, {
      eventsP: 0.88,
      eventsR: 0.44,
      relationsP: 0.93,
      relationsR: 0.44,
      entitiesF1: 0.9,
    });
  });

  // evaluation/fixtures/unseen-6: ten articles written blind for round 8 (README there), sealed from
  // eval --dev and measured once, at its end (2026-12-03, totals only): events P 0.778 R 0.260,
  // relations P 0.871 R 0.309, entities F1 0.900; a development set from round 9 (its misses read
  // by kind, rules from invented examples); at the end of round 9: events P 0.820 R 0.319, relations
  // P 0.886 R 0.365, entities F1 0.921; at the end of round 10: events P 0.820 R 0.333, relations P 0.912
  // R 0.392, entities F1 0.969; round 11: events P 0.857 R 0.360, relations P 0.935 R 0.469; round 12,
  // with statements: events P 0.846 R 0.405, relations P 0.924 R 0.474; at its end ("workers at the X plant"):
  // events P 0.879 R 0.414, relations P 0.918 R 0.480; with "the German carmaker": events P 0.893 R 0.426,
  // relations P 0.923 R 0.480; with the speaker's own body: events P 0.889 R 0.456. Bars a little under,
  // to catch regressions.
  // Round 14, a reported event naming no one but the speaker no longer hides the statement: events P 0.878 R 0.506, relations P 0.928 R 0.499; with a lone actor's title body, events P 0.879 R 0.515; at the round's end relations R 0.505.
  it("unseen-6 articles (written blind, tuned on from round 9): no regression below the measurement", () => {
    expect(blind.get("unseen-6")).toHaveLength(10);
    expectMeans(blind.get("unseen-6")!, {
      eventsP: 0.86,
      eventsR: 0.49,
      relationsP: 0.9,
      relationsR: 0.45,
      entitiesF1: 0.95,
    });
  });

  // evaluation/fixtures/unseen-7: ten articles written blind for round 9 (README there), sealed from
  // eval --dev and measured once, at its end (2026-12-03, totals only): events P 0.741 R 0.330,
  // relations P 0.957 R 0.364, entities F1 0.897 (again at the round's end, and not measured in round 10,
  // whose entity rules it holds to a bar under its round-9 figure); at the end of round 12, with statements
  // (totals only): events P 0.726 R 0.438, relations P 0.959 R 0.448, entities F1 0.903; with the speaker's
  // own body: events P 0.754 R 0.455, relations P 0.956 R 0.448. Bars a little
  // under, to catch regressions.
  // Round 14, a reported event naming no one but the speaker no longer hides the statement: events P 0.750 R 0.479, relations P 0.957 R 0.448.
  it("unseen-7 articles (written blind, never tuned on): no regression below the measurement", () => {
    expect(blind.get("unseen-7")).toHaveLength(10);
    expectMeans(blind.get("unseen-7")!, {
      eventsP: 0.73,
      eventsR: 0.46,
      relationsP: 0.93,
      relationsR: 0.42,
      entitiesF1: 0.88,
    });
  });

  // evaluation/fixtures/unseen-8: ten articles written blind for round 11 (README there), sealed from
  // eval --dev and measured once, at its end (2026-12-04, totals only): events P 0.782 R 0.261,
  // relations P 0.948 R 0.343, entities F1 0.871. Bars a little under, to catch regressions.
  // Round 14, a reported event naming no one but the speaker no longer hides the statement: events P 0.821 R 0.329, relations P 0.949 R 0.368 (round 13's end: 0.840 / 0.321, 0.948 / 0.362).
  it("unseen-8 articles (written blind, never tuned on): no regression below the measurement", () => {
    expect(blind.get("unseen-8")).toHaveLength(10);
    expectMeans(blind.get("unseen-8")!, {
      eventsP: 0.75,
      eventsR: 0.31,
      relationsP: 0.92,
      relationsR: 0.31,
      entitiesF1: 0.85,
    });
  });

  // evaluation/fixtures/unseen-9: ten articles written blind for round 14 (README there), sealed from
  // eval --dev and measured once at the round's end (2026-12-06, 9c273fb, totals only): events P 0.698
  // R 0.439, relations P 0.932 R 0.385, entities F1 0.923; and once at the round's start (ee9495e):
  // events P 0.730 R 0.385, relations P 0.938 R 0.378. Bars a little under, to catch regressions.
  it("unseen-9 articles (written blind, never tuned on): no regression below the measurement", () => {
    expect(blind.get("unseen-9")).toHaveLength(10);
    expectMeans(blind.get("unseen-9")!, {
      eventsP: 0.67,
      eventsR: 0.41,
      relationsP: 0.9,
      relationsR: 0.36,
      entitiesF1: 0.9,
    });
  });

  it("every blind set has its bar here", () => {
    expect([...blind.keys()]).toEqual([
      "unseen",
      "unseen-2",
      "unseen-3",
      "unseen-4",
      "unseen-5",
      "unseen-6",
      "unseen-7",
      "unseen-8",
      "unseen-9",
    ]);
  });
});
