// Second stage: the trained pipeline over the segmented document — tags,
// lemmas and a dependency tree for every sentence — so the stages after it
// read grammar instead of guessing from word order.
import type { NlpModels } from "../nlp/pipeline";
import { analyseDocument } from "../nlp/pipeline";
import { LEXICON_GAZETTEER } from "./lexicon/gazetteer";
import type { Doc, WordAnalysis } from "./types";

export function analyse(doc: Doc, models: NlpModels): Doc {
  const forms = doc.sentences.map((s) => doc.tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.text));
  const analyses = analyseDocument(models, LEXICON_GAZETTEER, forms);
  const words: WordAnalysis[] = [];
  analyses.forEach((a, si) => {
    const base = doc.sentences[si].tokenStart;
    for (let i = 0; i < a.forms.length; i++) {
      words.push({ upos: a.upos[i], xpos: a.xpos[i], lemma: a.lemma[i], head: a.head[i] > 0 ? base + a.head[i] - 1 : -1, deprel: a.deprel[i] });
    }
  });
  return { ...doc, words };
}
