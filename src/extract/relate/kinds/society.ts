// Outside CAMEO: launches, campaigns, disasters, elections, appointments and matches.
// Entries of the event-kinds registry (index.ts); general English only.
import type { ParticipantRole } from "../../../schema/graph";
import { DIRECTED, defineKinds } from "./types";

/** Where a disaster happens: "floods in X", "the quake off the coast of X", "fires across X". */
const DISASTER_PREPS: Record<string, ParticipantRole> = {
  in: "location",
  at: "location",
  across: "location",
  near: "location",
  off: "location",
  on: "location",
  over: "location",
  from: "source",
  by: "source",
};

export const SOCIETY_KINDS = defineKinds({
  // --- launches of products and services (not CAMEO): "X launched its first phone in Y"
  launch: {
    senses: [
      {
        noun: "launch",
        verbs: ["launch", "unveil"],
        nouns: ["launch", "unveiling"],
        preps: { in: "location", at: "location", with: "participant", by: "agent" },
        subjectAgent: true,
        objectless: true,
      },
    ],
  },

  // --- public-health and relief campaigns: "the ministry began a vaccination campaign in X"
  campaign: {
    placed: true,
    labelPrep: "of",
    senses: [
      {
        noun: "campaign",
        nouns: ["campaign", "vaccination", "immunisation", "immunization"],
        preps: { ...DIRECTED, against: "target" },
      },
    ],
  },

  // --- natural disasters and outbreaks (not CAMEO): "the earthquake in X", "floods across X", "the storm hit X"
  disaster: {
    placed: true,
    placeOnly: true,
    sentencePlace: true,
    labelPrep: "in",
    senses: [
      {
        noun: "earthquake",
        family: "disaster",
        nouns: ["earthquake", "quake", "tremor", "aftershock"],
        preps: DISASTER_PREPS,
      },
      { noun: "flood", family: "disaster", nouns: ["flood", "flooding", "deluge"], preps: DISASTER_PREPS },
      {
        noun: "storm",
        family: "disaster",
        nouns: ["storm", "cyclone", "hurricane", "typhoon", "tornado", "blizzard"],
        preps: DISASTER_PREPS,
      },
      { noun: "fire", family: "disaster", nouns: ["wildfire", "bushfire", "blaze"], preps: DISASTER_PREPS },
      { noun: "drought", family: "disaster", nouns: ["drought", "famine", "heatwave"], preps: DISASTER_PREPS },
      {
        noun: "landslide",
        family: "disaster",
        nouns: ["landslide", "mudslide", "avalanche", "tsunami", "eruption"],
        preps: DISASTER_PREPS,
      },
      { noun: "outbreak", family: "disaster", nouns: ["outbreak", "epidemic", "pandemic"], preps: DISASTER_PREPS },
    ],
  },

  // --- elections, appointments, sport (not CAMEO)
  election: {
    placed: true,
    labelPrep: "of",
    senses: [{ noun: "election", verbs: ["elect", "vote", "re-elect"], nouns: ["election", "vote", "referendum"] }],
  },
  appointment: {
    labelPrep: "of",
    senses: [
      {
        noun: "appointment",
        verbs: ["appoint", "nominate", "hire", "replace", "resign", "dismiss", "sack", "promote", "succeed", "oust"],
        phrasal: ["step down", "serve as"],
        nouns: ["appointment", "nomination", "resignation", "dismissal"],
      },
    ],
  },
  match: {
    placed: true,
    senses: [
      {
        noun: "match",
        verbs: ["defeat", "beat", "face", "play", "draw"],
        phrasal: ["face off"],
        nouns: [
          "match",
          "game",
          "final",
          "semifinal",
          "tournament",
          "championship",
          "competition",
          "defeat",
          "victory",
          "win",
        ],
        symmetric: true,
      },
      // a goal of the match: who scored it, for whom, against whom, from whose pass
      {
        noun: "goal",
        family: "goal",
        verbs: ["score", "equalise", "equalize"],
        nouns: ["goal", "equaliser", "equalizer"],
        preps: { ...DIRECTED, for: "participant", past: "target", through: "agent" },
        objectless: true,
        twoParties: true,
        labelPrep: "by",
      },
    ],
  },
});
