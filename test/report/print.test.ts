// The report printed by Chromium (page.pdf), read back with poppler (pdfinfo, pdftotext, pdftoppm;
// Debian's poppler-utils, installed by scripts/test-deps.sh): no empty page (the last one least of
// all), the entity table's header on one line, section headings kept with what they head, and the
// timeline in date order.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildGraph } from "../../src/build";
import { buildReportHtml } from "../../src/report/index";
import type { NewsGraph } from "../../src/schema/model";
import { plainGraph } from "../embed/fixture";
import { launch, type Browser } from "../embed/browser";
import { SEED_ARTICLE } from "../helpers/paths";

const OUT = resolve("test-artifacts/report-print");
const SEED = SEED_ARTICLE;
const FILLER = "The talks went on late into the night, and the delegations met again in the morning.";
let browser: Browser;

/** The plain fixture with more text after it, ending as `ending` says. */
function longer(lines: number, ending: string): NewsGraph {
  const g = plainGraph();
  const source = g.getAttribute("source");
  g.setAttribute("source", {
    ...source,
    text: `${source.text}\n\n${Array.from({ length: lines }, () => FILLER).join("\n")}${ending}`,
  });
  return g;
}

/** The plain fixture with an entity whose aliases and role crowd the table. */
function crowded(): NewsGraph {
  const g = plainGraph();
  g.mergeNodeAttributes("anna-berg", {
    role: "President of the Transitional Federal Council of the Republic of Freedonia",
    aliases: Array.from({ length: 12 }, (_, i) => `Anna-Maria-Berg-Lindqvist-Johansson-${i}`),
  });
  return g;
}

const REPORTS: Record<string, () => NewsGraph> = {
  seed: () => buildGraph(readFileSync(SEED, "utf8"), { name: "article.txt" }),
  plain: plainGraph,
  // an article ending in blank lines (text files often do): they printed as a page of their own
  "blank-tail": () => longer(30, "\n".repeat(40)),
  "blank-tail-spaces": () => longer(44, "   \n \n\t\n".repeat(10)),
  crowded,
};

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  for (const [name, make] of Object.entries(REPORTS))
    writeFileSync(join(OUT, `${name}.html`), await buildReportHtml(make()));
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

async function print(name: string, format: "A4" | "Letter"): Promise<string> {
  const page = await browser.newPage();
  await page.goto(pathToFileURL(join(OUT, `${name}.html`)).href);
  const path = join(OUT, `${name}-${format}.pdf`);
  await page.pdf({ path, format, printBackground: true });
  await page.close();
  return path;
}

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: "utf8", maxBuffer: 64 << 20 });
const pageCount = (pdf: string) => Number(/^Pages:\s+(\d+)/m.exec(run("pdfinfo", [pdf]))![1]);
const pageText = (pdf: string, n: number) => run("pdftotext", ["-layout", "-f", String(n), "-l", String(n), pdf, "-"]);

interface Word {
  text: string;
  yMin: number;
}
function pageWords(pdf: string, n: number): Word[] {
  const xml = run("pdftotext", ["-bbox", "-f", String(n), "-l", String(n), pdf, "-"]);
  return [...xml.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)<\/word>/g)].map(
    (m) => ({ text: m[2]!, yMin: Number(m[1]) }),
  );
}

/** Pixels darker than near-white on page n, rendered in grey at 30 dpi (a binary PGM: header, then one byte a pixel). */
function inkPixels(pdf: string, n: number): number {
  const base = join(OUT, `ink-${n}`);
  run("pdftoppm", ["-gray", "-r", "30", "-f", String(n), "-l", String(n), "-singlefile", pdf, base]);
  const pgm = readFileSync(`${base}.pgm`);
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString("latin1"))!;
  const pixels = pgm.subarray(header[0].length);
  let ink = 0;
  for (const v of pixels) if (v < 200) ink++;
  return ink;
}

