// The extraction's knowledge of each event kind, one entry per kind of the
// schema's vocabulary (src/schema/event-kinds.ts; a Record, so a kind without an
// entry does not compile): its trigger senses — verb and noun lemmas, phrasal
// verbs, which preposition introduces which role — and how its label reads.
// Verbs are lemmas: every form comes from inflections.generated.ts (made at dev
// time by scripts/gen-inflections.ts); nouns get their plurals there too.
// General English only: no facts about any particular story.
import type { EventKind, ParticipantRole } from "../../../schema/graph";

/** One sense of a kind: the words that trigger it and how they read their arguments. */
export interface KindSense {
  /** the noun used in labels ("meeting", "accusation") */
  noun: string;
  /** merge family (defaults to the noun) */
  family?: string;
  /** verb lemmas: all their forms trigger */
  verbs?: string[];
  /** single verb forms, when the other forms of the lemma mean something else ("backed", not "back") */
  verbForms?: string[];
  /** noun lemmas: singular and plural trigger */
  nouns?: string[];
  /** noun forms taken as they are ("talks", "charges") */
  nounForms?: string[];
  /** phrasal verbs: "rule out" */
  phrasal?: string[];
  /** preposition -> role (defaults to DIRECTED, or SYMMETRIC for symmetric kinds) */
  preps?: Record<string, ParticipantRole>;
  /** arguments sit in a content clause ("demand that X ...") */
  content?: boolean;
  /** all non-agent participants are "participant" (meetings, calls, matches) */
  symmetric?: boolean;
  /** the noun takes its clause's subject as agent ("X held talks with Y") */
  subjectAgent?: boolean;
  /** the agent's country acts too ("Putin ordered an invasion" -> Russia) */
  stateAction?: boolean;
  /** what a verb of this kind takes as object is no participant (a launched product) */
  objectless?: boolean;
  /** the preposition before the targets in the label, when it reads better than the kind's */
  labelPrep?: string;
  /** a verb whose complement verb is a trigger yields to it: "X agreed to buy Y" is the purchase, "X pledged to send aid" the aid */
  yieldsToComplement?: boolean;
}

export interface KindEntry {
  senses: KindSense[];
  /** the preposition before the targets in labels ("accusation against X") */
  labelPrep?: string;
  /** happens somewhere: a place fronting the sentence is its location */
  placed?: boolean;
  /** told without an actor it still happens, at a place: "Gunmen attacked a station in X" */
  placeOnly?: boolean;
  /** with no place of its own it happens at the sentence's place ("a storm flattened homes near Y" happens in Y) */
  sentencePlace?: boolean;
  /** its label names what it is about: "demand for security guarantees" ("for"), "suspension of aid" ("of"), "agreement to ..." ("to") */
  topic?: "for" | "of" | "to";
  /** the topic names what the targets would ("demand for guarantees barring X from Y"): the label leaves them out */
  topicNamesTargets?: boolean;
}

export const DIRECTED: Record<string, ParticipantRole> = {
  with: "target",
  to: "target",
  against: "target",
  on: "target",
  of: "target",
  between: "participant",
  from: "source",
  by: "agent",
  in: "location",
  at: "location",
};
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
export const SYMMETRIC: Record<string, ParticipantRole> = {
  ...DIRECTED,
  with: "participant",
  to: "participant",
  of: "participant",
  against: "participant",
};

export const KINDS: Record<EventKind, KindEntry> = {
  // --- consult: meet, visit, host, talk (CAMEO 04)
  meeting: {
    placed: true,
    senses: [
      {
        noun: "meeting",
        verbs: ["meet", "host", "gather", "greet"],
        nouns: ["meeting", "summit", "conference", "reception"],
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

  // --- cooperation, agreements, business (CAMEO 03, 05, 06)
  agreement: {
    placed: true,
    topic: "to",
    senses: [
      {
        noun: "agreement",
        verbs: ["agree", "accept", "sign", "endorse", "approve", "ratify"],
        nouns: ["agreement", "deal", "treaty", "accord", "contract", "pact", "ceasefire", "truce"],
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
      // "send helicopters to X": what is sent goes to its target
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
    senses: [{ noun: "concession", verbs: ["concede"], preps: { ...DIRECTED, to: "target" }, subjectAgent: true }],
  },

  // --- protests (CAMEO 14)
  protest: {
    placed: true,
    placeOnly: true,
    labelPrep: "against",
    senses: [
      {
        noun: "protest",
        verbs: ["protest", "rally", "demonstrate", "boycott", "picket"],
        nouns: ["protest", "demonstration", "boycott", "rally"],
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
        nouns: ["suspension", "embargo", "ban", "cancellation", "moratorium"],
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
        verbs: ["arrest", "detain", "jail", "imprison", "convict", "extradite", "sentence", "deport"],
        verbForms: ["fined"],
        nouns: ["arrest", "detention", "conviction", "extradition", "deportation"],
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
        ],
        stateAction: true,
      },
    ],
  },

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
        verbs: ["appoint", "nominate", "hire", "replace", "resign", "dismiss", "sack", "promote", "succeed"],
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
    ],
  },

  other: { placed: true, labelPrep: "of", senses: [] },
};

/** Every sense with its kind, in the order of the entries. */
export const SENSES: readonly (KindSense & { kind: EventKind })[] = (
  Object.entries(KINDS) as [EventKind, KindEntry][]
).flatMap(([kind, e]) => e.senses.map((s) => ({ ...s, kind })));

/**
 * Triggers that yield to an event noun as their object, which then takes their
 * subject as agent: "X announced a partnership with Y", "X signed a deal with Y".
 */
export const LIGHT_TRIGGERS = [
  "announce",
  "declare",
  "unveil",
  "disclose",
  "sign",
  "ratify",
  "publish",
  "host",
  "launch",
  "pledge",
];

/** Every verb lemma of the lexicon, phrasal verbs by their verb. */
export function verbLemmas(): string[] {
  const out = new Set<string>();
  for (const s of SENSES) {
    for (const v of s.verbs ?? []) out.add(v);
    for (const p of s.phrasal ?? []) out.add(p.split(" ")[0]);
  }
  return [...out].sort();
}

/** Every noun lemma of the lexicon (the head word of multi-word nouns). */
export function nounLemmas(): string[] {
  const out = new Set<string>();
  for (const s of SENSES) for (const n of s.nouns ?? []) out.add(n.split(" ").pop()!);
  return [...out].sort();
}
