// The statistical pipeline over one document: tagger -> lemmatizer -> parser
// -> entity recogniser, sentence by sentence, each component filling its own
// fields. Pure: models and words in, analyses out.
import { lemmatize, type LemmaModel } from "./lemma/index";
import { documentStats } from "./ner/features";
import type { Gazetteer } from "./ner/gazetteer";
import { recogniseSentence, type NerModel } from "./ner/index";
import type { EntitySpan } from "./ner/tags";
import { tagSentence, type TaggerModel } from "./tagger/index";

/** What a dependency parser offers the pipeline (src/nlp/parser). */
export interface DependencyParser {
  /** One sentence's tree; `beam` is the beam width (1 = greedy; default `beams.parse`). */
  parse(
    words: readonly { form: string; lemma: string; upos: string; xpos: string }[],
    options?: { beam?: number },
  ): { head: number[]; deprel: string[] };
  /** The model's default beam widths: `parse` for the most accurate trees, `build` for build's speed budget. */
  readonly beams: { parse: number; build: number };
}

export interface NlpModels {
  tagger: TaggerModel;
  lemmatizer: LemmaModel;
  /** the entity recogniser (build does not use it: the browser leaves it out) */
  recogniser?: NerModel;
  parser?: DependencyParser;
}

export interface SentenceAnalysis {
  forms: readonly string[];
  upos: string[];
  xpos: string[];
  lemma: string[];
  /** 1-based heads, 0 = root; all -1 when no parser is loaded */
  head: number[];
  deprel: string[];
  entities: EntitySpan[];
}

/** Longest sentence the parser sees; longer ones are analysed in windows of this many words, so cost stays linear. */
export const MAX_PARSE_WORDS = 200;

/** What a caller needs beyond tags and lemmas (each costs time). */
export interface AnalyseOptions {
  /** find names (default true) */
  entities?: boolean;
  /**
   * the parser's beam width; default the parser's `beams.build`, the width build can afford on every
   * sentence it parses (`newsgraph parse` and eval:syntax ask for `beams.parse`, the most accurate)
   */
  beam?: number;
}

export function analyseDocument(
  models: NlpModels,
  gazetteer: Gazetteer,
  sentences: readonly (readonly string[])[],
  options: AnalyseOptions = {},
): SentenceAnalysis[] {
  const out: SentenceAnalysis[] = sentences.map((forms) => {
    const { upos, xpos } = tagSentence(models.tagger, forms);
    const lemma = forms.map((f, i) => lemmatize(models.lemmatizer, f, xpos[i]));
    const { head, deprel } = parseWindows(models.parser, forms, lemma, upos, xpos, options.beam);
    return { forms, upos, xpos, lemma, head, deprel, entities: [] };
  });
  if (options.entities === false) return out;
  const recogniser = models.recogniser;
  if (!recogniser) throw new Error("the entity recogniser model (ner.bin) is not loaded");
  const stats = documentStats(out);
  for (const a of out) a.entities = recogniseSentence(recogniser, a, gazetteer, stats);
  return out;
}

function parseWindows(
  parser: DependencyParser | undefined,
  forms: readonly string[],
  lemma: string[],
  upos: string[],
  xpos: string[],
  beam?: number,
) {
  const n = forms.length;
  if (!parser) return { head: new Array<number>(n).fill(-1), deprel: new Array<string>(n).fill("_") };
  const head: number[] = [];
  const deprel: string[] = [];
  for (let from = 0; from < n; from += MAX_PARSE_WORDS) {
    const to = Math.min(n, from + MAX_PARSE_WORDS);
    const words = [];
    for (let i = from; i < to; i++) words.push({ form: forms[i], lemma: lemma[i], upos: upos[i], xpos: xpos[i] });
    const t = parser.parse(words, { beam: beam ?? parser.beams.build });
    for (let i = 0; i < t.head.length; i++) {
      // a later window's root hangs from the first window's root
      const h = t.head[i];
      head.push(h === 0 ? (from === 0 ? 0 : head.indexOf(0) + 1) : h + from);
      deprel.push(h === 0 && from > 0 ? "parataxis" : t.deprel[i]);
    }
  }
  return { head, deprel };
}
