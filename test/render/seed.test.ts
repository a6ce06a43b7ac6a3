// The showcase picture: the seed article through extraction, layout, SVG and PNG.
// Writes test-artifacts/render/seed.{svg,png} for a human look.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractGraph } from "../../src/extract/index";
import { layoutGraph } from "../../src/layout/index";
import { renderPng } from "../../src/render/png";
import { renderSvg } from "../../src/render/svg";
import { cleanText, truncate } from "../../src/render/xml";
import { SEED_ARTICLE } from "../helpers/paths";
import { decodePng, groupTexts, parseStrict } from "./helpers";

const ARTIFACTS = join(process.cwd(), "test-artifacts", "render");
const ARTICLE = SEED_ARTICLE;

describe("seed article picture", () => {
  it("renders the extracted seed graph: valid, labelled, deterministic", () => {
    const text = readFileSync(ARTICLE, "utf8");
    const graph = layoutGraph(extractGraph(text, { name: "article.txt" }));
    expect(graph.order).toBeGreaterThan(5);
    const svg = renderSvg(graph);
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, "seed.svg"), svg);
    execFileSync("xmllint", ["--noout", join(ARTIFACTS, "seed.svg")], { stdio: "pipe" });
    const labels = groupTexts(parseStrict(svg), "labels");
    graph.forEachNode((_k, a) => {
      if (a.mentions >= 2) expect(labels).toContain(truncate(cleanText(a.label), 48));
    });
    expect(renderSvg(layoutGraph(extractGraph(text, { name: "article.txt" })))).toBe(svg);
    const png = renderPng(svg, { width: 1600 });
    writeFileSync(join(ARTIFACTS, "seed.png"), png);
    expect(decodePng(png).width).toBe(1600);
  });
});
