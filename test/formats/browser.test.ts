// The format modules in a real browser (headless Chromium): bundled by Vite as the viewer
// bundles them, parsing XML with the browser's own DOMParser. Their output must be byte for
// byte what Node produces, and files written in Node must import in the browser.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { bundleForPage } from "../../tools/browser-bundle";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../helpers/browser";
import { exportGraph } from "../../src/formats/index";
import { REPO_ROOT } from "../helpers/paths";
import { hostileGraph, realisticGraph } from "./fixtures";
import { XML_CASES, type XmlOutcome } from "./xml-cases";
import { importGraph } from "../../src/formats/index";

let dir: string;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "newsgraph-formats-browser-"));
  const script = await bundleForPage(
    dir,
    `import { exportGraph, importGraph } from ${JSON.stringify(join(REPO_ROOT, "src/formats/index.ts"))};
     import { graphFromJSON } from ${JSON.stringify(join(REPO_ROOT, "src/schema/model.ts"))};
     (window as any).formats = { exportGraph, importGraph, graphFromJSON,
       hasNativeDOMParser: typeof DOMParser === "function" };`,
  );
  context = await chromium.launchPersistentContext(join(dir, "profile"), {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  page = await context.newPage();
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  await page.goto("data:text/html,<!doctype html><title>formats</title>");
  await page.addScriptTag({ content: script });
}, 120_000);

afterAll(async () => {
  await context?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("formats in the browser", () => {
  it("export the same bytes as in Node", async () => {
    for (const graph of [realisticGraph(), hostileGraph()]) {
      const json = graph.export();
      const inBrowser = await page.evaluate((data) => {
        const f = (window as any).formats;
        const g = f.importGraph(JSON.stringify(data), "graph.json");
        return {
          graphml: f.exportGraph(g, "graphml"),
          gexf: f.exportGraph(g, "gexf"),
          json: f.exportGraph(g, "json"),
          csv: f.exportGraph(g, "csv"),
        };
      }, json);
      expect(inBrowser.graphml).toBe(exportGraph(graph, "graphml"));
      expect(inBrowser.gexf).toBe(exportGraph(graph, "gexf"));
      expect(inBrowser.json).toBe(exportGraph(graph, "json"));
      expect(inBrowser.csv).toEqual(exportGraph(graph, "csv"));
    }
    expect(pageErrors).toEqual([]);
  });

  it("import GraphML and GEXF written in Node with the browser's DOMParser", async () => {
    expect(await page.evaluate(() => (window as any).formats.hasNativeDOMParser)).toBe(true);
    const hostile = hostileGraph();
    for (const format of ["graphml", "gexf"] as const) {
      const text = exportGraph(hostile, format);
      const back = await page.evaluate(
        ([t, name]) => (window as any).formats.importGraph(t, name).export(),
        [text, `graph.${format}`],
      );
      expect(back, format).toEqual(hostile.export());
    }
  });

  it("give the same clear errors on malformed files", async () => {
    const message = await page.evaluate(() => {
      try {
        (window as any).formats.importGraph("<graphml><graph>", "bad.graphml");
        return "no error";
      } catch (e) {
        return (e as Error).message;
      }
    });
    expect(message).toMatch(/^GraphML: not well-formed XML/);
  });

  it("accept and refuse the same XML files as Node (one rule: entity DOCTYPEs, nesting depth)", async () => {
    const outcome = (run: () => { order: number }): XmlOutcome => {
      try {
        return { nodes: run().order };
      } catch (e) {
        return { error: (e as Error).message };
      }
    };
    for (const c of XML_CASES) {
      const inNode = outcome(() => importGraph(c.text, c.fileName));
      const inBrowser = await page.evaluate(
        ([text, name]) => {
          try {
            return { nodes: (window as any).formats.importGraph(text, name).order };
          } catch (e) {
            return { error: (e as Error).message };
          }
        },
        [c.text, c.fileName],
      );
      expect(inBrowser, c.name).toEqual(inNode);
      expect("error" in inNode, c.name).toBe(!!c.refused);
    }
  });
});
