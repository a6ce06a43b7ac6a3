// "It" and "its" opening a sentence, for a body named as the previous sentence's
// subject: "The regulator fined the bank on Monday. It said the bank had ..." and
// "... . Its inspectors found ...". The subject of one sentence is what the next one
// goes on about (centering); a pronoun after a body named in its own sentence is left
// to the relate stage, which reads it against that sentence's clauses.
import type { Doc, Entity, Mention, WordAnalysis } from "../types";

export const IT_FORMS: ReadonlySet<string> = new Set(["it", "its"]);
/** How the pronoun hangs in its clause: as its subject or a possessor ("Its inspectors said"). */
const PRONOUN_RELATIONS = new Set(["nsubj", "nsubj:pass", "nmod:poss"]);
const SUBJECT_RELATIONS = new Set(["nsubj", "nsubj:pass"]);
/** Bodies "it" can stand for. */
const BODY_TYPES = new Set(["organization", "country"]);

export function itMentions(doc: Doc, mentions: readonly Mention[], entities: ReadonlyMap<string, Entity>): Mention[] {
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions)
    if (m.entity) (bySentence.get(m.sentence) ?? bySentence.set(m.sentence, []).get(m.sentence)!).push(m);
  const out: Mention[] = [];
  for (const s of doc.sentences) {
    const words = doc.parsed?.[s.index];
    if (!words || s.index === 0) continue;
    const own = bySentence.get(s.index) ?? [];
    for (let i = 0; i < words.length; i++) {
      const t = doc.tokens[s.tokenStart + i];
      if (!IT_FORMS.has(t.lower) || !PRONOUN_RELATIONS.has(words[i].deprel)) continue;
      // a body named before it in its own sentence is the relate stage's to weigh ("X said it would ...")
      if (own.some((m) => m.start < t.start && BODY_TYPES.has(m.type))) break;
      const body = subjectOf(doc, s.index - 1, bySentence.get(s.index - 1) ?? []);
      const e = body && entities.get(body);
      if (e && BODY_TYPES.has(e.type))
        out.push({
          start: t.start,
          end: t.end,
          text: t.text,
          sentence: s.index,
          type: e.type,
          kind: "pronoun",
          entity: e.key,
        });
      break;
    }
  }
  return out;
}

/** The entity named as the main clause's subject of a sentence (by its tree), if any. */
function subjectOf(doc: Doc, index: number, mentions: readonly Mention[]): string | undefined {
  const words: WordAnalysis[] | null | undefined = doc.parsed?.[index];
  const s = doc.sentences[index];
  if (!words || !s) return undefined;
  const root = words.findIndex((w) => w.head < 0);
  if (root < 0) return undefined;
  for (let i = 0; i < words.length; i++) {
    if (words[i].head !== root || !SUBJECT_RELATIONS.has(words[i].deprel)) continue;
    const t = doc.tokens[s.tokenStart + i];
    return mentions.find((m) => m.kind === "name" && m.start <= t.start && t.end <= m.end)?.entity;
  }
  return undefined;
}
