// A CoNLL 2018 shared task-style evaluator for gold tokenisation: UPOS, XPOS,
// LEMMA accuracy, UAS and LAS over all words (punctuation included). LAS
// compares the universal relation only (the part before ":"), as the shared
// task's LAS does; "LAS (full)" compares subtypes too.
import type { ConlluSentence } from "../../src/nlp/conllu";

export interface SyntaxScore {
  words: number;
  upos: number;
  xpos: number;
  lemma: number;
  uas: number;
  las: number;
  lasFull: number;
}

export function scoreSyntax(gold: readonly ConlluSentence[], system: readonly ConlluSentence[]): SyntaxScore {
  if (gold.length !== system.length)
    throw new Error(`sentence counts differ: gold ${gold.length}, system ${system.length}`);
  let n = 0;
  const c = { upos: 0, xpos: 0, lemma: 0, uas: 0, las: 0, lasFull: 0 };
  gold.forEach((g, si) => {
    const s = system[si];
    if (g.words.length !== s.words.length) throw new Error(`sentence ${si + 1}: word counts differ`);
    g.words.forEach((gw, i) => {
      const sw = s.words[i];
      n++;
      if (gw.upos === sw.upos) c.upos++;
      if (gw.xpos === sw.xpos) c.xpos++;
      if (gw.lemma === sw.lemma) c.lemma++;
      if (gw.head === sw.head) {
        c.uas++;
        if (gw.deprel.split(":")[0] === sw.deprel.split(":")[0]) c.las++;
        if (gw.deprel === sw.deprel) c.lasFull++;
      }
    });
  });
  const r = (x: number) => (n ? x / n : 0);
  return {
    words: n,
    upos: r(c.upos),
    xpos: r(c.xpos),
    lemma: r(c.lemma),
    uas: r(c.uas),
    las: r(c.las),
    lasFull: r(c.lasFull),
  };
}
