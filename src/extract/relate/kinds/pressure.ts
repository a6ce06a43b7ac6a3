// Pressing and refusing: demands, appeals, disapproval, accusations, threats, concessions, protests, suspensions and withdrawals (CAMEO 02, 10-14, 16).
// Entries of the event-kinds registry (index.ts); general English only.
import { DIRECTED, defineKinds } from "./types";

export const PRESSURE_KINDS = defineKinds({
  // --- demands and appeals (CAMEO 02, 10)
  demand: {
    labelPrep: "on",
    topic: "for",
    topicNamesTargets: true,
    senses: [
      {
        noun: "demand",
        verbs: ["demand", "urge", "insist", "seek"],
        phrasal: ["call for"],
        nouns: ["demand"],
        content: true,
      },
    ],
  },
  appeal: {
    labelPrep: "to",
    topic: "of",
    senses: [
      {
        noun: "appeal",
        verbs: ["appeal", "request", "plead", "ask", "petition", "lobby", "beg"],
        phrasal: ["call on"],
        nouns: ["appeal", "request", "plea", "petition"],
        preps: { ...DIRECTED, of: "agent", from: "agent" },
      },
    ],
  },

  // --- disapproval, rejection, accusation (CAMEO 11, 12)
  disapproval: {
    labelPrep: "of",
    senses: [
      {
        noun: "criticism",
        verbs: ["criticise", "criticize", "condemn", "denounce", "slam", "rebuke", "deplore", "decry", "lambast"],
        nouns: ["criticism", "condemnation", "rebuke"],
      },
    ],
  },
  rejection: {
    labelPrep: "of",
    senses: [
      {
        noun: "rejection",
        verbs: ["reject", "refuse", "deny", "veto", "oppose"],
        phrasal: ["rule out", "turn down"],
        nouns: ["rejection", "refusal", "denial", "veto"],
      },
    ],
  },
  accusation: {
    labelPrep: "against",
    senses: [
      {
        noun: "accusation",
        verbs: ["accuse", "blame", "charge", "indict", "sue", "allege"],
        nouns: ["accusation", "allegation", "lawsuit", "indictment", "complaint"],
        nounForms: ["charges"],
        preps: { ...DIRECTED, of: "target", with: "target" },
      },
    ],
  },
  threat: {
    labelPrep: "against",
    senses: [{ noun: "threat", verbs: ["threaten", "warn"], nouns: ["threat", "ultimatum", "warning"] }],
  },
  concession: {
    placed: true,
    labelPrep: "of",
    senses: [
      { noun: "concession", verbs: ["concede"], preps: { ...DIRECTED, to: "target" }, subjectAgent: true },
      // "the rebels released two hostages" (CAMEO 0841, return or release persons)
      {
        noun: "release",
        family: "release",
        verbs: ["release", "free", "pardon"],
        nouns: ["release", "pardon"],
        preps: { ...DIRECTED, from: "source" },
      },
      // "the garrison surrendered to X" (CAMEO 0874, retreat or surrender militarily)
      {
        noun: "surrender",
        family: "surrender",
        verbs: ["surrender"],
        nouns: ["surrender"],
        preps: { ...DIRECTED, to: "target" },
      },
    ],
  },

  // --- protests (CAMEO 14)
  protest: {
    placed: true,
    placeOnly: true,
    labelPrep: "against",
    senses: [
      {
        noun: "protest",
        verbs: ["protest", "rally", "demonstrate", "boycott", "picket", "march", "riot"],
        nouns: ["protest", "demonstration", "boycott", "rally", "march", "riot"],
      },
    ],
  },

  // --- reduce relations: suspend, ban, sanction, withdraw (CAMEO 16)
  suspension: {
    labelPrep: "to",
    topic: "of",
    senses: [
      {
        noun: "suspension",
        verbs: ["suspend", "halt", "freeze", "sanction", "pause", "ban", "block", "cancel"],
        verbForms: ["barred", "barring"],
        phrasal: ["cut off"],
        nouns: ["suspension", "embargo", "ban", "cancellation", "moratorium", "halt", "closure"],
        nounForms: ["sanctions"],
        stateAction: true,
      },
    ],
  },
  withdrawal: {
    labelPrep: "from",
    senses: [
      {
        noun: "withdrawal",
        verbs: ["withdraw", "leave", "quit", "exit"],
        phrasal: ["pull out"],
        nouns: ["withdrawal", "exit"],
        preps: { ...DIRECTED, from: "target" },
        stateAction: true,
      },
    ],
  },
});
