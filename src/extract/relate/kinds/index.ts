// The extraction's knowledge of each event kind, one entry per kind of the
// schema's vocabulary (src/schema/event-kinds.ts; a Record, so a kind without an
// entry does not compile): its trigger senses — verb and noun lemmas, phrasal
// verbs, which preposition introduces which role — and how its label reads.
// Verbs are lemmas: every form comes from inflections.generated.ts (made at dev
// time by scripts/gen-inflections.ts); nouns get their plurals there too.
// The entries live in five files by CAMEO group (talk, cooperate, pressure, force,
// society) and are composed here in the order everything lists them.
// General English only: no facts about any particular story.
import type { EventKind } from "../../../schema/graph";
import { COOPERATION_KINDS } from "./cooperate";
import { FORCE_KINDS } from "./force";
import { PRESSURE_KINDS } from "./pressure";
import { SOCIETY_KINDS } from "./society";
import { TALK_KINDS } from "./talk";
import type { KindEntry, KindSense } from "./types";

export { DIRECTED, SYMMETRIC, type KindEntry, type KindSense } from "./types";

/** The registry, in the order its kinds are listed everywhere (schema, viewer filters, tables). */
export const KINDS: Record<EventKind, KindEntry> = {
  ...TALK_KINDS,
  ...COOPERATION_KINDS,
  ...PRESSURE_KINDS,
  ...FORCE_KINDS,
  ...SOCIETY_KINDS,
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
  "convene",
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
