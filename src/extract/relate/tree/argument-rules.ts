// How an event trigger finds its participants in the dependency tree, as data:
// each rule is a path from the trigger to an argument, the role the argument
// gets, the conditions under which it applies and an invented example.
// Rules apply in order; an entity keeps the best role it gets.
import type { ParticipantRole } from "../../../schema/graph";
import { compilePath, type Path } from "./paths";

/** Lemma classes a path may require of the word it passes through first. */
export const LEMMA_CLASSES = {
  /** a light verb hands its subject to its event-noun object: "held talks", "ordered an invasion" */
  light:
    "hold have make order impose launch begin start conduct stage carry give open lead host pay provoke sign announce declare unveil ratify publish pledge resume continue agree approve accept complete finalise finalize seal strike reach conclude".split(
      " ",
    ),
  /** with an event noun as object, the subject undergoes it: "the city received aid" */
  receive: "receive get win gain earn attract draw face suffer".split(" "),
  /** the subject reports the clause: the speaker is the event's source */
  speech:
    "say tell state add announce confirm claim write inform report insist warn note argue suggest explain assert".split(
      " ",
    ),
  /** the event noun is the subject of a verb of happening: "the meeting took place in X" */
  happen: "take happen occur begin start end come follow last".split(" "),
} as const;
export type LemmaClass = keyof typeof LEMMA_CLASSES;

export interface ArgumentRule {
  id: string;
  on: "verb" | "noun";
  /** dependency path from the trigger to the argument (see paths.ts) */
  path: string;
  /** the role given; "preposition": the role the event kind gives the argument's preposition */
  role: ParticipantRole | "preposition";
  /** the first word the path reaches has a lemma of this class */
  via?: LemmaClass;
  /** only while the frame has no argument in this role */
  missing?: ParticipantRole;
  /** only when the trigger has a child by this relation */
  ifChild?: string;
  /** only when it has none */
  unlessChild?: string;
  /** only for a trigger with this Penn tag (VBN: a participle) */
  xpos?: string;
  /** not for kinds whose object is no participant ("launched a phone") */
  needsObject?: boolean;
  /** not when the trigger follows a noun directly */
  notAfterNoun?: boolean;
  /** only for kinds whose noun takes its clause's subject as agent (meetings, talks, interviews) */
  subjectAgent?: boolean;
  example: string;
}

