// Event trigger lexicon: verbs and nominalisations by event kind, with how
// each kind reads its arguments (which prepositions introduce which role).
// General English only: no facts about any particular story.
import type { EventKind, ParticipantRole } from "../../schema/graph";

export type TriggerPos = "verb" | "noun";

export interface TriggerSense {
  kind: EventKind;
  /** the noun used in labels ("meeting", "accusation") */
  noun: string;
  /** merge family: events of one family and shared participants are one event */
  family: string;
  pos: TriggerPos;
  /** preposition -> role of the entity it introduces */
  preps: Readonly<Record<string, ParticipantRole>>;
  /** arguments sit in a content clause ("demand that X ..."): read across "that" */
  content: boolean;
  /** all non-agent participants are "participant" (meetings, calls, matches) */
  symmetric: boolean;
  /** the noun takes its clause's subject as agent ("X held talks with Y") */
  subjectAgent: boolean;
  /** the agent's country acts too ("Putin ordered an invasion" -> Russia) */
  stateAction: boolean;
  /** a verb needs a particle right after it ("rule out", "pull out") */
  particle?: string;
}

interface KindSpec {
  kind: EventKind;
  noun: string;
  family?: string;
  /** verb lemmas; "meet:met:met:meeting" overrides past, participle and -ing */
  verbs?: string[];
  /** single verb forms, when the other forms of the lemma mean something else ("backed", not "back") */
  verbForms?: string[];
  nouns?: string[];
  /** phrasal verbs: "rule out" */
  phrasal?: string[];
  preps?: Record<string, ParticipantRole>;
  content?: boolean;
  symmetric?: boolean;
  subjectAgent?: boolean;
  stateAction?: boolean;
}

const DIRECTED: Record<string, ParticipantRole> = {
  with: "target",
  to: "target",
  against: "target",
  on: "target",
  of: "target",
  from: "source",
  by: "agent",
  in: "location",
  at: "location",
};
const SYMMETRIC: Record<string, ParticipantRole> = { ...DIRECTED, with: "participant", to: "participant", of: "participant", against: "participant" };

