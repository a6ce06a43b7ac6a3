// Cooperating and giving: agreements, business deals, awards and aid (CAMEO 03, 05, 06, 07).
// Entries of the event-kinds registry (index.ts); general English only.
import { DIRECTED, SYMMETRIC, defineKinds } from "./types";

export const COOPERATION_KINDS = defineKinds({
  // --- cooperation, agreements, business (CAMEO 03, 05, 06)
  agreement: {
    placed: true,
    topic: "to",
    senses: [
      {
        noun: "agreement",
        verbs: ["agree", "accept", "sign", "endorse", "approve", "ratify"],
        nouns: [
          "agreement",
          "deal",
          "treaty",
          "accord",
          "contract",
          "pact",
          "ceasefire",
          "truce",
          "signing",
          "ratification",
        ],
        preps: { ...SYMMETRIC, for: "target" },
        symmetric: true,
        subjectAgent: true,
        yieldsToComplement: true,
      },
    ],
  },
  cooperation: {
    senses: [
      {
        noun: "cooperation",
        verbs: ["cooperate", "collaborate", "join", "partner"],
        nouns: ["cooperation", "collaboration", "partnership", "alliance"],
        symmetric: true,
      },
      {
        noun: "support",
        family: "support",
        labelPrep: "for",
        verbs: ["support", "praise", "applaud", "sponsor", "congratulate", "welcome", "hail", "commend"],
        verbForms: ["backed", "backing"],
        nouns: ["support", "backing", "praise", "sponsorship", "endorsement"],
        preps: { ...DIRECTED, from: "agent", for: "target" },
      },
    ],
  },
  intent: {
    senses: [
      {
        noun: "invitation",
        family: "invitation",
        labelPrep: "to",
        verbs: ["invite"],
        nouns: ["invitation"],
        preps: { ...DIRECTED, to: "location" },
      },
      {
        noun: "offer",
        family: "offer",
        labelPrep: "to",
        verbs: ["offer", "pledge", "promise"],
        nouns: ["offer", "pledge", "promise"],
        preps: { ...DIRECTED, through: "participant", for: "target" },
        yieldsToComplement: true,
      },
    ],
  },
  acquisition: {
    placed: true,
    labelPrep: "of",
    senses: [
      {
        noun: "acquisition",
        verbs: ["acquire", "buy", "purchase", "merge", "sell"],
        phrasal: ["take over"],
        nouns: ["acquisition", "takeover", "merger", "purchase", "sale"],
      },
    ],
  },
  award: {
    placed: true,
    labelPrep: "of",
    senses: [
      {
        noun: "award",
        verbs: ["award", "honour", "honor"],
        nouns: ["award", "prize", "medal", "trophy", "honour", "honor"],
        preps: { ...DIRECTED, to: "target", for: "target" },
      },
    ],
  },

  // --- aid: give, fund, donate, invest (CAMEO 07)
  aid: {
    labelPrep: "to",
    senses: [
      {
        noun: "aid",
        verbs: [
          "donate",
          "assist",
          "fund",
          "finance",
          "invest",
          "grant",
          "subsidise",
          "subsidize",
          "airlift",
          "deliver",
          "provide",
          "contribute",
        ],
        nouns: ["aid", "donation", "funding", "assistance", "investment", "grant", "loan", "subsidy", "airlift"],
        stateAction: true,
        preps: { ...DIRECTED, from: "agent", for: "target", in: "target", through: "participant" },
      },
      // "the coast guard rescued 40 people off X", "X evacuated residents from Y" (humanitarian aid, CAMEO 073)
      {
        noun: "rescue",
        family: "rescue",
        verbs: ["rescue", "evacuate"],
        nouns: ["rescue", "evacuation"],
        preps: { ...DIRECTED, from: "location", off: "location", near: "location" },
      },
      // "send boats to X": what is sent goes to its target
      {
        noun: "aid",
        verbs: ["send", "dispatch", "ship", "deploy", "supply"],
        stateAction: true,
        objectless: true,
        preps: {
          by: "agent",
          from: "agent",
          for: "target",
          through: "participant",
          to: "target",
          in: "location",
          at: "location",
        },
      },
    ],
  },
});
