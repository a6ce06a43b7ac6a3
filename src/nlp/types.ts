// Data between the statistical pipeline's components (tokenizer -> tagger ->
// lemmatizer -> parser -> entity recogniser). One sentence is arrays of words;
// every component fills its own fields.

export interface NlpWord {
  form: string;
  /** offsets into the source text (end exclusive); absent for words read from CoNLL-U */
  start?: number;
  end?: number;
  upos: string;
  xpos: string;
  lemma: string;
  /** 1-based head, 0 = root */
  head: number;
  deprel: string;
  /** BIO entity tag: "O", "B-person", "I-organization", ... */
  ner: string;
}

export interface NlpSentence {
  words: NlpWord[];
}

export function blankWord(form: string, start?: number, end?: number): NlpWord {
  return { form, start, end, upos: "", xpos: "", lemma: "", head: -1, deprel: "", ner: "O" };
}
