// The built app in real Chromium: drawing, hover/selection, search, panel
// navigation, filters, URL state and screenshots of the main views.
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ARTIFACTS,
  buildApp,
  countInkPixels,
  launchBrowser,
  readState,
  SEED_FIXTURE,
  serveDir,
  waitForGraph,
  type StaticServer,
} from "./helpers";

const seed = JSON.parse(readFileSync(SEED_FIXTURE, "utf8")) as {
  nodes: Array<{ key: string; attributes: { label: string; type: string } }>;
  attributes: { source: { text: string } };
};
const putin = seed.nodes.find((n) => n.attributes.label === "Vladimir Putin")!;

let dist: string;
let server: StaticServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  dist = await buildApp();
  server = await serveDir(dist);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dist) rmSync(dist, { recursive: true, force: true });
});

async function open(hash = "", viewport?: { width: number; height: number }): Promise<Page> {
  const page = await browser.newPage(viewport);
  await page.goto(server.url + hash);
  await waitForGraph(page);
  return page;
}

/** The legend starts folded below 1600 px: open it like a user does. */
async function openLegend(page: Page): Promise<void> {
  if (!(await page.locator(".ngv-legend").evaluate((d) => (d as HTMLDetailsElement).open)))
    await page.locator(".ngv-legend > summary").click();
}

async function searchAndPick(page: Page, text: string): Promise<void> {
  const input = page.getByRole("combobox", { name: "Search nodes" });
  await input.fill(text);
  await page.locator(".ngv-suggestions li").first().waitFor();
  await input.press("Enter");
}

