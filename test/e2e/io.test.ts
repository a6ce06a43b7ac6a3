// Getting graphs in and out of the built app in real Chromium: exports that
// parse back, opening files (picker and drop), clear errors, pasting an
// article, and hostile text that must stay text.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import type { Download, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FORMATS, importGraph, type GraphFormat } from "../../src/formats/index";
import { renderSvg } from "../../src/render/svg";
import { createNewsGraph, graphFromJSON, graphToJSONText } from "../../src/schema/model";
import { SEED_ARTICLE } from "../helpers/paths";
import { buildApp, launchBrowser, readState, SEED_FIXTURE, serveDir, waitForGraph, type StaticServer } from "./helpers";

const seedText = readFileSync(SEED_FIXTURE, "utf8");
const seed = graphFromJSON(JSON.parse(seedText));

let dist: string;
let server: StaticServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let downloads: string;

beforeAll(async () => {
  dist = await buildApp();
  server = await serveDir(dist);
  browser = await launchBrowser();
  downloads = mkdtempSync(join(tmpdir(), "newsgraph-e2e-downloads-"));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  for (const dir of [dist, downloads]) if (dir) rmSync(dir, { recursive: true, force: true });
});

async function open(): Promise<Page> {
  const page = await browser.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(server.url);
  await waitForGraph(page);
  return page;
}

async function exportAs(page: Page, label: string): Promise<{ name: string; data: Buffer }> {
  await page.getByText("Export", { exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("menuitem", { name: label }).click(),
  ]);
  const path = join(downloads, download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), data: readFileSync(path) };
}

const graphOrder = (page: Page) => page.evaluate(() => (window as any).__newsgraph.graph.order as number);

