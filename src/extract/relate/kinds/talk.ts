// Consulting and speaking: meetings, visits, calls, negotiations, interviews, statements and reports (CAMEO 01, 04).
// Entries of the event-kinds registry (index.ts); general English only.
import { DIRECTED, SYMMETRIC, defineKinds } from "./types";

export const TALK_KINDS = defineKinds({
  // --- consult: meet, visit, host, talk (CAMEO 04)
  meeting: {
    placed: true,
    senses: [
      {
        noun: "meeting",
        verbs: ["meet", "host", "gather", "greet", "convene"],
        nouns: ["meeting", "summit", "conference", "reception", "briefing"],
        symmetric: true,
        subjectAgent: true,
      },
    ],
  },
  visit: {
    placed: true,
    labelPrep: "to",
    senses: [
      {
        noun: "visit",
        family: "meeting",
        verbs: ["visit", "tour", "travel", "arrive", "fly"],
        nouns: ["visit", "trip", "guest", "tour", "journey", "arrival"],
        preps: { ...DIRECTED, to: "location" },
        subjectAgent: true,
      },
    ],
  },
  call: {
    placed: true,
    senses: [
      {
        noun: "call",
        family: "talks",
        labelPrep: "with",
        verbs: ["speak", "talk", "phone", "telephone", "contact"],
        nouns: ["call", "phone call", "conversation"],
        symmetric: true,
        subjectAgent: true,
      },
    ],
  },
  negotiation: {
    placed: true,
    senses: [
      {
        noun: "talks",
        family: "talks",
        verbs: ["negotiate", "discuss", "mediate", "bargain"],
        nouns: ["negotiation", "discussion", "mediation", "dialogue"],
        nounForms: ["talks"],
        symmetric: true,
        subjectAgent: true,
      },
    ],
  },
  interview: {
    labelPrep: "with",
    senses: [
      {
        noun: "interview",
        verbs: ["interview"],
        nouns: ["interview"],
        preps: { ...SYMMETRIC, on: "source" },
        subjectAgent: true,
      },
    ],
  },

  // --- public statements and reports (CAMEO 01, 010)
  statement: {
    senses: [
      // "X said Y would appeal", "X told reporters that Y ...": who says what of whom, when it is no other event
      { noun: "remarks", family: "statement", speech: true, labelPrep: "on", preps: { ...DIRECTED, about: "target" } },
      {
        noun: "announcement",
        family: "statement",
        verbs: ["announce", "declare", "disclose"],
        nouns: ["announcement", "declaration"],
        preps: { ...DIRECTED, about: "target" },
      },
      {
        noun: "tweet",
        family: "tweet",
        labelPrep: "to",
        verbs: ["tweet"],
        nouns: ["tweet"],
        preps: { ...DIRECTED, about: "target" },
      },
    ],
  },
  report: {
    senses: [
      {
        noun: "publication",
        family: "report",
        verbs: ["publish"],
        nouns: ["publication"],
        preps: { ...DIRECTED, in: "participant", about: "target" },
      },
      // science: studies, surveys and their findings
      {
        noun: "study",
        family: "study",
        verbs: ["study", "analyse", "analyze", "survey", "research"],
        nouns: ["study", "survey", "analysis", "experiment", "research"],
        preps: { ...DIRECTED, about: "target" },
      },
    ],
  },
});
