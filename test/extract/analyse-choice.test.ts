// Which sentences the analyse stage parses (analyse.ts): those naming something — by the
// recogniser's names or the resolver's descriptions, or an opening "it" — that hold a trigger or
// name two entities; a sentence naming nothing has no tree to read. Invented sentences.
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/extract/analyse";
import { recognise } from "../../src/extract/recognise";
import { resolveEntities } from "../../src/extract/resolve";
import { segment } from "../../src/extract/segment";
import { registeredModels } from "../../src/nlp/models";

const parsedSentences = (text: string, withResolver: boolean) => {
  const doc = segment(text);
  const mentions = recognise(doc);
  if (withResolver) resolveEntities(doc, mentions);
  return analyse(doc, registeredModels(), mentions).parsed!.map((p) => p !== null);
};

describe("the sentences analyse parses", () => {
  it("leaves out a sentence with a trigger that names nobody", () => {
    expect(
      parsedSentences("Korvane Mining signed a deal with Tessel Bank. Prices rose and talks were held.", true),
    ).toEqual([true, false]);
  });

  it("parses a sentence whose only mention is a description the resolver finds", () => {
    const text = "Shares in Korvane Mining rose. The company acquired a rival.";
    // the first holds no trigger and one name: nothing to read in its tree
    expect(parsedSentences(text, true)).toEqual([false, true]);
    // the recogniser alone does not see "the company": why resolveEntities runs before analyse
    expect(parsedSentences(text, false)).toEqual([false, false]);
  });

  it("parses a sentence opened by 'it', which may stand for the body named before", () => {
    expect(parsedSentences("Korvane Mining was fined by the regulator. It said it would appeal.", false)).toEqual([
      true,
      true,
    ]);
  });
});
