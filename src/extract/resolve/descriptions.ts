// Definite descriptions of countries and organizations that the recogniser
// leaves without a mention, resolved to the entity they point back at:
//   "the country", "the nation"   -> the last country mentioned
//   "the Court", "the Council"    -> the last organization whose name has that head word
// One pass over the tokens with the most recent entity of each kind in hand.
import { ORG_HEADS } from "../lexicon/organizations";
import type { Doc, Entity, Mention } from "../types";

const COUNTRY_NOUNS = new Set(["country", "nation"]);
/** How many sentences back the antecedent may be. */
const WINDOW_SENTENCES = 3;

interface Last {
  entity: Entity;
  sentence: number;
}

/** New description mentions, already attached to their entity, in text order. */
export function describedEntities(doc: Doc, mentions: readonly Mention[], entities: ReadonlyMap<string, Entity>): Mention[] {
  const covered = coveredTokens(doc, mentions);
  const at = new Map<number, Mention>();
  for (const m of mentions) if (m.entity) at.set(m.start, m);
  let country: Last | undefined;
  const orgByHead = new Map<string, Last>();
  const out: Mention[] = [];
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const m = at.get(t.start);
    if (m && m.kind === "name") {
      const e = entities.get(m.entity!);
      if (e?.type === "country") country = { entity: e, sentence: t.sentence };
      if (e?.type === "organization") for (const w of e.label.toLowerCase().split(/\s+/)) if (ORG_HEADS.has(w)) orgByHead.set(w, { entity: e, sentence: t.sentence });
      continue;
    }
    if (t.lower !== "the" || covered.has(i)) continue;
    const head = tokens[i + 1];
    if (!head || head.sentence !== t.sentence || covered.has(head.index)) continue;
    // "the country's", "the country," — not "the country music"
    const after = tokens[i + 2];
    if (after && after.sentence === t.sentence && /^\p{Ll}/u.test(after.text) && after.lower !== "'s" && !/^(is|was|has|had|will|would|said|says|and|or|in|of|to|for|with|from|on|at|by)$/.test(after.lower)) continue;
    let target: Last | undefined;
    let type: Entity["type"] | undefined;
    if (COUNTRY_NOUNS.has(head.lower) && !head.cap) { target = country; type = "country"; }
    else if (head.cap && !head.sentenceInitial && ORG_HEADS.has(head.lower)) { target = orgByHead.get(head.lower); type = "organization"; }
    if (!target || !type || t.sentence - target.sentence > WINDOW_SENTENCES) continue;
    const mention: Mention = { start: t.start, end: head.end, text: doc.text.slice(t.start, head.end), sentence: t.sentence, type, kind: "description", entity: target.entity.key };
    target.entity.mentions.push(mention);
    out.push(mention);
  }
  return out;
}

/** Indexes of the tokens inside some mention, by one sweep over both in text order. */
function coveredTokens(doc: Doc, mentions: readonly Mention[]): Set<number> {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const covered = new Set<number>();
  let k = 0, reach = -1;
  for (const t of doc.tokens) {
    while (k < sorted.length && sorted[k].start <= t.start) reach = Math.max(reach, sorted[k++].end);
    if (t.end <= reach) covered.add(t.index);
  }
  return covered;
}
