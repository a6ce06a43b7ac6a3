// Law and force: investigations, arrests, rulings, hearings, confrontations, invasions and attacks (CAMEO 09, 17-19).
// Entries of the event-kinds registry (index.ts); general English only.
import { DIRECTED, defineKinds } from "./types";

export const FORCE_KINDS = defineKinds({
  // --- investigations and law enforcement (CAMEO 09, 17, 173)
  investigation: {
    placed: true,
    labelPrep: "of",
    senses: [
      {
        noun: "investigation",
        verbs: ["investigate", "probe", "prosecute", "examine", "scrutinise", "scrutinize", "inspect", "review"],
        nouns: [
          "investigation",
          "probe",
          "inquiry",
          "enquiry",
          "prosecution",
          "audit",
          "review",
          "scrutiny",
          "examination",
        ],
        preps: { ...DIRECTED, into: "target" },
      },
      // "officers searched the offices of X": a search by the authorities (not "search" the noun: "the search for survivors")
      { noun: "search", family: "search", verbs: ["search"], preps: { ...DIRECTED, for: "target" } },
    ],
  },
  arrest: {
    placed: true,
    labelPrep: "of",
    senses: [
      {
        noun: "arrest",
        verbs: ["arrest", "detain", "jail", "imprison", "convict", "extradite", "sentence", "deport", "expel"],
        verbForms: ["fined"],
        nouns: ["arrest", "detention", "conviction", "extradition", "deportation", "expulsion"],
      },
      // "customs officers impounded two ships in X" (CAMEO 1711, confiscate property; not "seize":
      // territory is seized too)
      {
        noun: "confiscation",
        family: "confiscation",
        verbs: ["confiscate", "impound"],
        nouns: ["confiscation"],
      },
    ],
  },
  ruling: {
    placed: true,
    labelPrep: "of",
    senses: [
      {
        noun: "ruling",
        labelPrep: "on",
        verbs: ["rule", "acquit"],
        nouns: ["ruling", "verdict", "judgment", "judgement", "sentence", "trial", "acquittal"],
        preps: { ...DIRECTED, of: "agent", for: "target" },
      },
    ],
  },
  // read from context, not from the lexicon (senses.ts): "X appeared at the Crown Court"
  hearing: { placed: true, labelPrep: "of", senses: [] },

  // --- conflict and violence (CAMEO 17-19)
  confrontation: {
    placed: true,
    senses: [
      {
        noun: "confrontation",
        verbs: ["clash", "confront", "fight", "battle"],
        nouns: [
          "confrontation",
          "clash",
          "fighting",
          "blowup",
          "showdown",
          "dispute",
          "feud",
          "standoff",
          "war",
          "conflict",
          "battle",
          "fight",
          "rivalry",
        ],
        symmetric: true,
      },
    ],
  },
  invasion: {
    placed: true,
    labelPrep: "of",
    senses: [
      {
        noun: "invasion",
        verbs: ["invade", "occupy", "annex"],
        nouns: ["invasion", "occupation", "annexation", "offensive"],
        stateAction: true,
      },
    ],
  },
  attack: {
    placed: true,
    placeOnly: true,
    labelPrep: "on",
    senses: [
      {
        noun: "attack",
        verbs: [
          "attack",
          "bomb",
          "strike",
          "shell",
          "kill",
          "shoot",
          "raid",
          "hack",
          "assault",
          "murder",
          "stab",
          "ambush",
          "steal",
          "kidnap",
          "abduct",
          "torture",
          "assassinate",
          "hijack",
          "loot",
        ],
        nouns: [
          "breach",
          "intrusion",
          "theft",
          "attack",
          "airstrike",
          "bombing",
          "raid",
          "assault",
          "shelling",
          "shooting",
          "killing",
          "murder",
          "cyberattack",
          "hack",
          "kidnapping",
          "abduction",
          "torture",
          "coup",
          "blockade",
          "assassination",
          "hijacking",
          "ambush",
          "looting",
        ],
        stateAction: true,
      },
    ],
  },
});
