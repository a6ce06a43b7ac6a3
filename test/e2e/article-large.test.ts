// The article panel on a very long article (~24 MB, 400k+ mentions, made in the page by
// test/helpers/large-article.ts): the DOM holds marks for a few screens only, the page answers
// while it is open, and selecting a node mentioned only at the very end marks and shows it there.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FAR_NODE, MENTIONS_PER_BLOCK } from "../helpers/large-article";
import { buildTestPage, launchBrowser, serveDir, type StaticServer } from "./helpers";

const CHARS = 24_000_000;
/** Marks the DOM may hold at once: a few screens' worth, whatever the article's length. */
const MARKS_BOUND = 3_000;

let dist: string;
let server: StaticServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;

beforeAll(async () => {
  dist = await buildTestPage("large-article.html");
  server = await serveDir(dist);
  browser = await launchBrowser();
  page = await browser.newPage({ width: 1280, height: 800 });
  // not waiting for "load": a page that lays out the whole article would only get there after a long freeze
  await page.goto(`${server.url}large-article.html?chars=${CHARS}`, { waitUntil: "commit" });
  await page.waitForFunction(() => "firstFrameAt" in window, undefined, { timeout: 240_000, polling: 250 });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dist) rmSync(dist, { recursive: true, force: true });
});

const markCount = () => page.locator(".ngv-article mark").count();
const selection = () => page.evaluate(() => (window as any).viewer.getState().selection?.key ?? null);
/** Marks of `node` whose box lies inside the article panel's visible box. */
const marksInView = (node: string, lit = false) =>
  page.evaluate(
    ([node, lit]) => {
      const panel = document.querySelector(".ngv-article")!.getBoundingClientRect();
      const marks = [...document.querySelectorAll<HTMLElement>(`.ngv-article mark[data-node="${node}"]`)];
      return marks.filter((m) => {
        const r = m.getBoundingClientRect();
        return (!lit || m.classList.contains("ngv-on")) && r.top >= panel.top && r.bottom <= panel.bottom;
      }).length;
    },
    [node, lit] as const,
  );

describe("a very long article", () => {
  it("holds the whole text but marks only a few screens of it", async () => {
    const facts = await page.evaluate(() => {
      const graph = (window as any).graph;
      let mentions = 0;
      graph.forEachNode((_k: string, a: { evidence?: unknown[] }) => (mentions += a.evidence?.length ?? 0));
      const text: string = graph.getAttribute("source").text;
      return { mentions, whole: document.querySelector(".ngv-article-text")!.textContent === text };
    });
    expect(facts.mentions).toBeGreaterThan((CHARS / 400) * MENTIONS_PER_BLOCK * 0.5);
    expect(facts.whole).toBe(true);
    const marks = await markCount();
    expect(marks).toBeGreaterThan(10);
    expect(marks).toBeLessThan(MARKS_BOUND);
    expect(await marksInView("person:oskarsdottir")).toBeGreaterThan(0);
  });

  it("answers: a frame is drawn and a click on a mention selects its node", async () => {
    // generous: a page busy laying out the whole article took tens of seconds
    const frameWait = await page.evaluate(
      () =>
        new Promise<number>((ok) => ((t) => requestAnimationFrame(() => ok(performance.now() - t)))(performance.now())),
    );
    expect(frameWait).toBeLessThan(2_000);
    await page.locator(`.ngv-article mark[data-node="country:brevland"]`).first().click({ timeout: 5_000 });
    expect(await selection()).toBe("country:brevland");
    expect(await marksInView("country:brevland", true)).toBeGreaterThan(0);
    // and the keyboard: Enter on a focused mention
    await page.locator(`.ngv-article mark[data-node="place:vennhaven"]`).first().focus();
    await page.keyboard.press("Enter");
    expect(await selection()).toBe("place:vennhaven");
  });

  it("selecting a node mentioned only at the end renders that part, scrolls to it and lights it", async () => {
    expect(await page.locator(`.ngv-article mark[data-node="${FAR_NODE}"]`).count()).toBe(0);
    await page.evaluate((key) => (window as any).viewer.select(key), FAR_NODE);
    await expect.poll(() => marksInView(FAR_NODE, true), { timeout: 10_000 }).toBe(1);
    const scrolled = await page.evaluate(() => {
      const panel = document.querySelector(".ngv-article")!;
      return panel.scrollTop / panel.scrollHeight;
    });
    expect(scrolled).toBeGreaterThan(0.9);
    // the marks around it are there too, the ones at the top are gone: still bounded
    await expect.poll(() => marksInView("person:oskarsdottir"), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await markCount()).toBeLessThan(MARKS_BOUND);
  });

  it("scrolling to the middle marks the mentions there, and lights those of the selected node", async () => {
    await page.evaluate(() => (window as any).viewer.select("organization:lowmarsh"));
    await page.evaluate(() => {
      const panel = document.querySelector(".ngv-article")!;
      panel.scrollTop = panel.scrollHeight / 2;
    });
    await expect.poll(() => marksInView("organization:lowmarsh", true), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await marksInView("country:brevland")).toBeGreaterThan(0);
    expect(await markCount()).toBeLessThan(MARKS_BOUND);
  });

  it("keeps the article's markup as text", async () => {
    expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => [...document.scripts].filter((s) => !s.src).length)).toBe(0);
    const inView = await page.evaluate(() => document.querySelector(".ngv-article-text")!.textContent!.slice(0, 400));
    expect(inView).toContain("<script>window.__pwned=1</script>");
    expect(inView).toContain("R&D on “salt-proof” gates");
    expect(inView).toContain("🙂");
  });

  it("raised no page errors", () => {
    expect(browser.errors).toEqual([]);
  });
});
