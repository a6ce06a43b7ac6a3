// The app's layout at the four sizes people use, in both themes, in real Chromium: every
// control reachable and clickable (nothing intercepts it), no overlay over another, the graph
// keeping most of the stage, labels that never collide or leave the canvas, the camera
// framing every selection clear of the overlays, and text contrast of at least 4.5:1.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTIFACTS, buildApp, launchBrowser, readState, serveDir, waitForGraph, type StaticServer } from "./helpers";

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
  { width: 390, height: 844 },
] as const;
const THEMES = ["light", "dark"] as const;

/** A 1k-node graph with positions, labels of every length and one 64 KB label (a crafted file). */
function bigGraph(order: number, size: number) {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const types = ["person", "country", "place", "organization", "event"];
  const text = "Officials met on Monday to discuss the agreement.";
  const nodes = Array.from({ length: order }, (_, i) => {
    const type = types[i % 5];
    const label =
      i === 0
        ? "X".repeat(65536)
        : type === "event"
          ? `Talks between delegation ${i} and the council about the long agreement`
          : `Name ${i}`;
    return {
      key: `n${i}`,
      attributes: {
        label,
        type,
        aliases: [],
        mentions: 1 + (i % 7),
        evidence: [{ start: 0, end: 9, sentence: text, sentenceStart: 0 }],
        x: random() * 3000,
        y: random() * 3000,
        ...(type === "event" ? { kind: "meeting" } : {}),
      },
    };
  });
  const edges = Array.from({ length: size }, (_, e) => {
    const s = Math.floor(random() * order);
    const t = (s + 1 + Math.floor(random() * 20)) % order;
    return {
      key: `e${e}`,
      source: `n${s}`,
      target: `n${t}`,
      attributes: { label: e === 0 ? "Y".repeat(65536) : "related to", kind: "relation", evidence: [], mentions: 1 },
    };
  });
  return {
    options: { type: "directed", multi: true, allowSelfLoops: false },
    attributes: {
      title: "Generated 1k",
      source: { name: "big.txt", sha256: "0".repeat(64), text },
      generator: { name: "test", version: "1" },
    },
    nodes,
    edges,
  };
}

let dist: string;
let server: StaticServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  dist = await buildApp();
  writeFileSync(join(dist, "big.json"), JSON.stringify(bigGraph(1000, 3000)));
  server = await serveDir(dist);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dist) rmSync(dist, { recursive: true, force: true });
});

async function open(size: { width: number; height: number }, theme: "light" | "dark", hash = ""): Promise<Page> {
  const page = await browser.newPage(size);
  await page.emulateMedia({ colorScheme: theme });
  await page.goto(server.url + hash);
  await waitForGraph(page);
  return page;
}

const settle = (page: Page) => page.waitForTimeout(600); // camera animations last 450 ms

/** For each control: is its centre, once scrolled into view, hit by itself (not by something over it)? */
function unreachable(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const bad: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(sel)) {
      if (el.closest("[hidden]") || getComputedStyle(el).visibility === "hidden" || el.getClientRects().length === 0)
        continue;
      el.scrollIntoView({ block: "nearest", inline: "nearest" });
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      const inside = r.left >= 0 && r.top >= 0 && r.right <= innerWidth + 0.5 && r.bottom <= innerHeight + 0.5;
      if (!inside || !hit || !(el === hit || el.contains(hit) || (el as HTMLLabelElement).control === hit))
        bad.push(
          `${el.tagName.toLowerCase()}.${el.className} “${(el.textContent ?? el.getAttribute("aria-label") ?? "").trim().slice(0, 30)}” hit ${hit?.tagName}.${hit?.className}`,
        );
    }
    return bad;
  }, selector);
}