describe("exports", () => {
  it("GraphML downloads a file that parses back into the same graph", async () => {
    const page = await open();
    const { name, data } = await exportAs(page, "GraphML");
    expect(name).toMatch(/\.graphml$/);
    const text = data.toString("utf8");
    // an independent reader (NetworkX) sees every node and edge
    const path = join(downloads, name);
    const counts = execFileSync(
      "/usr/bin/python3",
      [
        "-c",
        "import sys, networkx as nx; g = nx.read_graphml(sys.argv[1]); print(g.number_of_nodes(), g.number_of_edges())",
        path,
      ],
      { encoding: "utf8" },
    );
    expect(counts.trim()).toBe(`${seed.order} ${seed.size}`);
    // and the project's reader restores the same graph, attributes included
    const back = importGraph(text, name);
    expect(back.nodes().sort()).toEqual(seed.nodes().sort());
    seed.forEachNode((key, a) => {
      const b = back.getNodeAttributes(key);
      expect({ label: b.label, type: b.type, mentions: b.mentions, evidence: b.evidence, aliases: b.aliases }).toEqual({
        label: a.label,
        type: a.type,
        mentions: a.mentions,
        evidence: a.evidence,
        aliases: a.aliases,
      });
    });
    expect(back.edges().sort()).toEqual(seed.edges().sort());
    expect(back.getAttribute("source").text).toBe(seed.getAttribute("source").text);
    await page.close();
  });

  it("exports only what is on screen", async () => {
    const page = await open();
    await page.locator(".ngv-legend > summary").click();
    await page.locator(".ngv-legend input[data-filter-type='event']").uncheck();
    const { data } = await exportAs(page, "JSON");
    const back = graphFromJSON(JSON.parse(data.toString("utf8")));
    const expected = seed.filterNodes((_k, a) => a.type !== "event");
    expect(back.nodes().sort()).toEqual(expected.sort());
    expect(back.someNode((_k, a) => a.type === "event")).toBe(false);
    expect(back.size).toBe(seed.filterEdges((_e, _a, s, t) => !s.startsWith("event") && !t.startsWith("event")).length);
    await page.close();
  });

  it("GEXF, PNG and SVG downloads are well-formed", async () => {
    const page = await open();
    const gexf = await exportAs(page, "GEXF");
    expect(importGraph(gexf.data.toString("utf8"), gexf.name).order).toBe(seed.order);
    // the SVG is the CLI's, byte for byte
    const svg = await exportAs(page, "SVG image");
    const svgText = svg.data.toString("utf8");
    expect(svgText).toBe(renderSvg(seed));
    const doc = new DOMParser().parseFromString(svgText, "image/svg+xml");
    expect(doc.documentElement?.nodeName).toBe("svg");
    // the PNG is that picture (title, legend, labels) at twice its size
    const png = await exportAs(page, "PNG image");
    expect(png.data.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
    const width = png.data.readUInt32BE(16);
    const height = png.data.readUInt32BE(20);
    const svgWidth = Number(doc.documentElement!.getAttribute("width"));
    const svgHeight = Number(doc.documentElement!.getAttribute("height"));
    expect(width).toBe(Math.ceil(svgWidth * 2));
    expect(height).toBe(Math.ceil(svgHeight * 2));
    expect(svgText).toContain(seed.getAttribute("title").slice(0, 20));
    await page.close();
  });
});

describe("the export menu", () => {
  it("lists every format of the registry the browser writes, in its order, and each downloads its files", async () => {
    const page = await open();
    await page.getByText("Export", { exact: true }).click();
    const items = page.locator("[data-role=export] [role=menuitem]");
    // every writer, and every picture (the browser draws SVG and PNG itself): the whole registry today
    const expected = FORMATS.filter((f: GraphFormat) => f.write || f.picture);
    await expect.poll(() => items.count()).toBe(expected.length);
    expect(await items.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.export))).toEqual(
      expected.map((f) => f.id),
    );
    expect(await items.allTextContents()).toEqual(
      expected.map((f: GraphFormat) => (f.picture ? `${f.label} image` : f.label)),
    );
    const stem = "article"; // the source name, article.txt
    for (const format of expected as readonly GraphFormat[]) {
      const parts = format.write ? format.write(seed) : [{ suffix: `.${format.extensions[0]}`, data: null }];
      const got: Array<{ name: string; data: Buffer }> = [];
      const onDownload = async (d: Download) => {
        const path = join(downloads, `menu-${d.suggestedFilename()}`);
        await d.saveAs(path);
        got.push({ name: d.suggestedFilename(), data: readFileSync(path) });
      };
      page.on("download", onDownload);
      if (!(await page.locator("[data-role=export]").evaluate((d) => (d as HTMLDetailsElement).open)))
        await page.getByText("Export", { exact: true }).click();
      await page.locator(`[data-role=export] [data-export=${format.id}]`).click();
      await expect.poll(() => got.length, { timeout: 20_000 }).toBe(parts.length);
      page.off("download", onDownload);
      expect(got.map((g) => g.name).sort(), format.id).toEqual(parts.map((p) => `${stem}${p.suffix}`).sort());
      for (const part of parts) {
        const file = got.find((g) => g.name === `${stem}${part.suffix}`)!;
        expect(file.data.length, `${format.id} ${part.suffix}`).toBeGreaterThan(0);
        // what the CLI writes for the same graph, byte for byte
        if (part.data !== null) expect(file.data.toString("utf8"), `${format.id} ${part.suffix}`).toBe(part.data);
      }
    }
    await page.close();
  });
});

