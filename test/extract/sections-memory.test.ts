// A text read in sections keeps nothing of a section but what its graph keeps: once
// extractSections returns, every token, sentence and mention a section made can be collected,
// while the result is still held. (They were most of a long text's live memory: held, a 64 MB
// article's build kept several hundred MB alive, and the collector let its heap grow to 4 times
// that.) Checked with weak references and a forced collection.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it, vi } from "vitest";
import "../../src/models/node-register";
import { extractSections } from "../../src/extract/sections";
import type { Doc, Mention } from "../../src/extract/types";
import { registeredModels } from "../../src/nlp/models";

// what the stages made, held weakly (plain wrappers: a vi.fn would keep every result it returned)
const made = vi.hoisted(() => ({
  tokens: [] as WeakRef<object>[],
  sentences: [] as WeakRef<object>[],
  mentions: [] as WeakRef<object>[],
}));

vi.mock("../../src/extract/segment", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/extract/segment")>();
  return {
    ...original,
    segment: (text: string): Doc => {
      const doc = original.segment(text);
      for (const t of doc.tokens) made.tokens.push(new WeakRef(t));
      for (const s of doc.sentences) made.sentences.push(new WeakRef(s));
      return doc;
    },
  };
});
vi.mock("../../src/extract/recognise", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/extract/recognise")>();
  return {
    ...original,
    recognise: (doc: Doc): Mention[] => {
      const mentions = original.recognise(doc);
      for (const m of mentions) made.mentions.push(new WeakRef(m));
      return mentions;
    },
  };
});

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const alive = (refs: WeakRef<object>[]) => refs.filter((r) => r.deref() !== undefined).length;

describe("extractSections' memory", () => {
  it("lets every section's tokens, sentences and mentions go while the result is held", async () => {
    const paragraph =
      "Mayor Ilse Marrow met Governor Teodor Quill in Brussels on Monday. Marrow said the talks with Quill had been useful, and the Lorvik Harbour Authority welcomed the agreement.\n\n";
    const result = extractSections(paragraph.repeat(8), registeredModels(), 400);
    expect(made.tokens.length).toBeGreaterThan(8 * 30);
    expect(made.mentions.length).toBeGreaterThan(8 * 4);
    await new Promise((resolve) => setTimeout(resolve, 0)); // weak targets are held to the end of a job
    gc();
    expect({ tokens: alive(made.tokens), sentences: alive(made.sentences), mentions: alive(made.mentions) }).toEqual({
      tokens: 0,
      sentences: 0,
      mentions: 0,
    });
    expect(result.resolution.entities.length).toBeGreaterThan(3); // held to here
  });
});