interface Rect {
  name: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function overlayRects(page: Page): Promise<Rect[]> {
  return page.evaluate(() => {
    const out: Rect[] = [];
    const add = (name: string, el: Element | null) => {
      if (!el || el.getClientRects().length === 0) return;
      const r = el.getBoundingClientRect();
      out.push({ name, left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    };
    add("search", document.querySelector(".ngv-search"));
    add("legend toggle", document.querySelector(".ngv-legend > summary"));
    if (document.querySelector<HTMLDetailsElement>(".ngv-legend")!.open)
      add("legend", document.querySelector(".ngv-legend-body"));
    add("controls", document.querySelector(".ngv-controls"));
    return out;
  });
}

const intersect = (a: Rect, b: Rect) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

function overlaps(rects: Rect[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < rects.length; i++)
    for (let j = i + 1; j < rects.length; j++)
      if (intersect(rects[i], rects[j])) out.push(`${rects[i].name} × ${rects[j].name}`);
  return out;
}

/** Whether the selected node's centre is on the canvas and under no overlay. */
function selectedNodeClear(page: Page): Promise<{ onCanvas: boolean; covered: string[] }> {
  return page.evaluate(() => {
    const ng = (window as any).__newsgraph;
    const key = ng.state.selection.key as string;
    const p = ng.sigma.framedGraphToViewport(ng.sigma.getNodeDisplayData(key));
    const canvas = document.querySelector(".ngv-sigma")!.getBoundingClientRect();
    const x = canvas.left + p.x;
    const y = canvas.top + p.y;
    const onCanvas =
      x > canvas.left && x < canvas.right && y > canvas.top && y < canvas.bottom && y > 0 && y < innerHeight;
    const covered: string[] = [];
    for (const sel of [
      ".ngv-legend[open] .ngv-legend-body",
      ".ngv-controls",
      ".ngv-popup:not([hidden])",
      ".ngv-toolbar",
    ]) {
      for (const el of document.querySelectorAll(sel)) {
        const r = el.getBoundingClientRect();
        if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) covered.push(sel);
      }
    }
    return { onCanvas, covered };
  });
}

function labelCheck(page: Page): Promise<{ count: number; overlapping: number; outside: number }> {
  return page.evaluate(() => {
    const ng = (window as any).__newsgraph;
    const boxes = ng.viewer.labelBoxes() as Array<{ left: number; top: number; right: number; bottom: number }>;
    const { width, height } = ng.sigma.getDimensions();
    let overlapping = 0;
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) overlapping++;
      }
    const outside = boxes.filter((b) => b.left < 0 || b.top < 0 || b.right > width || b.bottom > height).length;
    return { count: boxes.length, overlapping, outside };
  });
}

/** WCAG contrast of text against the first opaque background behind it, for every text element named. */
function lowContrast(page: Page, selectors: string[]): Promise<string[]> {
  return page.evaluate((sels) => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r, g, b]: number[]) => {
      const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const background = (el: Element | null): number[] => {
      // alpha-blended down the ancestors: overlays are translucent
      const layers: number[][] = [];
      for (let e = el; e; e = e.parentElement) {
        const c = rgb(getComputedStyle(e).backgroundColor);
        const a = c.length === 4 ? c[3] : 1;
        if (a > 0) layers.push([c[0], c[1], c[2], a]);
        if (a >= 1) break;
      }
      let out = [255, 255, 255];
      for (const [r, g, b, a] of layers.reverse())
        out = [r * a + out[0] * (1 - a), g * a + out[1] * (1 - a), b * a + out[2] * (1 - a)];
      return out;
    };
    const ratio = (a: number[], b: number[]) => {
      const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
      return (x + 0.05) / (y + 0.05);
    };
    const bad: string[] = [];
    for (const sel of sels) {
      const els = [...document.querySelectorAll(sel)].slice(0, 5);
      if (els.length === 0) bad.push(`${sel}: none found`);
      for (const el of els) {
        const r = ratio(rgb(getComputedStyle(el).color), background(el));
        if (r < 4.5) bad.push(`${sel} ${r.toFixed(2)}`);
      }
    }
    // canvas labels: the label colour against the canvas background
    const sigma = (window as any).__newsgraph.sigma;
    const label = sigma.getSetting("labelColor").color as string;
    const hex = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
    const canvasBg = background(document.querySelector(".ngv-sigma"));
    const r = ratio(hex(label), canvasBg);
    if (r < 4.5) bad.push(`canvas label ${label} ${r.toFixed(2)}`);
    return bad;
  }, selectors);
}

const CONTROLS = ".app-bar .app-btn, .ngv-legend > summary, .ngv-search input, .ngv-controls button";
const TEXT = [
  ".app-brand strong",
  ".app-graph-title",
  ".app-btn",
  ".ngv-legend > summary",
  ".ngv-panel .ngv-title",
  ".ngv-panel .ngv-facts dt",
  ".ngv-panel .ngv-facts dd",
  ".ngv-panel .ngv-link",
  ".ngv-panel .ngv-rel-label",
  ".ngv-panel .ngv-evidence li",
  ".ngv-article-text",
  ".ngv-article .ngv-heading",
];

