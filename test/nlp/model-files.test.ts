// The committed model files' sizes (issue 7: the browser's chunk ≤ 4 MB gzipped) and their layout.
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { readModelBytes } from "../../src/models/node";
import { unpack } from "../../src/nlp/model/container";
import { SPARSE_LAYOUT } from "../../src/nlp/model/sparse-file";

const MB = 1e6;
const gz = (b: Uint8Array) => gzipSync(b, { level: 9 }).length;

describe("the committed model files", () => {
  const bytes = readModelBytes();
  const all = Object.values(bytes);
  // what the browser fetches to build an article (src/models/browser.ts)
  const browser = [bytes.tagger!, bytes.lemmatizer!, bytes.greedyParser!];

  // measured 5.31 MB raw, 3.09 MB gzipped (8.28 / 5.34 before 8-bit weight codes and varint keys); all five files 9.06 MB raw
  it("keep the browser's chunk under 4 MB gzipped, and at their measured sizes", () => {
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    expect(sum(browser.map(gz)) / MB).toBeLessThanOrEqual(4);
    expect(sum(browser.map(gz)) / MB).toBeLessThanOrEqual(3.15);
    expect(sum(browser.map((b) => b.length)) / MB).toBeLessThanOrEqual(5.35);
    expect(sum(all.map((b) => b.length)) / MB).toBeLessThanOrEqual(9.1);
  });

  it("store every sparse model in the current layout", () => {
    const layouts = all.flatMap((b) =>
      Object.values(unpack(b).meta)
        .filter((v): v is { layout?: number } => typeof v === "object" && v !== null && "scale" in v)
        .map((v) => v.layout),
    );
    expect(layouts.length).toBe(6); // the tagger, the recogniser, each parser's moves and labels
    expect(new Set(layouts)).toEqual(new Set([SPARSE_LAYOUT]));
  });
});
