// The embed and report pages under their hash-only Content-Security-Policy, in real Chromium
// from file://: the graph renders and works with no CSP violation at all, and script injected
// into the page afterwards (an inline event handler, a new inline script) does not run.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { buildEmbedHtml } from "../../src/embed/index";
import { buildReportHtml } from "../../src/report/index";
import { buildGraph } from "../../src/build";
import { hostileGraph, plainGraph } from "./fixture";
import { colouredPixels, launch, waitForViewer, type Browser } from "./browser";
import { SEED_ARTICLE } from "../helpers/paths";

const OUT = resolve("test-artifacts/csp");
const url = (name: string) => pathToFileURL(join(OUT, name)).href;
let browser: Browser;
/** console messages about the Content Security Policy, from every page */
const cspConsole: string[] = [];

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  const seed = buildGraph(readFileSync(SEED_ARTICLE, "utf8"), { name: "article.txt" });
  writeFileSync(join(OUT, "embed-plain.html"), await buildEmbedHtml(plainGraph()));
  writeFileSync(join(OUT, "embed-seed.html"), await buildEmbedHtml(seed));
  writeFileSync(join(OUT, "embed-hostile.html"), await buildEmbedHtml(hostileGraph()));
  writeFileSync(join(OUT, "report-plain.html"), await buildReportHtml(plainGraph()));
  writeFileSync(join(OUT, "report-hostile.html"), await buildReportHtml(hostileGraph()));
  browser = await launch();
  // before any page script: every violation the page (or a shadow root in it) reports
  await browser.context.addInitScript(() => {
    const w = window as unknown as { __csp: Violation[] };
    w.__csp = [];
    document.addEventListener(
      "securitypolicyviolation",
      (e) => w.__csp.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample }),
      true,
    );
  });
  browser.context.on("console", (m) => {
    if (/content.security.policy/i.test(m.text())) cspConsole.push(`${m.type()}: ${m.text()}`);
  });
});

afterAll(async () => {
  await browser?.close();
});

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: Violation[] }).__csp);

/** Nothing refused so far, nothing failed, nothing fetched. */
async function expectClean(page: Page): Promise<void> {
  expect(await violations(page)).toEqual([]);
  expect(cspConsole).toEqual([]);
  expect(browser.errors).toEqual([]);
  expect(browser.network).toEqual([]);
}

/**
 * Script and style injected after the page loaded are refused (and reported): an inline event
 * handler, a new inline <script> (both ran under the old 'unsafe-inline' policy), a style attribute.
 */
async function expectInjectionRefused(page: Page): Promise<void> {
  await page.evaluate(() => {
    document.body.insertAdjacentHTML("beforeend", '<img id="pwn-img" src="x" onerror="window.__pwned=1">');
    const script = document.createElement("script");
    script.textContent = "window.__pwned = 2";
    document.body.append(script);
    const div = document.createElement("div");
    div.id = "pwn-style";
    div.setAttribute("style", "color: rgb(255, 0, 0)");
    document.body.append(div);
  });
  await expect
    .poll(async () => [...new Set((await violations(page)).map((v) => v.directive))].sort())
    .toEqual(["img-src", "script-src-attr", "script-src-elem", "style-src-attr"]);
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.evaluate(() => getComputedStyle(document.getElementById("pwn-style")!).color)).not.toBe(
    "rgb(255, 0, 0)",
  );
  // the console reports the refusals too (so expectClean's console check can see one)
  await expect.poll(() => cspConsole.some((m) => /^error: .*inline event handler/i.test(m))).toBe(true);
  cspConsole.length = 0;
}

/** Searches the graph for `query` and opens the node labelled `label`; returns its evidence sentences. */
async function searchAndOpen(page: Page, query: string, label: string): Promise<string[]> {
  const view = page.locator("newsgraph-view");
  await view.locator("input[type=search]").fill(query);
  await view.locator("li[role=option]", { hasText: label }).first().click();
  await expect.poll(() => view.locator(".ngv-panel .ngv-title").textContent()).toBe(label);
  return view.locator(".ngv-panel .ngv-evidence li").allTextContents();
}