describe("layout at every size, in both themes", () => {
  for (const theme of THEMES)
    for (const size of SIZES) {
      it(`${size.width}×${size.height} ${theme}: controls clickable, no overlaps, labels apart, camera frames the selection`, async () => {
        const page = await open(size, theme);
        const name = `${theme}-${size.width}x${size.height}`;
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
        await page.screenshot({ path: join(ARTIFACTS, `app-${name}.png`) });
        expect(await unreachable(page, CONTROLS)).toEqual([]);
        expect(overlaps(await overlayRects(page))).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);

        // the graph keeps most of the stage
        const canvas = (await page.locator(".ngv-sigma").boundingBox())!;
        const stage = (await page.locator(".ngv-stage").boundingBox())!;
        expect(canvas.width * canvas.height).toBeGreaterThan(0.8 * stage.width * stage.height);
        if (size.width >= 1280) expect(canvas.width).toBeGreaterThan(size.width * 0.45);
        else expect(canvas.height).toBeGreaterThan(size.height * 0.4);

        const labels = await labelCheck(page);
        expect(labels.count).toBeGreaterThan(5);
        expect(labels.overlapping).toBe(0);
        expect(labels.outside).toBe(0);

        // the legend toggle opens by a real click (nothing intercepts it), and its panel covers nothing else
        const toggle = page.locator(".ngv-legend > summary");
        const wasOpen = await page.locator(".ngv-legend").evaluate((d) => (d as HTMLDetailsElement).open);
        await toggle.click();
        expect(await page.locator(".ngv-legend").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(!wasOpen);
        if (wasOpen) await toggle.click();
        expect(overlaps(await overlayRects(page))).toEqual([]);
        expect(await unreachable(page, CONTROLS + ", .ngv-legend-body > fieldset label")).toEqual([]);

        // a mention in the article, then a relation in the panel: the camera frames each, clear of the overlays
        await page.locator(".ngv-article mark.ngv-mention[data-type='person']").first().click();
        await settle(page);
        expect(await selectedNodeClear(page)).toEqual({ onCanvas: true, covered: [] });
        const link = page.locator(".ngv-panel .ngv-rel button[data-node]").last();
        const target = await link.getAttribute("data-node");
        await link.click();
        await settle(page);
        expect((await readState(page)).selection?.key).toBe(target);
        expect(await selectedNodeClear(page)).toEqual({ onCanvas: true, covered: [] });
        const focused = await labelCheck(page);
        expect(focused.overlapping).toBe(0);
        expect(focused.outside).toBe(0);
        expect(await lowContrast(page, TEXT)).toEqual([]);
        await page.screenshot({ path: join(ARTIFACTS, `app-${name}-selected.png`), fullPage: size.width < 760 });
        await page.close();
      });
    }

  it("a 1k-node graph: labels apart and inside the canvas, a 64 KB label drawn shortened and shown whole", async () => {
    const page = await open({ width: 1440, height: 900 }, "light", "?graph=big.json");
    const labels = await labelCheck(page);
    expect(labels.count).toBeGreaterThan(20);
    expect(labels.overlapping).toBe(0);
    expect(labels.outside).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, "app-1k-labels.png") });
    // the node with a 64 KB label and its edge with a 64 KB label: selected, hovered, the page stays live
    await page.evaluate(() => (window as any).__newsgraph.viewer.select("n0"));
    await settle(page);
    const drawn = await page.evaluate(() => {
      const ng = (window as any).__newsgraph;
      ng.viewer.dispatch({ type: "hover", key: "n0" });
      const edge = ng.graph.edges("n0")[0];
      return {
        node: ng.sigma.getNodeDisplayData("n0").label.length,
        edge:
          (
            ng.sigma.getEdgeDisplayData(
              ng.graph.findEdge((e: string) => ng.graph.getEdgeAttribute(e, "label").length > 1000),
            ) ?? {}
          ).label?.length ?? 0,
        edgeKey: edge,
      };
    });
    expect(drawn.node).toBeLessThanOrEqual(120);
    expect(drawn.edge).toBeLessThanOrEqual(120);
    expect(await page.locator(".ngv-panel .ngv-title").evaluate((e) => e.textContent!.length)).toBe(65536);
    const after = await labelCheck(page);
    expect(after.overlapping).toBe(0);
    await page.close();
  });

  it("a selection in the URL is framed clear of the overlays on arrival", async () => {
    const page = await open({ width: 1280, height: 800 }, "light", "#node=person:putin");
    await settle(page);
    expect((await readState(page)).selection?.key).toBe("person:putin");
    expect(await selectedNodeClear(page)).toEqual({ onCanvas: true, covered: [] });
    await page.close();
  });

  it("the theme toggle overrides the system's and is kept across visits", async () => {
    const page = await open({ width: 1280, height: 800 }, "light");
    const toggle = page.locator("[data-action=theme]");
    await toggle.click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    expect(await page.locator(".ngv").getAttribute("data-theme")).toBe("dark");
    expect(await page.evaluate(() => (window as any).__newsgraph.sigma.getSetting("labelColor").color)).not.toBe(
      "#1f2933",
    );
    await page.reload();
    await waitForGraph(page);
    expect(await page.locator(".ngv").getAttribute("data-theme")).toBe("dark");
    expect(await toggle.getAttribute("aria-pressed")).toBe("true");
    await toggle.click();
    expect(await page.locator(".ngv").getAttribute("data-theme")).toBe("light");
    await page.close();
  });

  it("raised no page errors", () => {
    expect(browser.errors).toEqual([]);
  });
});
