// Second stage: the trained pipeline over the segmented document — tags,
// lemmas and a dependency tree for every sentence — so the stages after it
// read grammar instead of guessing from word order. Sentences without a word
// of the event lexicon are tagged but not parsed: nothing reads their tree.
import type { NlpModels } from "../nlp/pipeline";
import { analyseDocument } from "../nlp/pipeline";
import { LEXICON_GAZETTEER } from "./lexicon/gazetteer";
import { TRIGGERS } from "./relate/triggers";
import type { Doc, WordAnalysis } from "./types";

export function analyse(doc: Doc, models: NlpModels): Doc {
  const forms = doc.sentences.map((s) => doc.tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.text));
  // names come from the recognise stage; trees are read only where a trigger may stand
  const analyses = analyseDocument(models, LEXICON_GAZETTEER, forms, { entities: false, parseIf: mayHoldEvent });
  const words: WordAnalysis[] = [];
  analyses.forEach((a, si) => {
    const base = doc.sentences[si].tokenStart;
    for (let i = 0; i < a.forms.length; i++) {
      words.push({ upos: a.upos[i], xpos: a.xpos[i], lemma: a.lemma[i], head: a.head[i] > 0 ? base + a.head[i] - 1 : -1, deprel: a.deprel[i] });
    }
  });
  return { ...doc, words };
}

/** Does the sentence hold a word of the event lexicon (in any case)? */
function mayHoldEvent(forms: readonly string[]): boolean {
  return forms.some((f) => TRIGGERS.has(f.toLowerCase().replace(/[\u2018\u2019]/g, "'")));
}