describe("embed page under its CSP", () => {
  it("renders and searches the graph with no violation; injected script does not run", async () => {
    const page = await browser.newPage();
    await page.goto(url("embed-plain.html"));
    await waitForViewer(page);
    const view = page.locator("newsgraph-view");
    // the page's own <style> applied (no body margin, the element fills the viewport)
    expect(await page.evaluate(() => getComputedStyle(document.body).marginTop)).toBe("0px");
    expect((await view.boundingBox())!.height).toBe(800);
    expect(await colouredPixels(view)).toBeGreaterThan(200);
    expect(await view.evaluate((el) => (el as unknown as { graph: { order: number } }).graph.order)).toBe(8);
    const evidence = await searchAndOpen(page, "Kell", "Tomas Keller");
    expect(evidence.join(" ")).toContain("Prime Minister Tomas Keller in Geneva on Monday.");
    await expectClean(page);
    await expectInjectionRefused(page);
    await page.close();
  });

  it("runs the layout worker (blob:) on the seed graph with no violation", async () => {
    const page = await browser.newPage();
    await page.goto(url("embed-seed.html"));
    await waitForViewer(page);
    const view = page.locator("newsgraph-view");
    expect(await colouredPixels(view)).toBeGreaterThan(500);
    expect((await searchAndOpen(page, "Putin", "Vladimir Putin")).length).toBeGreaterThan(3);
    const xOf = () =>
      view.evaluate((el) => {
        const g = (el as unknown as { graph: { nodes(): string[]; getNodeAttribute(k: string, a: string): number } })
          .graph;
        return g.getNodeAttribute(g.nodes()[0]!, "x");
      });
    const x0 = await xOf();
    await view.locator("[data-action=layout]").click();
    await expect.poll(xOf).not.toBe(x0);
    await view.locator("[data-action=layout]").click();
    await expectClean(page);
    await page.close();
  });

  it("shows hostile text with no violation (the escaped markup never reaches the parser)", async () => {
    const page = await browser.newPage();
    await page.goto(url("embed-hostile.html"));
    await waitForViewer(page);
    expect(await colouredPixels(page.locator("newsgraph-view"))).toBeGreaterThan(100);
    expect(browser.dialogs).toEqual([]);
    await expectClean(page);
    await page.close();
  });
});

describe("report page under its CSP", () => {
  it("renders its sections and the live graph with no violation; injected script does not run", async () => {
    const page = await browser.newPage();
    await page.goto(url("report-plain.html"));
    expect(await page.locator("table.ng-entities tbody tr").count()).toBe(6);
    // the report's stylesheet applied: a place mention is highlighted in the place colour
    const geneva = page.locator(".ng-article mark.t-place").first();
    expect(await geneva.evaluate((el) => getComputedStyle(el).boxShadow)).toContain("rgb(0, 158, 115)");
    await waitForViewer(page);
    const view = page.locator("newsgraph-view");
    expect(await colouredPixels(view)).toBeGreaterThan(200);
    expect(await view.evaluate((el) => (el as unknown as { graph: { order: number } }).graph.order)).toBe(8);
    const evidence = await searchAndOpen(page, "Berg", "Anna Berg");
    expect(evidence.join(" ")).toContain("President Anna Berg of Freedonia");
    await expectClean(page);
    await expectInjectionRefused(page);
    await page.close();
  });

  it("shows hostile text with no violation", async () => {
    const page = await browser.newPage();
    await page.goto(url("report-hostile.html"));
    await waitForViewer(page);
    expect(await page.locator(".ng-article").textContent()).toBe(hostileGraph().getAttribute("source").text);
    expect(browser.dialogs).toEqual([]);
    await expectClean(page);
    await page.close();
  });
});