export const ARGUMENT_RULES: readonly ArgumentRule[] = [
  // verbs: their own clause
  { id: "subject", on: "verb", path: ">nsubj", role: "agent", example: "The mayor visited the flooded town." },
  {
    id: "passive-subject",
    on: "verb",
    path: ">nsubj:pass",
    role: "target",
    example: "The envoy was expelled by the government.",
  },
  {
    id: "passive-agent",
    on: "verb",
    path: ">obl:agent",
    role: "agent",
    example: "The envoy was expelled by the government.",
  },
  // verbs: a subject shared with the clause around them, before the objects ("agreed to sell its unit" is sold by its owner)
  {
    id: "control",
    on: "verb",
    path: "<xcomp >nsubj",
    role: "agent",
    missing: "agent",
    example: "The two sides agreed to meet again.",
  },
  {
    id: "raising",
    on: "verb",
    path: "<xcomp >nsubj:pass",
    role: "agent",
    missing: "agent",
    example: "The council is expected to approve the plan.",
  },
  {
    id: "object-control",
    on: "verb",
    path: "<xcomp >obj",
    role: "agent",
    missing: "agent",
    example: "The board asked the director to resign.",
  },
  {
    id: "object",
    on: "verb",
    path: ">obj",
    role: "target",
    needsObject: true,
    example: "The army invaded the island.",
  },
  { id: "indirect-object", on: "verb", path: ">iobj", role: "target", example: "The bank offered the city a loan." },
  {
    id: "oblique",
    on: "verb",
    path: ">obl",
    role: "preposition",
    example: "The minister met with union leaders in Lyon.",
  },
  {
    id: "shared-subject",
    on: "verb",
    path: "<conj >nsubj",
    role: "agent",
    missing: "agent",
    unlessChild: "nsubj:pass",
    example: "Police stopped the van and arrested the driver.",
  },
  {
    id: "shared-passive-subject",
    on: "verb",
    path: "<conj >nsubj:pass",
    role: "target",
    missing: "target",
    xpos: "VBN",
    example: "The driver was stopped and arrested.",
  },
  {
    id: "relative-passive",
    on: "verb",
    path: "<acl:relcl",
    role: "target",
    ifChild: "nsubj:pass",
    example: "the company that was fined last year",
  },
  {
    id: "relative-subject",
    on: "verb",
    path: "<acl:relcl",
    role: "agent",
    missing: "agent",
    unlessChild: "nsubj:pass",
    example: "the country that invaded its neighbour",
  },
  {
    id: "relative-object",
    on: "verb",
    path: "<acl:relcl",
    role: "target",
    missing: "target",
    example: "the firm the regulator fined",
  },
  {
    id: "participle-passive",
    on: "verb",
    path: "<acl",
    role: "target",
    xpos: "VBN",
    example: "a plan backed by the unions",
  },
  {
    id: "participle-active",
    on: "verb",
    path: "<acl",
    role: "agent",
    xpos: "VBG",
    example: "a group representing the farmers",
  },
  // not "a panel investigating the fraud": a participle right after a noun modifies it, whatever the parser says
  {
    id: "adverbial-subject",
    on: "verb",
    path: "<advcl >nsubj",
    role: "agent",
    missing: "agent",
    unlessChild: "nsubj:pass",
    notAfterNoun: true,
    example: "After visiting the site, the minister spoke.",
  },
  // nouns: their own phrase
  {
    id: "possessor",
    on: "noun",
    path: ">nmod:poss",
    role: "agent",
    example: "the republic's invasion of its neighbour",
  },
  { id: "noun-modifier", on: "noun", path: ">compound", role: "agent", example: "a Paris–Berlin agreement" },
  { id: "adjective", on: "noun", path: ">amod", role: "agent", example: "a French investigation" },
  {
    id: "noun-oblique",
    on: "noun",
    path: ">nmod",
    role: "preposition",
    example: "the meeting between the two leaders in Oslo",
  },
  // nouns: the clause they sit in
  {
    id: "light-subject",
    on: "noun",
    path: "<obj >nsubj",
    via: "light",
    role: "agent",
    example: "The unions held talks with the employers.",
  },
  {
    id: "light-oblique",
    on: "noun",
    path: "<obj >obl",
    via: "light",
    role: "preposition",
    example: "The unions held talks with the employers.",
  },
  {
    id: "light-control",
    on: "noun",
    path: "<obj <xcomp >nsubj",
    via: "light",
    role: "agent",
    missing: "agent",
    example: "The ministers plan to hold talks in Rome.",
  },
  {
    id: "light-raising",
    on: "noun",
    path: "<obj <xcomp >nsubj:pass",
    via: "light",
    role: "agent",
    missing: "agent",
    example: "The regulator is expected to open an inquiry into the deal.",
  },
  {
    id: "receive-subject",
    on: "noun",
    path: "<obj >nsubj",
    via: "receive",
    role: "target",
    example: "The region received aid from the union.",
  },
  {
    id: "receive-oblique",
    on: "noun",
    path: "<obj >obl",
    via: "receive",
    role: "preposition",
    example: "The region received aid from the union.",
  },
  {
    id: "attended-subject",
    on: "noun",
    path: "<obj >nsubj",
    role: "agent",
    subjectAgent: true,
    missing: "agent",
    example: "Both ministers attended the summit.",
  },
  {
    id: "addressed-subject",
    on: "noun",
    path: "<iobj >nsubj",
    role: "agent",
    subjectAgent: true,
    missing: "agent",
    example: "The minister told a news conference in Oslo that talks would resume.",
  },
  {
    id: "setting-subject",
    on: "noun",
    path: "<obl >nsubj",
    role: "agent",
    subjectAgent: true,
    missing: "agent",
    example: "The coach said in an interview that the team was ready.",
  },
  // nouns: a participle after them says who did it ("an attack carried out by the rebels"), or who
  // helped it happen when the noun has its doers already ("a deal between X and Y brokered by Z")
  {
    id: "noun-participle-agent",
    on: "noun",
    path: ">acl >obl:agent",
    role: "agent",
    missing: "agent",
    example: "The attack carried out by the rebels killed two guards.",
  },
  {
    id: "noun-participle-helper",
    on: "noun",
    path: ">acl >obl:agent",
    role: "participant",
    example: "The two unions signed a deal brokered by the labour ministry.",
  },
  {
    id: "happening-place",
    on: "noun",
    path: "<nsubj >obl",
    via: "happen",
    role: "preposition",
    example: "The summit took place in Nairobi.",
  },
];

export interface CompiledRule extends ArgumentRule {
  steps: Path;
}

export const COMPILED_RULES: readonly CompiledRule[] = ARGUMENT_RULES.map((r) => ({
  ...r,
  steps: compilePath(r.path),
}));

export const LEMMA_SETS: Readonly<Record<LemmaClass, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries(LEMMA_CLASSES).map(([k, v]) => [k, new Set(v)]),
) as unknown as Record<LemmaClass, ReadonlySet<string>>;
