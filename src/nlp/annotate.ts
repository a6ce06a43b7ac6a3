// The analysis itself as CoNLL-U, for `newsgraph parse`: CoNLL-U in keeps its
// sentences, words and comments and gets LEMMA, UPOS, XPOS, HEAD, DEPREL and
// NER=B-type/I-type/O in MISC filled; plain text is split into sentences and
// words first (SpaceAfter=No where the text has no space). Trees come from the
// parser's most accurate beam (`beams.parse`), not build's faster one.
import { miscSet, readConllu, writeConllu, type ConlluSentence } from "./conllu";
import type { Gazetteer } from "./ner/gazetteer";
import { spansToBio } from "./ner/tags";
import { analyseDocument, type NlpModels } from "./pipeline";

export function annotateConllu(sentences: ConlluSentence[], models: NlpModels, gazetteer: Gazetteer): ConlluSentence[] {
  const analyses = analyseDocument(
    models,
    gazetteer,
    sentences.map((s) => s.words.map((w) => w.form)),
    { beam: models.parser?.beams.parse },
  );
  return sentences.map((s, si) => {
    const a = analyses[si];
    const bio = spansToBio(s.words.length, a.entities);
    return {
      ...s,
      words: s.words.map((w, i) => ({
        ...w,
        lemma: a.lemma[i],
        upos: a.upos[i],
        xpos: a.xpos[i],
        head: a.head[i],
        deprel: a.deprel[i],
        misc: miscSet(w.misc, "NER", bio[i]),
      })),
    };
  });
}

export function annotateConlluText(text: string, models: NlpModels, gazetteer: Gazetteer): string {
  return writeConllu(annotateConllu(readConllu(text), models, gazetteer));
}

/** Suffixes the tokenizer splits off a written word ("did|n't", "Maddox|'s"): the pair is one multi-word token. */
const CLITIC = /^(?:n['\u2019]t|['\u2019](?:s|m|re|ve|ll|d)|na|not)$/i;

/** Sentences of plain text as CoNLL-U sentences (words with offsets), for annotation. */
export function textToConllu(
  text: string,
  sentences: readonly { text: string; tokens: readonly { text: string; start: number; end: number }[] }[],
): ConlluSentence[] {
  return sentences.map((s, si) =>
    withoutInnerSpacing({
      comments: [`# sent_id = ${si + 1}`, `# text = ${s.text.replace(/\s+/g, " ")}`],
      multiwords: s.tokens.flatMap((t, i) => {
        const prev = s.tokens[i - 1];
        if (!prev || prev.end !== t.start || !CLITIC.test(t.text) || !/\p{L}$/u.test(prev.text)) return [];
        const after = s.tokens[i + 1];
        const noSpace = after ? after.start === t.end : false;
        return [{ first: i, last: i + 1, form: text.slice(prev.start, t.end), misc: noSpace ? "SpaceAfter=No" : "_" }];
      }),
      words: s.tokens.map((t, i) => {
        const next = s.tokens[i + 1];
        const noSpace = next ? next.start === t.end : !/^\s/.test(text.slice(t.end, t.end + 1)) && t.end < text.length;
        return {
          id: i + 1,
          form: t.text,
          lemma: "_",
          upos: "_",
          xpos: "_",
          feats: "_",
          head: -1,
          deprel: "_",
          deps: "_",
          misc: noSpace ? "SpaceAfter=No" : "_",
        };
      }),
    }),
  );
}

/** Spacing belongs to a multi-word token's line, not to the words inside it. */
function withoutInnerSpacing(s: ConlluSentence): ConlluSentence {
  for (const m of s.multiwords) for (let id = m.first; id <= m.last; id++) s.words[id - 1].misc = "_";
  return s;
}
