// The layout and the SVG renderer are browser-safe: bundled by Vite for the browser and run
// in real headless Chromium, they give byte-for-byte what Node gives.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../helpers/browser";
import { layoutGraph } from "../../src/layout/index";
import { renderSvg } from "../../src/render/svg";
import { hostileGraph, summitGraph } from "./fixtures";

let profile: string;
let context: BrowserContext;
let page: Page;
const dialogs: string[] = [];
const errors: string[] = [];

beforeAll(async () => {
  const result = await build({
    configFile: false,
    logLevel: "silent",
    build: {
      write: false,
      minify: false,
      target: "es2022",
      lib: { entry: join(__dirname, "browser-entry.ts"), formats: ["iife"], name: "NG" },
    },
  });
  const bundle = (Array.isArray(result) ? result[0] : result) as { output: { code?: string }[] };
  profile = mkdtempSync(join(tmpdir(), "newsgraph-render-chromium-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  page = await context.newPage();
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.setContent("<!doctype html><html><body></body></html>");
  await page.addScriptTag({ content: bundle.output[0].code! });
});

afterAll(async () => {
  await context?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

describe("layout and SVG in Chromium", () => {
  it("lays out and renders exactly as in Node", async () => {
    const json = summitGraph().export();
    const inBrowser = await page.evaluate((data) => {
      const ng = (window as unknown as { NG: any }).NG;
      const graph = ng.graphFromJSON(data);
      ng.layoutGraph(graph);
      return {
        svg: ng.renderSvg(graph) as string,
        positions: JSON.stringify(graph.mapNodes((_k: string, a: any) => [a.x, a.y])),
      };
    }, json);
    const graph = layoutGraph(summitGraph());
    expect(inBrowser.positions).toBe(JSON.stringify(graph.mapNodes((_k, a) => [a.x, a.y])));
    expect(inBrowser.svg).toBe(renderSvg(graph));
    expect(errors).toEqual([]);
  });

  it("shows hostile labels as text, never as markup, when the SVG is put in a page", async () => {
    const svg = renderSvg(hostileGraph(), { labelThreshold: 0 });
    const result = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, "image/svg+xml");
      const root = document.importNode(doc.documentElement, true);
      document.body.appendChild(root);
      return {
        parseErrors: doc.getElementsByTagName("parsererror").length,
        scripts: root.querySelectorAll("script").length,
        bolds: root.querySelectorAll("b").length,
        labels: Array.from(root.querySelectorAll("g.labels text")).map((t) => t.textContent),
        width: root.getBoundingClientRect().width,
      };
    }, svg);
    expect(result.parseErrors).toBe(0);
    expect(result.scripts).toBe(0);
    expect(result.bolds).toBe(0);
    expect(result.labels).toContain("<script>alert(1)</script>");
    expect(result.labels).toContain("Tom & Jerry \"q\" 'q'");
    expect(result.width).toBeGreaterThan(100);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });
});
