// Which beam the pipeline asks the parser for: build's analysis (analyseDocument
// without a width) takes the parser's `beams.build`, `newsgraph parse`'s
// (annotateConllu) its `beams.parse`, and a caller may name its own; the committed
// set answers a width of 1 with the greedy model and wider ones with the beam model.
import { describe, expect, it } from "vitest";
import { LEXICON_GAZETTEER } from "../../src/extract/lexicon/gazetteer";
import { loadDefaultModels, readModelBytes } from "../../src/models/node";
import { loadModels } from "../../src/nlp/models";
import { loadParser, parse } from "../../src/nlp/parser";
import { annotateConllu } from "../../src/nlp/annotate";
import { readConllu } from "../../src/nlp/conllu";
import { analyseDocument, type DependencyParser, type NlpModels } from "../../src/nlp/pipeline";

function recordingParser(): DependencyParser & { asked: (number | undefined)[] } {
  const asked: (number | undefined)[] = [];
  return {
    asked,
    beams: { parse: 8, build: 2 },
    parse(words, options) {
      asked.push(options?.beam);
      return { head: words.map((_, i) => (i === 0 ? 0 : 1)), deprel: words.map((_, i) => (i === 0 ? "root" : "dep")) };
    },
  };
}

describe("the parser's beam in the pipeline", () => {
  const committed = loadDefaultModels();
  const withParser = (parser: DependencyParser): NlpModels => ({ ...committed, parser });
  const sentences = [
    ["Officials", "met", "on", "Monday", "."],
    ["Talks", "resumed", "."],
  ];

  it("analyses with the build beam unless told another width", () => {
    const p = recordingParser();
    analyseDocument(withParser(p), LEXICON_GAZETTEER, sentences, { entities: false });
    expect(p.asked).toEqual([2, 2]);
    analyseDocument(withParser(p), LEXICON_GAZETTEER, sentences, { entities: false, beam: 1 });
    expect(p.asked.slice(2)).toEqual([1, 1]);
  });

  it("annotates CoNLL-U (newsgraph parse) with the parse beam", () => {
    const p = recordingParser();
    const line = (id: number, form: string) => [id, form, "_", "_", "_", "_", "_", "_", "_", "_"].join("\t");
    const conllu = sentences.map((ws) => ws.map((w, i) => line(i + 1, w)).join("\n") + "\n\n").join("");
    annotateConllu(readConllu(conllu), withParser(p), LEXICON_GAZETTEER);
    expect(p.asked.length).toBeGreaterThan(0);
    expect(new Set(p.asked)).toEqual(new Set([8]));
  });

  it("the committed set builds with the greedy model and parses with the beam model's width", () => {
    expect(committed.parser!.beams).toEqual({ parse: 8, build: 1 });
    const bytes = readModelBytes();
    const greedy = loadParser(bytes.greedyParser!);
    const beam = loadParser(bytes.parser!);
    const [words] = analyseDocument(committed, LEXICON_GAZETTEER, [sentences[0]], { entities: false });
    const input = words.forms.map((form, i) => ({
      form,
      lemma: words.lemma[i],
      upos: words.upos[i],
      xpos: words.xpos[i],
    }));
    expect(committed.parser!.parse(input, { beam: 1 })).toEqual(parse(greedy, input, { beam: 1 }));
    expect(committed.parser!.parse(input)).toEqual(parse(beam, input, { beam: 8 }));
    expect(committed.parser!.parse(input, { beam: 4 })).toEqual(parse(beam, input, { beam: 4 }));
  });

  it("a set with the greedy model alone (what the browser fetches) parses and builds greedily", () => {
    const { tagger, lemmatizer, greedyParser } = readModelBytes();
    const set = loadModels({ tagger, lemmatizer, greedyParser });
    expect(set.parser!.beams).toEqual({ parse: 1, build: 1 });
    const [a] = analyseDocument(set, LEXICON_GAZETTEER, [sentences[0]], { entities: false });
    expect(a.head.filter((h) => h === 0)).toHaveLength(1);
  });
});