describe("the app, built and served", () => {
  it("draws the graph on the canvas", async () => {
    const page = await open();
    const stage = page.locator(".ngv-sigma");
    const png = await stage.screenshot();
    const ink = await countInkPixels(page, png);
    const box = (await stage.boundingBox())!;
    // nodes, edges and labels: well over a few percent of the stage is drawn
    expect(ink).toBeGreaterThan(box.width * box.height * 0.02);
    expect(await page.locator(".ngv-legend [data-type='person'] .ngv-count").textContent()).toBe(
      String(seed.nodes.filter((n) => n.attributes.type === "person").length),
    );
    await page.screenshot({ path: join(ARTIFACTS, "app-1280x800.png") });
    await page.close();
  });

  it("search selects Putin, shows his evidence and moves the camera", async () => {
    const page = await open();
    const before = await page.evaluate(() => (window as any).__newsgraph.sigma.getCamera().getState());
    await searchAndPick(page, "Putin");
    expect((await readState(page)).selection).toEqual({ kind: "node", key: putin.key });
    const panel = page.locator(".ngv-panel");
    await expect.poll(() => panel.locator(".ngv-title").textContent()).toBe("Vladimir Putin");
    const firstEvidence = (await panel.locator(".ngv-evidence li").first().textContent())!;
    expect(seed.attributes.source.text).toContain(firstEvidence);
    expect(await panel.locator(".ngv-evidence mark").first().textContent()).toMatch(/Putin/);
    // the article marks his mentions
    expect(await page.locator(".ngv-article mark.ngv-on").count()).toBeGreaterThan(0);
    await expect
      .poll(() => page.evaluate(() => (window as any).__newsgraph.sigma.getCamera().getState()))
      .not.toEqual(before);
    await page.screenshot({ path: join(ARTIFACTS, "app-selected-1280x800.png") });
    await page.close();
  });

  it("shows each evidence sentence once, with all its mentions marked", async () => {
    const page = await open();
    // every item twice, and a second mention inside the first sentence: as an extractor's output can be
    const expected = await page.evaluate(() => {
      const g = (window as any).__newsgraph.graph;
      const evidence = g.getNodeAttribute("person:trump", "evidence") as Array<{
        start: number;
        end: number;
        sentenceStart: number;
        sentenceEnd?: number;
        sentence?: string;
      }>;
      const text = g.getAttribute("source").text as string;
      const first = evidence[0];
      const other =
        first.start === first.sentenceStart
          ? { ...first, start: first.end + 1, end: first.end + 3 }
          : { ...first, start: first.sentenceStart, end: first.sentenceStart + 2 };
      g.setNodeAttribute("person:trump", "evidence", [...evidence, ...evidence.map((e) => ({ ...e })), other]);
      return {
        sentences: new Set(evidence.map((e) => e.sentenceStart)).size,
        firstSentence: first.sentence ?? text.slice(first.sentenceStart, first.sentenceEnd),
      };
    });
    await searchAndPick(page, "Donald Trump");
    const items = page.locator(".ngv-panel .ngv-evidence li");
    await expect.poll(() => items.count()).toBe(expected.sentences);
    const texts = await items.allTextContents();
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts).toContain(expected.firstSentence);
    const marks = await items.evaluateAll((lis) => lis.map((li) => li.querySelectorAll("mark").length));
    expect(marks.every((n) => n >= 1)).toBe(true);
    expect(marks[texts.indexOf(expected.firstSentence)]).toBe(2);
    expect(await page.locator(".ngv-panel h3", { hasText: "Evidence" }).textContent()).toBe(
      `Evidence (${expected.sentences} sentences)`,
    );
    await page.close();
  });

  it("search works from the keyboard: arrows then Enter", async () => {
    const page = await open();
    const input = page.getByRole("combobox", { name: "Search nodes" });
    await input.fill("u");
    const options = page.locator(".ngv-suggestions li");
    await options.nth(1).waitFor();
    const second = await options.nth(1).getAttribute("data-node");
    await input.press("ArrowDown");
    expect(await options.nth(1).getAttribute("aria-selected")).toBe("true");
    await input.press("Enter");
    expect((await readState(page)).selection?.key).toBe(second);
    await page.close();
  });

  it("clicking a relation in the panel moves the selection along the graph", async () => {
    const page = await open();
    await searchAndPick(page, "Putin");
    const link = page.locator(".ngv-panel .ngv-rel button[data-node]").first();
    const target = (await link.getAttribute("data-node"))!;
    const label = (await link.textContent())!;
    expect(target).not.toBe(putin.key);
    await link.click();
    expect((await readState(page)).selection).toEqual({ kind: "node", key: target });
    await expect.poll(() => page.locator(".ngv-panel .ngv-title").textContent()).toBe(label);
    // and a relation label opens the edge with its evidence
    const edge = page.locator(".ngv-panel .ngv-rel button[data-edge]").first();
    const edgeKey = await edge.getAttribute("data-edge");
    await edge.click();
    expect((await readState(page)).selection).toEqual({ kind: "edge", key: edgeKey });
    expect(await page.locator(".ngv-panel .ngv-evidence li").count()).toBeGreaterThan(0);
    // keyboard: Tab reaches the panel's links, Enter follows one, Escape clears the selection
    const firstLink = page.locator(".ngv-panel button[data-node]").first();
    const next = await firstLink.getAttribute("data-node");
    await firstLink.focus();
    await page.keyboard.press("Enter");
    expect((await readState(page)).selection).toEqual({ kind: "node", key: next });
    await page.locator(".ngv-panel button").first().focus();
    await page.keyboard.press("Escape");
    expect((await readState(page)).selection).toBeNull();
    await page.close();
  });

  it("clicking a mention in the article selects its node", async () => {
    const page = await open();
    const mark = page.locator(".ngv-article mark.ngv-mention[data-type='country']").first();
    const key = await mark.getAttribute("data-node");
    await mark.click();
    expect((await readState(page)).selection).toEqual({ kind: "node", key });
    await page.close();
  });

  it("hovering a node keeps it and its neighbours bright", async () => {
    const page = await open();
    const { x, y, key } = await page.evaluate((k) => {
      const s = (window as any).__newsgraph.sigma;
      const d = s.getNodeDisplayData(k);
      return { ...s.framedGraphToViewport(d), key: k };
    }, putin.key);
    const box = (await page.locator(".ngv-sigma").boundingBox())!;
    await page.mouse.move(box.x + x, box.y + y);
    await expect.poll(async () => await page.evaluate(() => (window as any).__newsgraph.state.hovered)).toBe(key);
    const faded = await page.evaluate((k) => {
      const { graph, sigma } = (window as any).__newsgraph;
      const bright = new Set([k, ...graph.neighbors(k)]);
      const out = { bright: 0, dim: 0, brightDimmed: 0 };
      graph.forEachNode((n: string) => {
        const color = sigma.getNodeDisplayData(n).color;
        if (bright.has(n)) out.brightDimmed += color === "#e3e6ea" ? 1 : 0;
        else out.dim += color === "#e3e6ea" ? 1 : 0;
        if (!bright.has(n)) out.bright++;
      });
      return out;
    }, key);
    expect(faded.brightDimmed).toBe(0);
    expect(faded.dim).toBe(faded.bright);
    expect(faded.dim).toBeGreaterThan(0);
    await page.close();
  });

  it("turning events off hides event nodes, and the counts follow", async () => {
    const page = await open();
    const events = seed.nodes.filter((n) => n.attributes.type === "event").length;
    expect(events).toBeGreaterThan(0);
    const hiddenEvents = () =>
      page.evaluate(() => {
        const { graph, sigma } = (window as any).__newsgraph;
        let hidden = 0;
        graph.forEachNode((n: string, a: { type: string }) => {
          if (a.type === "event" && sigma.getNodeDisplayData(n).hidden) hidden++;
        });
        return hidden;
      });
    expect(await hiddenEvents()).toBe(0);
    await openLegend(page);
    await page.locator(".ngv-legend input[data-filter-type='event']").uncheck();
    expect((await readState(page)).hiddenTypes).toEqual(["event"]);
    expect(await hiddenEvents()).toBe(events);
    const totals = await page.locator(".ngv-totals").textContent();
    expect(totals).toContain(`${seed.nodes.length - events} of ${seed.nodes.length} nodes`);
    await page.locator(".ngv-legend input[data-filter-type='event']").check();
    expect(await hiddenEvents()).toBe(0);
    // one event kind off hides just those events
    await page.getByText("More filters").click();
    const kindBox = page.locator(".ngv-legend input[data-filter-kind]").first();
    const kind = (await kindBox.getAttribute("data-filter-kind"))!;
    const ofKind = seed.nodes.filter((n) => (n.attributes as { kind?: string }).kind === kind).length;
    await kindBox.uncheck();
    expect((await readState(page)).hiddenKinds).toEqual([kind]);
    expect(await hiddenEvents()).toBe(ofKind);
    await page.close();
  });

  it("hides nodes below a number of mentions", async () => {
    const page = await open();
    await openLegend(page);
    await page.getByText("More filters").click();
    await page.locator(".ngv-legend input[type=range]").fill("3");
    expect((await readState(page)).minMentions).toBe(3);
    const wrong = await page.evaluate(() => {
      const { graph, sigma } = (window as any).__newsgraph;
      let n = 0;
      graph.forEachNode((k: string, a: { mentions: number }) => {
        if (a.mentions < 3 !== !!sigma.getNodeDisplayData(k).hidden) n++;
      });
      return n;
    });
    expect(wrong).toBe(0);
    await page.close();
  });

  it("keeps selection, filters and camera in the URL, and a link reopens the same view", async () => {
    const page = await open();
    await searchAndPick(page, "Putin");
    await openLegend(page);
    await page.locator(".ngv-legend input[data-filter-type='place']").uncheck();
    await expect.poll(() => page.evaluate(() => location.hash)).toContain("hide=place");
    await expect.poll(() => page.evaluate(() => location.hash)).toContain("cam=");
    const url = page.url();
    expect(decodeURIComponent(url)).toContain(`node=${putin.key}`);
    await page.close();

    const again = await browser.newPage();
    await again.goto(url);
    await waitForGraph(again);
    const state = await readState(again);
    expect(state.selection).toEqual({ kind: "node", key: putin.key });
    expect(state.hiddenTypes).toEqual(["place"]);
    expect(await again.locator(".ngv-panel .ngv-title").textContent()).toBe("Vladimir Putin");
    expect(await again.locator(".ngv-legend input[data-filter-type='place']").isChecked()).toBe(false);
    await again.close();
  });

  it("is readable at phone width", async () => {
    const page = await open("", { width: 390, height: 844 });
    const stage = (await page.locator(".ngv-stage").boundingBox())!;
    expect(stage.width).toBeGreaterThan(350);
    expect(stage.height).toBeGreaterThan(300);
    // nothing wider than the screen
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(ARTIFACTS, "app-390.png") });
    // the legend starts collapsed, and neither it nor the search box covers the graph's canvas
    expect(await page.locator(".ngv-legend").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    const canvas = (await page.locator(".ngv-sigma").boundingBox())!;
    const search = (await page.locator(".ngv-search").boundingBox())!;
    const legend = (await page.locator(".ngv-legend").boundingBox())!;
    expect(canvas.height).toBeGreaterThan(300);
    expect(search.y + search.height).toBeLessThanOrEqual(canvas.y + 1);
    expect(legend.y + legend.height).toBeLessThanOrEqual(canvas.y + 1);
    expect(search.x).toBeGreaterThanOrEqual(legend.x + legend.width);
    await searchAndPick(page, "Putin");
    await page.screenshot({ path: join(ARTIFACTS, "app-390-selected.png"), fullPage: true });
    await page.close();
  });

  it("raised no page errors", () => {
    expect(browser.errors).toEqual([]);
  });
});