const SPECS: KindSpec[] = [
  { kind: "meeting", noun: "meeting", verbs: ["meet:met:met:meeting", "host:::", "gather"], nouns: ["meeting", "meetings", "summit", "summits"], symmetric: true, subjectAgent: true },
  { kind: "visit", noun: "visit", family: "meeting", verbs: ["visit", "tour:::"], verbForms: ["travel", "travels", "travelled", "traveled", "travelling", "traveling"], nouns: ["visit", "visits", "trip", "guest", "tour"], preps: { ...DIRECTED, to: "location" }, subjectAgent: true },
  { kind: "call", noun: "call", family: "talks", verbs: ["speak:spoke:spoken:speaking", "talk", "phone:::phoning", "contact:::"], nouns: ["call", "calls", "phone call", "conversation"], symmetric: true, subjectAgent: true },
  { kind: "negotiation", noun: "talks", family: "talks", verbs: ["negotiate", "discuss"], nouns: ["talks", "negotiations", "negotiation", "discussions"], symmetric: true, subjectAgent: true },
  { kind: "interview", noun: "interview", verbs: ["interview"], nouns: ["interview", "interviews"], preps: { ...SYMMETRIC, on: "source" }, subjectAgent: true },
  { kind: "demand", noun: "demand", verbs: ["demand", "urge", "insist"], phrasal: ["call for"], nouns: ["demand", "demands"], content: true },
  { kind: "appeal", noun: "appeal", verbs: ["appeal:::appealing", "request", "plead", "ask:::"], phrasal: ["call on"], nouns: ["appeal", "appeals", "request", "requests", "plea", "petition"], preps: { ...DIRECTED, of: "agent", from: "agent" } },
  { kind: "accusation", noun: "accusation", verbs: ["accuse", "blame", "charge", "indict", "sue:::suing"], nouns: ["accusation", "accusations", "lawsuit", "charges", "indictment"], preps: { ...DIRECTED, of: "target", with: "target" } },
  { kind: "agreement", noun: "agreement", verbs: ["agree", "accept", "sign", "endorse"], nouns: ["agreement", "deal", "treaty", "accord"], symmetric: true, subjectAgent: true },
  { kind: "cooperation", noun: "cooperation", verbs: ["cooperate", "join:::", "partner:::"], nouns: ["cooperation", "partnership", "alliance"], symmetric: true },
  { kind: "cooperation", noun: "support", family: "support", verbs: ["support:::", "praise", "applaud:::"], verbForms: ["backed", "backing"], nouns: ["support", "backing", "praise"], preps: { ...DIRECTED, from: "agent", for: "target" } },
  { kind: "statement", noun: "tweet", family: "tweet", verbs: ["tweet"], nouns: ["tweet", "tweets"], preps: { ...DIRECTED, about: "target" } },
  { kind: "intent", noun: "invitation", family: "invitation", verbs: ["invite"], nouns: ["invitation", "invitations"], preps: { ...DIRECTED, to: "location" } },
  { kind: "intent", noun: "offer", family: "offer", verbs: ["offer:::", "pledge", "promise"], nouns: ["offer", "offers", "pledge", "pledges"] },
  { kind: "aid", noun: "aid", verbs: ["donate", "assist:::"], nouns: ["donation", "donations"], stateAction: true },
  { kind: "disapproval", noun: "criticism", verbs: ["criticise", "criticize", "condemn:::", "denounce", "slam:slammed:slammed:slamming"], nouns: ["criticism", "condemnation"] },
  { kind: "rejection", noun: "rejection", verbs: ["reject:::", "refuse", "veto:vetoed:vetoed:vetoing"], phrasal: ["rule out"], nouns: ["rejection", "veto"] },
  { kind: "threat", noun: "threat", verbs: ["threaten:::threatening", "warn:::"], nouns: ["threat", "threats", "ultimatum"] },
  { kind: "protest", noun: "protest", verbs: ["protest:::", "rally:rallied:rallied:rallying", "demonstrate"], nouns: ["protest", "protests", "demonstration", "demonstrations"] },
  { kind: "suspension", noun: "suspension", verbs: ["suspend:::", "halt:::", "freeze:froze:frozen:freezing", "sanction:::", "pause", "ban:banned:banned:banning", "block:::"], phrasal: ["cut off"], nouns: ["suspension", "sanctions", "embargo", "ban"], stateAction: true },
  { kind: "withdrawal", noun: "withdrawal", verbs: ["withdraw:withdrew:withdrawn:withdrawing", "leave:left:left:leaving", "quit:quit:quit:quitting", "exit:::"], phrasal: ["pull out", "pulled out"], nouns: ["withdrawal", "exit"], preps: { ...DIRECTED, from: "target" }, stateAction: true },
  { kind: "confrontation", noun: "confrontation", verbs: ["clash:::", "confront:::"], nouns: ["confrontation", "clash", "clashes", "blowup", "showdown", "dispute", "feud", "standoff", "war"], symmetric: true },
  { kind: "invasion", noun: "invasion", verbs: ["invade", "occupy:occupied:occupied:occupying", "annex"], nouns: ["invasion", "occupation", "annexation", "offensive"], stateAction: true },
  { kind: "attack", noun: "attack", verbs: ["attack:::", "bomb:::", "strike:struck:struck:striking", "shell:::", "kill:::", "shoot:shot:shot:shooting", "raid:::", "hack:::"], nouns: ["attack", "attacks", "airstrike", "airstrikes", "bombing", "raid", "assault", "shelling"], stateAction: true },
  { kind: "arrest", noun: "arrest", verbs: ["arrest:::", "detain:::", "jail:::", "imprison:::", "convict:::", "extradite", "sentence"], nouns: ["arrest", "detention", "conviction", "extradition"] },
  { kind: "election", noun: "election", verbs: ["elect:::", "vote", "re-elect:::"], nouns: ["election", "vote", "referendum"] },
  { kind: "appointment", noun: "appointment", verbs: ["appoint:::", "nominate", "hire", "replace", "resign", "dismiss:::", "sack:::"], phrasal: ["step down", "stepped down"], nouns: ["appointment", "nomination", "resignation", "dismissal"] },
  { kind: "other", noun: "acquisition", family: "acquisition", verbs: ["acquire", "buy:bought:bought:buying", "purchase", "merge", "take over"], nouns: ["acquisition", "takeover", "merger", "purchase"] },
  { kind: "other", noun: "ruling", family: "ruling", verbs: ["rule:ruled:ruled:ruling"], nouns: ["ruling", "verdict", "judgment", "judgement", "sentence"], preps: { ...DIRECTED, of: "agent", for: "target" } },
  { kind: "other", noun: "match", family: "match", verbs: ["defeat:::", "beat:beat:beaten:beating", "face", "play:::", "draw:drew:drawn:drawing"], phrasal: ["face off"], nouns: ["match", "game", "final", "finals"], symmetric: true },
];