describe("the printed report", () => {
  for (const [name, format] of [
    ["seed", "A4"],
    ["seed", "Letter"],
    ["plain", "A4"],
    ["blank-tail", "A4"],
    ["blank-tail-spaces", "Letter"],
    ["crowded", "A4"],
  ] as const) {
    it(`${name}, ${format}: every page has content, the last one the article's end`, async () => {
      const pdf = await print(name, format);
      const pages = pageCount(pdf);
      // the graph picture, the entities (with the timeline after them) and the article each start a page
      expect(pages).toBeGreaterThanOrEqual(3);
      for (let n = 1; n <= pages; n++)
        expect(pageText(pdf, n).trim().length, `page ${n} of ${pages} has text`).toBeGreaterThan(0);
      expect(inkPixels(pdf, pages), "the last page has something drawn").toBeGreaterThan(50);
      const text = name === "seed" ? readFileSync(SEED, "utf8") : REPORTS[name]!().getAttribute("source").text;
      const lastWords = text.trim().split(/\s+/).slice(-3).join(" ");
      expect(pageText(pdf, pages).replace(/\s+/g, " ")).toContain(lastWords);
    });
  }

  it("keeps the article's text whole: its trailing blank lines are collapsed, not dropped", async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(OUT, "blank-tail.html")).href);
    expect(await page.locator(".ng-article").textContent()).toBe(REPORTS["blank-tail"]!().getAttribute("source").text);
    await page.emulateMedia({ media: "print" });
    // the article ends with its last line of text: the blank lines take no height
    const [articleBottom, lastLineBottom] = await page.evaluate(() => {
      const article = document.querySelector(".ng-article")!;
      const range = document.createRange();
      const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
      let last: Text | null = null;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n.textContent ?? "").trim()) last = n as Text;
      range.selectNodeContents(last!);
      const rects = [...range.getClientRects()];
      return [article.getBoundingClientRect().bottom, Math.max(...rects.map((r) => r.bottom))];
    });
    expect(articleBottom - lastLineBottom).toBeLessThan(30);
    await page.close();
  });

  it("prints the entity table's header on one line, Mentions whole, even in a crowded table", async () => {
    for (const name of ["seed", "crowded"]) {
      const pdf = await print(name, "A4");
      const pages = pageCount(pdf);
      const n = [...Array(pages).keys()]
        .map((i) => i + 1)
        .find((i) => pageWords(pdf, i).some((w) => w.text === "ALIASES"))!;
      expect(n, `${name}: the page with the table`).toBeGreaterThan(0);
      const words = pageWords(pdf, n);
      const header = ["TYPE", "NAME", "ROLE", "MENTIONS", "ALIASES"].map((h) => words.find((w) => w.text === h));
      expect(header.every(Boolean), `${name}: ${header.map((w) => w?.text).join(" ")}`).toBe(true);
      const top = header.map((w) => w!.yMin);
      expect(Math.max(...top) - Math.min(...top), `${name}: one line`).toBeLessThan(1);
    }
  });

  it("keeps a section's heading on the page of what it heads", async () => {
    for (const name of ["seed", "crowded", "plain"]) {
      const pdf = await print(name, "A4");
      for (let n = 1; n <= pageCount(pdf); n++) {
        const lines = pageText(pdf, n)
          .split("\n")
          .map((l) => l.trim())
          .filter(Boolean);
        expect(
          ["Entities", "Timeline of events", "Article", "Graph"],
          `${name} page ${n} ends with a heading`,
        ).not.toContain(lines[lines.length - 1]);
      }
    }
  });

  it("lists the seed's events by isoDate where they have one, the undated after, as printed", async () => {
    const graph = REPORTS.seed!();
    const dated = graph
      .filterNodes((_k, a) => a.type === "event" && !!a.isoDate)
      .map((k) => graph.getNodeAttributes(k));
    expect(dated.length).toBeGreaterThan(0);
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(OUT, "seed.html")).href);
    await page.emulateMedia({ media: "print" });
    const labels = await page.locator(".ng-timeline > li h3").allTextContents();
    const firstDated = [...dated].sort((a, b) => (a.isoDate! < b.isoDate! ? -1 : 1)).map((a) => a.label);
    expect(labels.slice(0, dated.length)).toEqual(firstDated);
    await page.close();
  });
});
