// Hand-made Doc + Resolution for relate/assemble tests: the real segmenter, and
// entity mentions placed by hand, so relate is tested apart from recognition.
import type { EntityType } from "../../src/schema/graph";
import { segment } from "../../src/extract/segment";
import { relate } from "../../src/extract/relate";
import type { Doc, Entity, EventRecord, Mention, MentionKind, Relations, Resolution } from "../../src/extract/types";

export interface MentionSpec {
  /** surface text to find */
  text: string;
  /** entity key, e.g. "person:oren-maddox" */
  entity: string;
  type?: EntityType;
  kind?: MentionKind;
  role?: string;
  affiliation?: string;
  /** which occurrence of `text` (0-based), counting from just after the previous spec's match */
  nth?: number;
  /** the entity's label, when not derived from its key */
  label?: string;
  /** inside the previous spec's mention ("his" in "his national security advisor") */
  nested?: boolean;
}

const typeOf = (key: string) => key.split(":")[0] as EntityType;

/** Places the mentions in text order (each searched after the previous one). */
export function fixture(text: string, specs: MentionSpec[]): { doc: Doc; resolution: Resolution } {
  const doc = segment(text);
  const mentions: Mention[] = [];
  let from = 0,
    prevAt = 0;
  for (const spec of specs) {
    let at = text.indexOf(spec.text, spec.nested ? prevAt : from);
    for (let n = 0; n < (spec.nth ?? 0) && at >= 0; n++) at = text.indexOf(spec.text, at + 1);
    if (at < 0) throw new Error(`fixture: "${spec.text}" not found after offset ${from}`);
    const sentence = doc.sentences.find((s) => s.start <= at && at < s.end);
    if (!sentence) throw new Error(`fixture: "${spec.text}" is outside every sentence`);
    mentions.push({
      start: at,
      end: at + spec.text.length,
      text: spec.text,
      sentence: sentence.index,
      type: spec.type ?? typeOf(spec.entity),
      kind: spec.kind ?? "name",
      entity: spec.entity,
      ...(spec.role ? { role: spec.role } : {}),
      ...(spec.affiliation ? { affiliation: spec.affiliation } : {}),
    });
    prevAt = at;
    from = Math.max(from, at + 1);
  }
  const labels = new Map(specs.filter((s) => s.label).map((s) => [s.entity, s.label!]));
  const entities = new Map<string, Entity>();
  for (const m of mentions) {
    const e = entities.get(m.entity!) ?? {
      key: m.entity!,
      type: typeOf(m.entity!),
      label: labels.get(m.entity!) ?? labelOf(m.entity!),
      aliases: [],
      mentions: [],
    };
    e.mentions.push(m);
    if (m.kind === "name" && !e.aliases.includes(m.text)) e.aliases.push(m.text);
    entities.set(m.entity!, e);
  }
  return { doc, resolution: { entities: [...entities.values()], mentions } };
}

/** "person:oren-maddox" -> "Oren Maddox", "country:united-states" -> "United States". */
function labelOf(key: string): string {
  return key
    .split(":")[1]
    .split("-")
    .map((w) => (w.length <= 2 && w !== "of" ? w.toUpperCase() : w[0].toUpperCase() + w.slice(1)))
    .join(" ");
}

/** The relate stage on a hand-made fixture: text plus the mentions the entity stages would give. */
export function relateFixture(text: string, specs: MentionSpec[]): Relations {
  const { doc, resolution } = fixture(text, specs);
  return relate(doc, resolution);
}

/** An event's participants as {entity: role}. */
export const roles = (e: EventRecord) => Object.fromEntries(e.participants.map((p) => [p.entity, p.role]));