describe("opening graphs", () => {
  const small = () => {
    const g = createNewsGraph();
    g.replaceAttributes({
      title: "A small test graph",
      source: { name: "small.txt", sha256: "0".repeat(64), text: "Alice met Bob in Paris." },
      generator: { name: "test", version: "1" },
    });
    g.addNode("person:alice", {
      label: "Alice",
      type: "person",
      aliases: [],
      mentions: 1,
      evidence: [{ start: 0, end: 5, sentenceStart: 0, sentenceEnd: 23 }],
    });
    g.addNode("person:bob", {
      label: "Bob",
      type: "person",
      aliases: [],
      mentions: 1,
      evidence: [{ start: 10, end: 13, sentenceStart: 0, sentenceEnd: 23 }],
    });
    g.addNode("place:paris", {
      label: "Paris",
      type: "place",
      aliases: [],
      mentions: 1,
      evidence: [{ start: 17, end: 22, sentenceStart: 0, sentenceEnd: 23 }],
    });
    g.addDirectedEdgeWithKey("a-b", "person:alice", "person:bob", {
      label: "met",
      kind: "relation",
      evidence: [{ start: 0, end: 22, sentenceStart: 0, sentenceEnd: 23 }],
    });
    return g;
  };

  it("opens a .gexf file from the picker (no positions: laid out in the browser)", async () => {
    const page = await open();
    const { writeGEXF } = await import("../../src/formats/index");
    await page
      .locator("input[data-role=file]")
      .setInputFiles({ name: "small.gexf", mimeType: "application/xml", buffer: Buffer.from(writeGEXF(small())) });
    await expect.poll(() => graphOrder(page)).toBe(3);
    expect(await page.locator("[data-role=title]").textContent()).toBe("A small test graph");
    const positioned = await page.evaluate(() =>
      (window as any).__newsgraph.graph.everyNode((_k: string, a: { x?: number }) => Number.isFinite(a.x)),
    );
    expect(positioned).toBe(true);
    expect(await page.locator(".ngv-article").textContent()).toContain("Alice met Bob in Paris.");
    await page.close();
  });

  it("opens a dropped .json file", async () => {
    const page = await open();
    await page.evaluate((json) => {
      const dt = new DataTransfer();
      dt.items.add(new File([json], "small.json", { type: "application/json" }));
      window.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, graphToJSONText(small()));
    await expect.poll(() => graphOrder(page)).toBe(3);
    await page.close();
  });

  it("shows a clear error for a bad file and keeps the current graph", async () => {
    const page = await open();
    await page
      .locator("input[data-role=file]")
      .setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from("{ not json") });
    const alert = page.locator("[data-role=message]");
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/Could not open “broken\.json”/);
    expect(await graphOrder(page)).toBe(seed.order);
    await page
      .locator("input[data-role=file]")
      .setInputFiles({ name: "notes.pdf", mimeType: "application/pdf", buffer: Buffer.from("hello") });
    await expect
      .poll(() => alert.textContent())
      .toMatch(/notes\.pdf.*\.json, \.graphml or \.gexf graph, or a \.txt article/);
    expect(await graphOrder(page)).toBe(seed.order);
    // a .txt is an article: one with nothing to find says so, and the graph stays
    await page
      .locator("input[data-role=file]")
      .setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("hello") });
    await expect.poll(() => alert.textContent()).toMatch(/notes\.txt.*no people, places/);
    expect(await graphOrder(page)).toBe(seed.order);
    await page.close();
  });
});

describe("pasting an article", () => {
  it("builds its graph in the browser", async () => {
    const page = await open();
    const article = readFileSync(SEED_ARTICLE, "utf8");
    await page.getByRole("button", { name: "Paste article" }).click();
    await page.getByRole("textbox", { name: "Article text" }).fill(article);
    await page.getByRole("button", { name: "Build graph" }).click();
    await expect
      .poll(() => page.evaluate(() => (window as any).__newsgraph.graph.getAttribute("source").name), {
        timeout: 20_000,
      })
      .toBe("pasted-article.txt");
    expect(await graphOrder(page)).toBeGreaterThan(3);
    expect(await page.evaluate(() => (window as any).__newsgraph.graph.getAttribute("source").text)).toBe(article);
    expect(await page.locator(".ngv-article mark.ngv-mention").count()).toBeGreaterThan(3);
    expect(await page.locator("[data-role=message]").isHidden()).toBe(true);
    await page.close();
  });
});