/** Regular English inflection, with "base:past:participle:ing" overrides (empty = regular). */
export function inflect(spec: string): string[] {
  const [base, past, participle, ing] = spec.split(":");
  const s = /(s|sh|ch|x|z)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  const ed = base.endsWith("e") ? `${base}d` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : `${base}ed`;
  const g = base.endsWith("ee") ? `${base}ing` : base.endsWith("e") ? `${base.slice(0, -1)}ing` : `${base}ing`;
  return [...new Set([base, s, past || ed, participle || past || ed, ing || g])];
}

function sense(spec: KindSpec, pos: TriggerPos, particle?: string): TriggerSense {
  const preps = spec.preps ?? (spec.symmetric ? SYMMETRIC : DIRECTED);
  return {
    kind: spec.kind,
    noun: spec.noun,
    family: spec.family ?? spec.noun,
    pos,
    preps,
    content: !!spec.content,
    symmetric: !!spec.symmetric,
    subjectAgent: !!spec.subjectAgent,
    stateAction: !!spec.stateAction,
    ...(particle ? { particle } : {}),
  };
}

/** word (lower case) -> senses; the first one wins unless a phrasal particle matches. */
export const TRIGGERS: ReadonlyMap<string, readonly TriggerSense[]> = (() => {
  const map = new Map<string, TriggerSense[]>();
  const add = (word: string, s: TriggerSense) => {
    const list = map.get(word) ?? [];
    if (!list.some((x) => x.kind === s.kind && x.pos === s.pos && x.particle === s.particle && x.noun === s.noun)) list.push(s);
    map.set(word, list);
  };
  for (const spec of SPECS) {
    for (const v of spec.verbs ?? []) {
      if (v.includes(" ")) continue;
      for (const form of inflect(v)) add(form, sense(spec, "verb"));
    }
    for (const form of spec.verbForms ?? []) add(form, sense(spec, "verb"));
    for (const p of [...(spec.phrasal ?? []), ...(spec.verbs ?? []).filter((v) => v.includes(" "))]) {
      const [verb, particle] = p.split(" ");
      for (const form of inflect(verb)) add(form, sense(spec, "verb", particle));
    }
    for (const n of spec.nouns ?? []) {
      const head = n.split(" ").pop()!;
      add(head, sense(spec, "noun"));
    }
  }
  // Phrasal senses first: "ruled out" must not read as anything else.
  for (const list of map.values()) list.sort((a, b) => Number(!!b.particle) - Number(!!a.particle));
  return map;
})();

/** Verbs that report speech: their subject is the speaker of the clause that follows. */
export const SPEECH_VERBS = new Set(
  "said says say told tells tell stated states state added adds announced announces confirmed confirms claimed claims wrote writes informed informs reported reports insisted warned noted argued suggested suggests explained asserted".split(" "),
);

/** Verbs that, with an event noun as object, make their subject its target: "X received support from Y". */
export const RECEIVE_VERBS = new Set("receive receives received receiving get gets got getting win wins won winning gain gained earn earned attract attracted draw drew".split(" "));

/** Verbs that, with an event noun as object, make its subject the agent: "Putin ordered an invasion". */
export const LIGHT_VERBS = new Set(
  "hold holds held holding have has had make makes made making order orders ordered ordering launch launches launched launching begin began begun start started conduct conducted stage staged carry carried give gave open opened opening opens lead led leads host hosted pay paid provoke provoked provoking".split(" "),
);
