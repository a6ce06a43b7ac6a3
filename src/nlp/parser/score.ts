// CoNLL 2018-style attachment scores over all words, punctuation included. As
// in the shared task's evaluator, LAS compares the universal part of the
// relation (nsubj:pass counts as nsubj); `lasFull` also demands the subtype.

export interface AttachmentScores {
  words: number;
  uas: number;
  las: number;
  lasFull: number;
}

export interface Tree {
  head: readonly number[];
  deprel: readonly string[];
}

const universal = (rel: string) => rel.split(":")[0];

export function attachmentScores(pairs: Iterable<{ gold: Tree; predicted: Tree }>): AttachmentScores {
  let words = 0;
  let heads = 0;
  let las = 0;
  let full = 0;
  for (const { gold, predicted } of pairs) {
    if (gold.head.length !== predicted.head.length)
      throw new Error(`sentence lengths differ (${gold.head.length} gold, ${predicted.head.length} predicted)`);
    for (let i = 0; i < gold.head.length; i++) {
      words++;
      if (gold.head[i] !== predicted.head[i]) continue;
      heads++;
      if (universal(gold.deprel[i]) === universal(predicted.deprel[i])) las++;
      if (gold.deprel[i] === predicted.deprel[i]) full++;
    }
  }
  const r = (k: number) => (words ? k / words : 0);
  return { words, uas: r(heads), las: r(las), lasFull: r(full) };
}
