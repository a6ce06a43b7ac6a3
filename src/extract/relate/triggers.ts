// Event triggers: every form of the lexicon's verbs and nouns (kinds/index.ts,
// inflected by inflections.generated.ts) -> the senses it may have, with how each
// kind reads its arguments (which prepositions introduce which role).
import type { EventKind, ParticipantRole } from "../../schema/graph";
import { NOUN_PLURALS, VERB_FORMS } from "./inflections.generated";
import { DIRECTED, KINDS, LIGHT_TRIGGERS, SENSES, SYMMETRIC, type KindSense } from "./kinds/index";

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
  /** the agent's country acts too ("Dranko ordered an invasion" -> Belarus) */
  stateAction: boolean;
  /** the verb's object is no participant ("launched its ring") */
  objectless?: boolean;
  /** a verb whose complement is an event of its own yields to it ("agreed to buy X" is the purchase) */
  yieldsToComplement?: boolean;
  /** takes two named parties, not one and a place (KindSense.twoParties) */
  twoParties?: boolean;
  /** a verb needs a particle right after it ("rule out", "pull out") */
  particle?: string;
  /** the preposition before the targets in the label ("accusation against X") */
  labelPrep: string;
}

function sense(spec: KindSense & { kind: EventKind }, pos: TriggerPos, particle?: string): TriggerSense {
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
    labelPrep: spec.labelPrep ?? KINDS[spec.kind].labelPrep ?? "with",
    ...(spec.objectless ? { objectless: true } : {}),
    ...(spec.yieldsToComplement ? { yieldsToComplement: true } : {}),
    ...(spec.twoParties ? { twoParties: true } : {}),
    ...(particle ? { particle } : {}),
  };
}

/** The lemma and its generated forms (a lemma missing from the table is a lexicon edit not yet regenerated). */
export function verbForms(lemma: string): string[] {
  const forms = VERB_FORMS[lemma];
  if (!forms) throw new Error(`trigger lexicon: no inflections for "${lemma}"; run npx tsx scripts/gen-inflections.ts`);
  return [...new Set([lemma, ...forms])];
}

/** word (lower case) -> senses; the first one wins unless a phrasal particle matches. */
export const TRIGGERS: ReadonlyMap<string, readonly TriggerSense[]> = (() => {
  const map = new Map<string, TriggerSense[]>();
  const add = (word: string, s: TriggerSense) => {
    const list = map.get(word) ?? [];
    if (!list.some((x) => x.kind === s.kind && x.pos === s.pos && x.particle === s.particle && x.noun === s.noun))
      list.push(s);
    map.set(word, list);
  };
  for (const spec of SENSES) {
    for (const v of spec.verbs ?? []) for (const form of verbForms(v)) add(form, sense(spec, "verb"));
    for (const form of spec.verbForms ?? []) add(form, sense(spec, "verb"));
    for (const p of spec.phrasal ?? []) {
      const [verb, particle] = p.split(" ");
      for (const form of verbForms(verb)) add(form, sense(spec, "verb", particle));
    }
    for (const n of spec.nouns ?? []) {
      const head = n.split(" ").pop()!;
      add(head, sense(spec, "noun"));
      if (NOUN_PLURALS[head]) add(NOUN_PLURALS[head], sense(spec, "noun"));
    }
    for (const n of spec.nounForms ?? []) add(n, sense(spec, "noun"));
  }
  // Phrasal senses first: "ruled out" must not read as anything else.
  for (const list of map.values()) list.sort((a, b) => Number(!!b.particle) - Number(!!a.particle));
  return map;
})();

/** The senses speech verbs have as events of their own (KindSense.speech), read by tree/statements.ts. */
export const SPEECH_SENSES: readonly TriggerSense[] = SENSES.filter((spec) => spec.speech).map((spec) =>
  sense(spec, "verb"),
);

/** Verbs that, with an event noun as object, make their subject its target: "X received support from Y". */
export const RECEIVE_VERBS = new Set(
  "receive receives received receiving get gets got getting win wins won winning gain gained earn earned attract attracted draw drew".split(
    " ",
  ),
);

/** Verbs that, with an event noun as object, make its subject the agent: "Dranko ordered an invasion". */
export const LIGHT_VERBS = new Set(
  "hold holds held holding have has had make makes made making order orders ordered ordering launch launches launched launching begin began begun start started conduct conducted stage staged carry carried give gave open opened opening opens lead led leads host hosted pay paid provoke provoked provoking".split(
    " ",
  ),
);

/** Every form of the light triggers (see LIGHT_TRIGGERS). */
export const LIGHT_TRIGGER_FORMS: ReadonlySet<string> = new Set(LIGHT_TRIGGERS.flatMap((v) => verbForms(v)));
