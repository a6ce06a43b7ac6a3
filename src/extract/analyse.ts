// Second stage: the trained pipeline over the segmented document — tags,
// lemmas and a dependency tree for every sentence — so the stages after it
// read grammar instead of guessing from word order. Sentences that name nothing, or
// hold neither a word of the event lexicon or a link verb nor two name mentions, are
// left out: nothing reads their tree.
import type { NlpModels } from "../nlp/pipeline";
import { analyseDocument } from "../nlp/pipeline";
import { LEXICON_GAZETTEER } from "./lexicon/gazetteer";
import { VERB_FORMS } from "./relate/inflections.generated";
import { LINK_VERBS } from "./relate/link-verbs";
import { TRIGGERS } from "./relate/triggers";
import { recognise } from "./recognise";
import { IT_FORMS } from "./resolve/it";
import type { Doc, Mention, WordAnalysis } from "./types";

/**
 * `mentions`: the mentions found so far (recognise(doc) when not given). A sentence is parsed when
 * it names something (or opens with an "it" resolve may give a body) and holds a trigger or link
 * verb, or names two entities a noun may link ("X, a lecturer at Y, said"); no other tree is read.
 */
export function analyse(doc: Doc, models: NlpModels, mentions: readonly Mention[] = recognise(doc)): Doc {
  const forms = doc.sentences.map((s) => doc.tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.text));
  const names = new Map<number, number>();
  const mentioned = new Set<number>();
  for (const m of mentions) {
    mentioned.add(m.sentence);
    if (m.kind === "name") names.set(m.sentence, (names.get(m.sentence) ?? 0) + 1);
  }
  const namesSomething = (f: readonly string[], i: number) =>
    mentioned.has(i) || f.some((w) => IT_FORMS.has(w.toLowerCase()));
  const chosen = forms.map((f, i) => namesSomething(f, i) && (mayHoldEvent(f) || (names.get(i) ?? 0) >= 2));
  // names come from the recognise stage; only sentences where a trigger may stand are read
  const analyses = analyseDocument(
    models,
    LEXICON_GAZETTEER,
    forms.filter((_, i) => chosen[i]),
    { entities: false },
  );
  let next = 0;
  const parsed = chosen.map((yes): WordAnalysis[] | null => {
    if (!yes) return null;
    const a = analyses[next++];
    return a.forms.map((_, i) => ({
      upos: a.upos[i],
      xpos: a.xpos[i],
      lemma: a.lemma[i],
      head: a.head[i] - 1,
      deprel: a.deprel[i],
    }));
  });
  return { ...doc, parsed };
}

/** Every form of the verbs that state links (link-verbs.ts). */
const LINK_FORMS: ReadonlySet<string> = new Set(Object.keys(LINK_VERBS).flatMap((v) => [v, ...(VERB_FORMS[v] ?? [])]));

/** Does the sentence hold a word of the event lexicon or a link verb (in any case)? */
function mayHoldEvent(forms: readonly string[]): boolean {
  return forms.some((f) => {
    const w = f.toLowerCase().replace(/[\u2018\u2019]/g, "'");
    return TRIGGERS.has(w) || LINK_FORMS.has(w);
  });
}
