import { describe, expect, it } from "vitest";
import { ConlluError, miscGet, miscSet, readConllu, writeConllu } from "../../src/nlp/conllu";

const SAMPLE = [
  "# sent_id = s1",
  "# text = I don't know.",
  "1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_",
  "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_",
  "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_",
  "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_",
  "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No",
  "4.1\tx\t_\t_\t_\t_\t_\t_\t_\t_",
  "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_",
  "",
  "",
].join("\n");

describe("CoNLL-U", () => {
  it("reads words, multi-word tokens and comments, dropping empty nodes", () => {
    const [s] = readConllu(SAMPLE);
    expect(s.comments).toEqual(["# sent_id = s1", "# text = I don't know."]);
    expect(s.words.map((w) => w.form)).toEqual(["I", "do", "n't", "know", "."]);
    expect(s.multiwords).toEqual([{ first: 2, last: 3, form: "don't", misc: "_" }]);
    expect(s.words[3]).toMatchObject({ head: 0, deprel: "root", misc: "SpaceAfter=No" });
  });

  it("writes back what it read (empty nodes aside)", () => {
    const out = writeConllu(readConllu(SAMPLE));
    expect(out).toBe(SAMPLE.replace("4.1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n", ""));
  });

  it("refuses malformed lines with their line number", () => {
    expect(() => readConllu("1\tI\tI\n")).toThrow(ConlluError);
    expect(() => readConllu("1\tI\tI\tPRON\tPRP\t_\t0\troot\t_\t_\n3\tx\tx\tX\tX\t_\t1\tdep\t_\t_\n")).toThrow(
      /line 2: word id 3 out of sequence/,
    );
    expect(() => readConllu("1\tI\tI\tPRON\tPRP\t_\t7\troot\t_\t_\n")).toThrow(/past the sentence's end/);
  });

  it("keeps MISC pairs in order and replaces one key", () => {
    expect(miscSet("SpaceAfter=No", "NER", "B-person")).toBe("SpaceAfter=No|NER=B-person");
    expect(miscSet("NER=O|SpaceAfter=No", "NER", "I-place")).toBe("SpaceAfter=No|NER=I-place");
    expect(miscSet("_", "NER", "O")).toBe("NER=O");
    expect(miscGet("SpaceAfter=No|NER=O", "NER")).toBe("O");
  });

  it("never writes a tab or line break inside a field", () => {
    const [s] = readConllu(SAMPLE);
    s.words[0].form = "a\tb\u2028c";
    expect(writeConllu([s]).split("\n")[2].split("\t")).toHaveLength(10);
  });
});
