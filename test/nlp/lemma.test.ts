// The lemmatizer's regular candidates: a suffix rule's output that training never saw as a lemma gives
// way to a regular candidate it saw more often ("raided" -> "raid", where the "-ided" rule says "raide").
import { describe, expect, it } from "vitest";
import { readModelBytes } from "../../src/models/node";
import { lemmatize, loadLemmatizer, regularCandidates } from "../../src/nlp/lemma/index";
import { trainLemmatizer } from "../../src/nlp/lemma/train";

describe("regular candidates", () => {
  it("strip -ed, -ing, -s, -er and -est, undouble a final consonant and turn -ie- back into -y", () => {
    expect(regularCandidates("raided", "VBD")).toEqual(["raid", "raide"]);
    expect(regularCandidates("stopped", "VBN")).toEqual(["stopp", "stoppe", "stop"]);
    expect(regularCandidates("tried", "VBD")).toEqual(["try", "tri", "trie"]);
    expect(regularCandidates("making", "VBG")).toEqual(["mak", "make"]);
    expect(regularCandidates("contracts", "NNS")).toEqual(["contract"]);
    expect(regularCandidates("simplest", "JJS")).toEqual(["simpl", "simple"]);
    expect(regularCandidates("raided", "NN")).toEqual([]);
  });
});

describe("the lemmatizer", () => {
  it("prefers a lemma seen in training to a rule's unseen output, and keeps what training words say", () => {
    const ex = (form: string, xpos: string, lemma: string) => ({ form, xpos, lemma });
    const data = [
      ...["decided", "provided", "divided", "guided"].map((f) => ex(f, "VBD", f.slice(0, -1))),
      ex("raid", "NN", "raid"),
      ex("raids", "NNS", "raid"),
      ex("raid", "VB", "raid"),
    ];
    const model = loadLemmatizer(trainLemmatizer(data));
    expect(lemmatize(model, "collided", "VBD")).toBe("collide"); // no candidate known: the rule
    expect(lemmatize(model, "raided", "VBD")).toBe("raid");
    expect(lemmatize(model, "decided", "VBD")).toBe("decide");
  });

  it("the committed model lemmatizes regular verbs of news the rules used to get wrong", () => {
    const model = loadLemmatizer(readModelBytes().lemmatizer!);
    expect(lemmatize(model, "raided", "VBN")).toBe("raid");
    expect(lemmatize(model, "persuaded", "VBN")).toBe("persuade");
    expect(lemmatize(model, "upgraded", "VBN")).toBe("upgrade");
    expect(lemmatize(model, "named", "VBD")).toBe("name");
    expect(lemmatize(model, "simplest", "JJS")).toBe("simple");
    expect(lemmatize(model, "decided", "VBD")).toBe("decide");
    expect(lemmatize(model, "stopped", "VBD")).toBe("stop");
  });
});
