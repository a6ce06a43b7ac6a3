import { LEXICON_GAZETTEER } from "../../extract/lexicon/gazetteer";
import { segment } from "../../extract/segment";
import { loadDefaultModels } from "../../models/node";
import { annotateConllu, textToConllu } from "../../nlp/annotate";
import { ConlluError, readConllu, writeConllu } from "../../nlp/conllu";
import { inputAndOutput, say, type Command } from "../command";
import { CliError } from "../errors";
import { extensionOf, readArticle } from "../io";
import { writeOutputs } from "../write";
import { prepareOutputs } from "./prepare";

export const parse: Command = {
  name: "parse",
  usage: "newsgraph parse IN.(txt|conllu) -o OUT.conllu   tag, lemmatize, parse and find names",
  help: `Usage: newsgraph parse IN.(txt|conllu) -o OUT.conllu [-q]

Runs the trained pipeline (tagger, lemmatizer, dependency parser, entity
recogniser) and writes CoNLL-U. A .conllu input keeps its sentences, words and
comments and gets LEMMA, UPOS, XPOS, HEAD and DEPREL filled, and NER=B-type,
I-type or O in MISC; any other input is read as plain text, split into
sentences and words first (SpaceAfter=No where the text has no space).
`,
  options: {},
  async run(args) {
    const started = performance.now();
    const { input, output } = inputAndOutput("parse", args, "IN (a .txt or .conllu file, or - for stdin)");
    if (extensionOf(output) !== "conllu") throw new CliError(`parse: the output must be a .conllu file, not ${output}`);
    prepareOutputs(input, [output]);
    const { text } = await readArticle(input);
    const models = loadDefaultModels();
    let sentences;
    if (input !== "-" && extensionOf(input) === "conllu") {
      try {
        sentences = readConllu(text);
      } catch (e) {
        if (e instanceof ConlluError) throw new CliError(`${input}: ${e.message}`);
        throw e;
      }
      if (!sentences.length) throw new CliError(`${input}: no sentences in this CoNLL-U file`);
    } else {
      const doc = segment(text);
      sentences = textToConllu(
        text,
        doc.sentences.map((s) => ({ text: s.text, tokens: doc.tokens.slice(s.tokenStart, s.tokenEnd) })),
      );
    }
    const annotated = annotateConllu(sentences, models, LEXICON_GAZETTEER);
    writeOutputs([{ path: output, data: writeConllu(annotated) }]);
    const words = annotated.reduce((a, s) => a + s.words.length, 0);
    say(
      args,
      `${annotated.length} sentences, ${words} words in ${((performance.now() - started) / 1000).toFixed(2)} s → ${output}`,
    );
  },
};