describe("hostile text", () => {
  const IMG = "<img src=x onerror=alert(1)>";
  const SCRIPT = "<script>alert(2)</script>";

  async function assertInert(page: Page, dialogs: string[]) {
    expect(dialogs).toEqual([]);
    expect(await page.locator("img[src=x]").count()).toBe(0);
    expect(await page.evaluate(() => [...document.scripts].filter((s) => !s.src).length)).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll("[onerror]").length)).toBe(0);
  }

  it("shows names with markup as text in the panel, article, search and title", async () => {
    const page = await open();
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const sentence = `Officials said ${IMG} met ${SCRIPT} & “Ana” \u202Eأحمد\u202C 🙂 today.`;
    const text = `Hostile ${IMG} headline\n\n${sentence}`;
    const at = (s: string) => text.lastIndexOf(s);
    const ev = (s: string) => ({
      start: at(s),
      end: at(s) + s.length,
      sentenceStart: at(sentence),
      sentenceEnd: at(sentence) + sentence.length,
    });
    const g = createNewsGraph();
    g.replaceAttributes({
      title: `Hostile ${IMG}`,
      source: { name: `${SCRIPT}.txt`, sha256: "0".repeat(64), text },
      generator: { name: "test", version: "1" },
    });
    g.addNode(`person:${IMG}`, {
      label: IMG,
      type: "person",
      aliases: [SCRIPT],
      mentions: 1,
      evidence: [ev(IMG)],
      role: SCRIPT,
    });
    g.addNode("person:script", { label: SCRIPT, type: "person", aliases: [], mentions: 1, evidence: [ev(SCRIPT)] });
    g.addNode("event:e", {
      label: `${SCRIPT} meeting`,
      type: "event",
      kind: "meeting",
      aliases: [],
      mentions: 1,
      evidence: [ev("met")],
      place: IMG,
    });
    g.addDirectedEdgeWithKey("e1", "event:e", `person:${IMG}`, {
      label: IMG,
      kind: "participant",
      role: "agent",
      evidence: [ev("met")],
    });
    g.addDirectedEdgeWithKey("e2", `person:${IMG}`, "person:script", {
      label: SCRIPT,
      kind: "relation",
      evidence: [ev(SCRIPT)],
    });
    await page
      .locator("input[data-role=file]")
      .setInputFiles({ name: "hostile.json", mimeType: "application/json", buffer: Buffer.from(graphToJSONText(g)) });
    await expect.poll(() => graphOrder(page)).toBe(3);

    expect(await page.locator("[data-role=title]").textContent()).toBe(`Hostile ${IMG}`);
    expect(await page.locator(".ngv-article-text").textContent()).toBe(text);
    const input = page.getByRole("combobox", { name: "Search nodes" });
    await input.fill("<img");
    await page.locator(".ngv-suggestions li").first().waitFor();
    expect(await page.locator(".ngv-suggestions li").first().textContent()).toContain(IMG);
    await input.press("Enter");
    expect((await readState(page)).selection?.key).toBe(`person:${IMG}`);
    const panel = page.locator(".ngv-panel");
    expect(await panel.locator(".ngv-title").textContent()).toBe(IMG);
    expect(await panel.textContent()).toContain(SCRIPT);
    expect(await panel.locator(".ngv-evidence mark").first().textContent()).toBe(IMG);
    await panel.locator(`button[data-edge="e2"]`).click();
    expect(await panel.locator(".ngv-title").textContent()).toContain(SCRIPT);
    // the URL carries the hostile key safely and reopens it
    await expect.poll(() => page.evaluate(() => location.hash)).toContain("edge=e2");
    await assertInert(page, dialogs);
    await page.close();
  });

  it("pasting an article with markup runs nothing", async () => {
    const page = await open();
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const article = `Talks in Paris\n\nPresident ${IMG} Smith met Prime Minister ${SCRIPT} Jones in Paris on Monday, officials said. Smith said France & Germany agreed.`;
    await page.getByRole("button", { name: "Paste article" }).click();
    await page.getByRole("textbox", { name: "Article text" }).fill(article);
    await page.getByRole("button", { name: "Build graph" }).click();
    await expect
      .poll(() => page.evaluate(() => (window as any).__newsgraph.graph.getAttribute("source").text), {
        timeout: 20_000,
      })
      .toBe(article);
    expect(await page.locator(".ngv-article-text").textContent()).toBe(article);
    await assertInert(page, dialogs);
    await page.close();
  });

  it("raised no page errors", () => {
    expect(browser.errors).toEqual([]);
  });
});
