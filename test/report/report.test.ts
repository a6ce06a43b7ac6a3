// The report page in real Chromium from file://: entity table, timeline, highlighted article,
// the inlined interactive graph, escaping of hostile text, and printing to PDF.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { buildReportHtml } from "../../src/report/index";
import { buildGraph } from "../../src/build";
import { HOSTILE, hostileGraph, plainGraph } from "../embed/fixture";
import { colouredPixels, followsInLayout, launch, waitForViewer, type Browser } from "../embed/browser";
import { SEED_ARTICLE } from "../helpers/paths";

const OUT = resolve("test-artifacts/report");
const SEED = SEED_ARTICLE;
const url = (name: string) => pathToFileURL(join(OUT, name)).href;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, "plain.html"), await buildReportHtml(plainGraph()));
  writeFileSync(join(OUT, "hostile.html"), await buildReportHtml(hostileGraph()));
  const seed = buildGraph(readFileSync(SEED, "utf8"), { name: "article.txt" });
  writeFileSync(join(OUT, "seed.html"), await buildReportHtml(seed));
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

describe("report page", () => {
  it("is deterministic", async () => {
    expect(await buildReportHtml(plainGraph())).toBe(readFileSync(join(OUT, "plain.html"), "utf8"));
  });

  it("shows the entity table, the timeline, the highlighted article and the live graph", async () => {
    const page = await browser.newPage();
    await page.goto(url("plain.html"));
    const rows = page.locator("table.ng-entities tbody tr");
    expect(await rows.count()).toBe(6);
    expect(await rows.first().locator("th").textContent()).toBe("Anna Berg");
    expect(await rows.first().locator("td").nth(1).textContent()).toBe("President");

    const events = page.locator(".ng-timeline > li");
    expect(await events.locator(".ng-date").allTextContents()).toEqual(["on Monday", "on Tuesday"]);
    expect(await events.first().locator(".ng-participants li").allTextContents()).toEqual([
      "Anna Berg agent",
      "Tomas Keller participant",
      "Geneva location",
    ]);

    const marks = page.locator(".ng-article mark.ng-mention");
    expect(await marks.count()).toBeGreaterThanOrEqual(12);
    const geneva = page.locator(".ng-article mark.t-place").first();
    expect(await geneva.textContent()).toBe("Geneva");
    // highlighted in the place colour from src/appearance (#009E73), mixed with white
    expect(await geneva.evaluate((el) => getComputedStyle(el).boxShadow)).toContain("rgb(0, 158, 115)");
    // table names link to their first mention
    await rows.first().locator("a").click();
    expect(await page.evaluate(() => document.querySelector(":target")?.textContent)).toBe("Anna Berg");

    await waitForViewer(page);
    expect(await colouredPixels(page.locator("newsgraph-view"))).toBeGreaterThan(200);
    expect(browser.network).toEqual([]);
    expect(browser.errors).toEqual([]);
    await page.close();
  });

  it("prints to PDF with a static SVG picture in place of the canvas", async () => {
    const page = await browser.newPage();
    await page.goto(url("seed.html"));
    await waitForViewer(page);
    await page.screenshot({ path: join(OUT, "seed-screen.png"), fullPage: true });
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("newsgraph-view").isVisible()).toBe(false);
    expect(await page.locator("figure.ng-figure svg").isVisible()).toBe(true);
    await page.screenshot({ path: join(OUT, "seed-print.png"), fullPage: true });
    const pdf = await page.pdf({ path: join(OUT, "seed.pdf"), format: "A4", printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    // graph picture, entities and article each start a page: at least three pages
    expect((pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThanOrEqual(3);
    expect(browser.network).toEqual([]);
    await page.close();
  });

  it("shows the seed article's entities and highlights", async () => {
    const page = await browser.newPage();
    await page.goto(url("seed.html"));
    const names = await page.locator("table.ng-entities tbody th").allTextContents();
    expect(names).toEqual(expect.arrayContaining(["Donald Trump", "Vladimir Putin"]));
    expect(await page.locator(".ng-article mark.t-person").count()).toBeGreaterThan(10);
    expect(await page.locator(".ng-article").textContent()).toBe(readFileSync(SEED, "utf8"));
    await page.close();
  });

  it("shows hostile text literally: no dialog, no injected element", async () => {
    const page = await browser.newPage();
    await page.goto(url("hostile.html"));
    await waitForViewer(page);
    expect(await page.title()).toBe(`Breaking: ${HOSTILE.script} & ${HOSTILE.img}`);
    const injected = await page.evaluate(() =>
      [...document.querySelectorAll("img, script:not([type]), b, i")].map((e) => e.outerHTML.slice(0, 40)),
    );
    expect(injected).toEqual(["<script>" + injected[0]!.slice(8)]); // only the bundle
    const table = (await page.locator("table.ng-entities").textContent()) ?? "";
    for (const name of [HOSTILE.script, HOSTILE.img, HOSTILE.quotes, HOSTILE.rtl, HOSTILE.emoji, HOSTILE.closer]) {
      expect(table).toContain(name);
    }
    expect(await page.locator(".ng-date").first().textContent()).toBe(`on "Friday" <b>`);
    expect(await page.locator(".ng-article").textContent()).toBe(hostileGraph().getAttribute("source").text);
    // the RTL override inside a name does not reverse the words after it
    expect(await followsInLayout(page, ".ng-article", HOSTILE.rtl, "praised")).toBe(true);
    expect(browser.dialogs).toEqual([]);
    expect(browser.network).toEqual([]);
    expect(browser.errors).toEqual([]);
    await page.close();
  });
});
