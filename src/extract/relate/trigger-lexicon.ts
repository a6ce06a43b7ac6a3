// The event trigger lexicon, by lemma and kind, grouped in CAMEO-like classes.
// Verbs are lemmas: every form comes from inflections.generated.ts (made at
// dev time by scripts/gen-inflections.ts), nouns get their plurals there too.
// General English only: no facts about any particular story.
import type { EventKind, ParticipantRole } from "../../schema/graph";

export interface KindSpec {
  kind: EventKind;
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
  preps?: Record<string, ParticipantRole>;
  content?: boolean;
  symmetric?: boolean;
  subjectAgent?: boolean;
  stateAction?: boolean;
  /** what a verb of this kind takes as object is no participant (a launched product) */
  objectless?: boolean;
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
export const SYMMETRIC: Record<string, ParticipantRole> = { ...DIRECTED, with: "participant", to: "participant", of: "participant", against: "participant" };

export const SPECS: KindSpec[] = [
  // --- consult: meet, visit, host, talk (CAMEO 04)
  { kind: "meeting", noun: "meeting", verbs: ["meet", "host", "gather", "greet"], nouns: ["meeting", "summit", "conference", "reception"], symmetric: true, subjectAgent: true },
  { kind: "visit", noun: "visit", family: "meeting", verbs: ["visit", "tour", "travel", "arrive", "fly"], nouns: ["visit", "trip", "guest", "tour", "journey", "arrival"], preps: { ...DIRECTED, to: "location" }, subjectAgent: true },
  { kind: "call", noun: "call", family: "talks", verbs: ["speak", "talk", "phone", "telephone", "contact"], nouns: ["call", "phone call", "conversation"], symmetric: true, subjectAgent: true },
  { kind: "negotiation", noun: "talks", family: "talks", verbs: ["negotiate", "discuss"], nouns: ["negotiation", "discussion"], nounForms: ["talks"], symmetric: true, subjectAgent: true },
  { kind: "interview", noun: "interview", verbs: ["interview"], nouns: ["interview"], preps: { ...SYMMETRIC, on: "source" }, subjectAgent: true },

  // --- public statements and reports (CAMEO 01, 010)
  { kind: "statement", noun: "announcement", family: "statement", verbs: ["announce", "declare", "disclose"], nouns: ["announcement", "declaration"], preps: { ...DIRECTED, about: "target" } },
  { kind: "statement", noun: "tweet", family: "tweet", verbs: ["tweet"], nouns: ["tweet"], preps: { ...DIRECTED, about: "target" } },
  { kind: "report", noun: "publication", family: "report", verbs: ["publish"], nouns: ["publication"], preps: { ...DIRECTED, in: "participant", about: "target" } },
  // science: studies, surveys and their findings
  { kind: "report", noun: "study", family: "study", verbs: ["study", "analyse", "analyze", "survey", "research"], nouns: ["study", "survey", "analysis", "experiment", "research"], preps: { ...DIRECTED, about: "target" } },

  // --- cooperation, agreements, business (CAMEO 03, 05, 06)
  { kind: "agreement", noun: "agreement", verbs: ["agree", "accept", "sign", "endorse", "approve", "ratify"], nouns: ["agreement", "deal", "treaty", "accord", "contract", "pact"], preps: { ...SYMMETRIC, for: "target" }, symmetric: true, subjectAgent: true },
  { kind: "cooperation", noun: "cooperation", verbs: ["cooperate", "collaborate", "join", "partner"], nouns: ["cooperation", "collaboration", "partnership", "alliance"], symmetric: true },
  { kind: "cooperation", noun: "support", family: "support", verbs: ["support", "praise", "applaud", "sponsor", "congratulate"], verbForms: ["backed", "backing"], nouns: ["support", "backing", "praise", "sponsorship", "endorsement"], preps: { ...DIRECTED, from: "agent", for: "target" } },
  { kind: "intent", noun: "invitation", family: "invitation", verbs: ["invite"], nouns: ["invitation"], preps: { ...DIRECTED, to: "location" } },
  { kind: "intent", noun: "offer", family: "offer", verbs: ["offer", "pledge", "promise"], nouns: ["offer", "pledge", "promise"], preps: { ...DIRECTED, through: "participant", for: "target" } },
  { kind: "other", noun: "acquisition", family: "acquisition", verbs: ["acquire", "buy", "purchase", "merge", "sell"], phrasal: ["take over"], nouns: ["acquisition", "takeover", "merger", "purchase", "sale"] },
  { kind: "other", noun: "award", family: "award", verbs: ["award", "honour", "honor"], nouns: ["award", "prize", "medal", "trophy", "honour", "honor"], preps: { ...DIRECTED, to: "target", for: "target" } },

  // --- aid: give, fund, donate, invest (CAMEO 07)
  { kind: "aid", noun: "aid", verbs: ["donate", "assist", "fund", "finance", "invest", "grant", "subsidise", "subsidize", "airlift", "deliver"], nouns: ["aid", "donation", "funding", "assistance", "investment", "grant", "loan", "subsidy", "airlift"], stateAction: true, preps: { ...DIRECTED, from: "agent", for: "target", in: "target", through: "participant" } },
  // "send helicopters to X": what is sent goes to its target
  { kind: "aid", noun: "aid", verbs: ["send", "dispatch", "ship", "deploy", "supply"], stateAction: true, objectless: true, preps: { by: "agent", from: "agent", for: "target", through: "participant", to: "target", in: "location", at: "location" } },

  // --- demands and appeals (CAMEO 02, 10)
  { kind: "demand", noun: "demand", verbs: ["demand", "urge", "insist"], phrasal: ["call for"], nouns: ["demand"], content: true },
  { kind: "appeal", noun: "appeal", verbs: ["appeal", "request", "plead", "ask", "petition", "lobby", "beg"], phrasal: ["call on"], nouns: ["appeal", "request", "plea", "petition"], preps: { ...DIRECTED, of: "agent", from: "agent" } },

  // --- disapproval, rejection, accusation (CAMEO 11, 12)
  { kind: "disapproval", noun: "criticism", verbs: ["criticise", "criticize", "condemn", "denounce", "slam", "rebuke", "deplore"], nouns: ["criticism", "condemnation", "rebuke"] },
  { kind: "rejection", noun: "rejection", verbs: ["reject", "refuse", "deny", "veto", "oppose"], phrasal: ["rule out", "turn down"], nouns: ["rejection", "refusal", "denial", "veto"] },
  { kind: "accusation", noun: "accusation", verbs: ["accuse", "blame", "charge", "indict", "sue", "allege"], nouns: ["accusation", "allegation", "lawsuit", "indictment", "complaint"], nounForms: ["charges"], preps: { ...DIRECTED, of: "target", with: "target" } },
  { kind: "threat", noun: "threat", verbs: ["threaten", "warn"], nouns: ["threat", "ultimatum", "warning"] },

  // --- protests (CAMEO 14)
  { kind: "protest", noun: "protest", verbs: ["protest", "rally", "demonstrate", "boycott", "picket"], nouns: ["protest", "demonstration", "boycott", "rally"] },

  // --- reduce relations: suspend, ban, sanction, withdraw (CAMEO 16)
  { kind: "suspension", noun: "suspension", verbs: ["suspend", "halt", "freeze", "sanction", "pause", "ban", "block", "cancel"], phrasal: ["cut off"], nouns: ["suspension", "embargo", "ban", "cancellation"], nounForms: ["sanctions"], stateAction: true },
  { kind: "withdrawal", noun: "withdrawal", verbs: ["withdraw", "leave", "quit", "exit"], phrasal: ["pull out"], nouns: ["withdrawal", "exit"], preps: { ...DIRECTED, from: "target" }, stateAction: true },

  // --- investigations and law enforcement (CAMEO 17, 173)
  { kind: "other", noun: "investigation", family: "investigation", verbs: ["investigate", "probe", "prosecute", "examine", "scrutinise", "scrutinize"], nouns: ["investigation", "probe", "inquiry", "enquiry", "prosecution", "audit", "review", "scrutiny", "examination"], preps: { ...DIRECTED, into: "target" } },
  // "officers searched the offices of X": a search by the authorities (not "search" the noun: "the search for survivors")
  { kind: "other", noun: "search", family: "search", verbs: ["search"], preps: { ...DIRECTED, for: "target" } },
  { kind: "arrest", noun: "arrest", verbs: ["arrest", "detain", "jail", "imprison", "convict", "extradite", "sentence", "deport"], verbForms: ["fined"], nouns: ["arrest", "detention", "conviction", "extradition", "deportation"] },
  { kind: "other", noun: "ruling", family: "ruling", verbs: ["rule"], nouns: ["ruling", "verdict", "judgment", "judgement", "sentence", "trial"], preps: { ...DIRECTED, of: "agent", for: "target" } },

  // --- conflict and violence (CAMEO 17-19)
  { kind: "confrontation", noun: "confrontation", verbs: ["clash", "confront", "fight", "battle"], nouns: ["confrontation", "clash", "blowup", "showdown", "dispute", "feud", "standoff", "war", "conflict", "battle", "fight", "rivalry"], symmetric: true },
  { kind: "invasion", noun: "invasion", verbs: ["invade", "occupy", "annex"], nouns: ["invasion", "occupation", "annexation", "offensive"], stateAction: true },
  { kind: "attack", noun: "attack", verbs: ["attack", "bomb", "strike", "shell", "kill", "shoot", "raid", "hack", "assault", "murder", "stab", "ambush", "steal"], nouns: ["breach", "intrusion", "theft", "attack", "airstrike", "bombing", "raid", "assault", "shelling", "shooting", "killing", "murder", "cyberattack", "hack"], stateAction: true },

  // --- launches of products and services (not CAMEO): "X launched its first phone in Y"
  { kind: "launch", noun: "launch", verbs: ["launch", "unveil"], nouns: ["launch", "unveiling"], preps: { in: "location", at: "location", with: "participant", by: "agent" }, subjectAgent: true, objectless: true },

  // --- public-health and relief campaigns: "the ministry began a vaccination campaign in X"
  { kind: "other", noun: "campaign", family: "campaign", nouns: ["campaign", "vaccination", "immunisation", "immunization"], preps: { ...DIRECTED, against: "target" } },

  // --- elections, appointments, sport (not CAMEO)
  { kind: "election", noun: "election", verbs: ["elect", "vote", "re-elect"], nouns: ["election", "vote", "referendum"] },
  { kind: "appointment", noun: "appointment", verbs: ["appoint", "nominate", "hire", "replace", "resign", "dismiss", "sack", "promote", "succeed"], phrasal: ["step down", "serve as"], nouns: ["appointment", "nomination", "resignation", "dismissal"] },
  { kind: "other", noun: "match", family: "match", verbs: ["defeat", "beat", "face", "play", "draw"], phrasal: ["face off"], nouns: ["match", "game", "final", "semifinal", "tournament", "championship", "competition", "defeat", "victory", "win"], symmetric: true },
  // "X conceded defeat", "X conceded the race to Y" (CAMEO 08, yield)
  { kind: "other", noun: "concession", family: "concession", verbs: ["concede"], preps: { ...DIRECTED, to: "target" }, subjectAgent: true },
];

/**
 * Triggers that yield to an event noun as their object, which then takes their
 * subject as agent: "X announced a partnership with Y", "X signed a deal with Y".
 */
export const LIGHT_TRIGGERS = ["announce", "declare", "unveil", "disclose", "sign", "ratify", "publish", "host", "launch", "pledge"];

/** Every verb lemma of the lexicon, phrasal verbs by their verb. */
export function verbLemmas(): string[] {
  const out = new Set<string>();
  for (const s of SPECS) {
    for (const v of s.verbs ?? []) out.add(v);
    for (const p of s.phrasal ?? []) out.add(p.split(" ")[0]);
  }
  return [...out].sort();
}

/** Every noun lemma of the lexicon (the head word of multi-word nouns). */
export function nounLemmas(): string[] {
  const out = new Set<string>();
  for (const s of SPECS) for (const n of s.nouns ?? []) out.add(n.split(" ").pop()!);
  return [...out].sort();
}
