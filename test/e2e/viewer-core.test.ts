// The viewer core on its own (as the embed uses it): two instances on one
// page stay independent, compact mode shows a popup instead of side panels,
// destroy() cleans up, and the core never pulls in the app or the extractor.
import { readdirSync, readFileSync, rmSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTIFACTS, buildTestPage, launchBrowser, ROOT, serveDir, type StaticServer } from "./helpers";

let dist: string;
let server: StaticServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;

beforeAll(async () => {
  dist = await buildTestPage("two-viewers.html", { assetsInlineLimit: 0 });
  server = await serveDir(dist);
  browser = await launchBrowser();
  page = await browser.newPage({ width: 1280, height: 800 });
  await page.goto(`${server.url}two-viewers.html`);
  await page.waitForFunction(() => !!(window as any).viewers);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dist) rmSync(dist, { recursive: true, force: true });
});

const state = (which: string) =>
  page.evaluate((w) => JSON.parse(JSON.stringify((window as any).viewers[w].getState())), which);

describe("two viewers on one page", () => {
  it("each has its own DOM, scoped under .ngv, with no element ids clashing", async () => {
    expect(await page.locator(".ngv").count()).toBe(2);
    expect(await page.locator("[data-box=full] .ngv-panel").count()).toBe(1);
    expect(await page.locator("[data-box=compact] .ngv-panel").count()).toBe(0);
    expect(await page.locator("[data-box=compact] .ngv-article").count()).toBe(0);
    const ids = await page.evaluate(() => [...document.querySelectorAll("[id]")].map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
    // one stylesheet for both
    expect(await page.locator("style[data-newsgraph-viewer-css]").count()).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, "two-viewers.png") });
  });

  it("curves parallel and opposite edges only, without adding attributes to the graph", async () => {
    const result = await page.evaluate(() => {
      const v = (window as any).viewers.full;
      const pairs = new Map<string, string[]>();
      v.graph.forEachEdge((e: string, _a: unknown, s: string, t: string) => {
        const k = [s, t].sort().join("|");
        pairs.set(k, [...(pairs.get(k) ?? []), e]);
      });
      const wrong: string[] = [];
      let curved = 0;
      for (const edges of pairs.values()) {
        const types = edges.map((e) => v.sigma.getEdgeDisplayData(e).type);
        const expected = edges.length > 1 ? "curved" : "arrow";
        if (types.some((t) => t !== expected)) wrong.push(edges.join(","));
        if (edges.length > 1) {
          curved += edges.length;
          // same direction: distinct curvatures; opposite directions bend apart with the same one
          const byDirection = new Map<string, number[]>();
          for (const e of edges) {
            const d = v.graph.source(e);
            byDirection.set(d, [...(byDirection.get(d) ?? []), v.sigma.getEdgeDisplayData(e).curvature]);
          }
          for (const c of byDirection.values())
            if (new Set(c).size !== c.length) wrong.push(`same curvature: ${edges.join(",")}`);
        }
      }
      const extra = v.graph.someEdge((_e: string, a: object) => Object.keys(a).some((k) => /index|curvature/i.test(k)));
      return { wrong, curved, extra };
    });
    expect(result.wrong).toEqual([]);
    expect(result.curved).toBeGreaterThan(0);
    expect(result.extra).toBe(false);
  });

  it("selecting in one leaves the other alone", async () => {
    await page.evaluate(() => (window as any).viewers.full.select("person:putin"));
    expect((await state("full")).selection).toEqual({ kind: "node", key: "person:putin" });
    expect((await state("compact")).selection).toBeNull();
    expect((await state("compact")).hiddenTypes).toEqual(["event"]);
    expect((await state("full")).hiddenTypes).toEqual([]);
  });

  it("compact mode shows evidence in a popup on search, and closes it", async () => {
    const box = page.locator("[data-box=compact]");
    const popup = box.locator(".ngv-popup");
    expect(await popup.isHidden()).toBe(true);
    const input = box.getByRole("combobox", { name: "Search nodes" });
    await input.fill("Zelensky");
    await box.locator(".ngv-suggestions li").first().waitFor();
    await input.press("Enter");
    await popup.waitFor();
    expect(await popup.locator(".ngv-title").textContent()).toBe("Volodymyr Zelensky");
    expect(await popup.locator(".ngv-evidence li").count()).toBeGreaterThan(0);
    expect((await state("full")).selection).toEqual({ kind: "node", key: "person:putin" });
    await page.screenshot({ path: join(ARTIFACTS, "two-viewers-popup.png") });
    await popup.getByRole("button", { name: "Close" }).click();
    expect(await popup.isHidden()).toBe(true);
    expect((await state("compact")).selection).toBeNull();
    expect(await page.evaluate(() => (window as any).changes.compact)).toBeGreaterThan(0);
  });

  it("clicking a node on the canvas selects it", async () => {
    const { x, y } = await page.evaluate(() => {
      const s = (window as any).viewers.full.sigma;
      return s.framedGraphToViewport(s.getNodeDisplayData("country:ukraine"));
    });
    const box = (await page.locator("[data-box=full] .ngv-sigma").boundingBox())!;
    await page.mouse.click(box.x + x, box.y + y);
    await expect.poll(() => state("full").then((s) => s.selection)).toEqual({ kind: "node", key: "country:ukraine" });
  });

  it("clicking an edge on the canvas shows the relation", async () => {
    // with nothing selected every edge is drawn; take the longest straight one whose midpoint is clear of every node
    await page.evaluate(() => (window as any).viewers.full.select(null));
    await page.mouse.move(0, 0);
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    const target = await page.evaluate(() => {
      const v = (window as any).viewers.full;
      const s = v.sigma;
      const pos = (n: string) => s.framedGraphToViewport(s.getNodeDisplayData(n));
      const box = s.getContainer().getBoundingClientRect();
      const onCanvas = (p: { x: number; y: number }) =>
        document.elementFromPoint(box.x + p.x, box.y + p.y)?.tagName === "CANVAS";
      const nodes = v.graph.nodes().map((n: string) => ({ ...pos(n), r: s.scaleSize(s.getNodeDisplayData(n).size) }));
      let best: { edge: string; x: number; y: number; length: number } | null = null;
      v.graph.forEachEdge((edge: string, _a: unknown, src: string, tgt: string) => {
        if (s.getEdgeDisplayData(edge).type !== "arrow") return;
        const a = pos(src);
        const b = pos(tgt);
        const m = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
        const length = Math.hypot(a.x - b.x, a.y - b.y);
        if (
          !onCanvas(m) ||
          nodes.some((n: { x: number; y: number; r: number }) => Math.hypot(n.x - m.x, n.y - m.y) < n.r + 14)
        )
          return;
        if (!best || length > best.length) best = { edge, ...m, length };
      });
      return best as { edge: string; x: number; y: number } | null;
    });
    expect(target).not.toBeNull();
    const box = (await page.locator("[data-box=full] .ngv-sigma").boundingBox())!;
    // let sigma's double-click window after the previous test's click pass, or this click zooms instead
    await page.waitForTimeout(500);
    await page.mouse.click(box.x + target!.x, box.y + target!.y);
    await expect.poll(() => state("full").then((s) => s.selection)).toEqual({ kind: "edge", key: target!.edge });
    expect(await page.locator("[data-box=full] .ngv-panel .ngv-details[data-edge]").count()).toBe(1);
  });

  it("dragging a node moves it in the graph", async () => {
    const key = "person:zelensky";
    const before = await page.evaluate((k) => {
      const v = (window as any).viewers.full;
      return { ...v.graph.getNodeAttributes(k), ...v.sigma.framedGraphToViewport(v.sigma.getNodeDisplayData(k)) };
    }, key);
    const box = (await page.locator("[data-box=full] .ngv-sigma").boundingBox())!;
    await page.mouse.move(box.x + before.x, box.y + before.y);
    await page.mouse.down();
    await page.mouse.move(box.x + before.x + 40, box.y + before.y + 30, { steps: 5 });
    await page.mouse.up();
    const after = await page.evaluate((k) => (window as any).viewers.full.graph.getNodeAttributes(k), key);
    expect(after.x).not.toBe(before.x);
    expect(after.y).not.toBe(before.y);
  });

  it("ForceAtlas2 runs live in a worker and stops", async () => {
    const button = page.locator("[data-box=full] [data-action=layout]");
    const positions = () =>
      page.evaluate(() =>
        (window as any).viewers.full.graph
          .mapNodes((_k: string, a: { x: number; y: number }) => `${a.x},${a.y}`)
          .join(";"),
      );
    const before = await positions();
    await button.click();
    await expect.poll(() => button.getAttribute("aria-pressed")).toBe("true");
    await expect.poll(positions, { timeout: 10_000 }).not.toBe(before);
    await button.click();
    expect(await button.getAttribute("aria-pressed")).toBe("false");
    const stopped = await positions();
    await page.waitForTimeout(300);
    expect(await positions()).toBe(stopped);
  });

  it("search suggestions sit above the open legend", async () => {
    const box = page.locator("[data-box=full]");
    await box.locator(".ngv-legend").evaluate((d) => ((d as HTMLDetailsElement).open = true));
    const input = box.getByRole("combobox", { name: "Search nodes" });
    await input.fill("a");
    const first = box.locator(".ngv-suggestions li").first();
    await first.waitFor();
    // whatever covers the suggestions' middle must be the suggestion itself
    const onTop = await first.evaluate((li) => {
      const r = li.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return !!hit && li.contains(hit);
    });
    expect(onTop).toBe(true);
    const z = await box.locator(".ngv-suggestions").evaluate((e) => Number(getComputedStyle(e).zIndex));
    const zLegend = await box.locator(".ngv-legend-body").evaluate((e) => Number(getComputedStyle(e).zIndex));
    expect(z).toBeGreaterThan(zLegend);
    await input.fill("");
    await input.press("Escape");
  });

  it("sigma follows a container-only resize, and survives a hidden container", async () => {
    const box = page.locator("[data-box=compact]");
    const sizes = () =>
      page.evaluate(() => {
        const v = (window as any).viewers.compact;
        const c = v.sigma.getContainer() as HTMLElement;
        return { sigma: v.sigma.getDimensions().width as number, box: c.clientWidth };
      });
    const before = await sizes();
    expect(before.sigma).toBe(before.box);
    // the window keeps its size: only the container shrinks
    await box.evaluate((e) => ((e as HTMLElement).style.width = "260px"));
    await expect.poll(() => sizes().then((s) => s.sigma)).toBeLessThan(before.sigma);
    const after = await sizes();
    expect(after.sigma).toBe(after.box);
    const canvasWidth = await box
      .locator("canvas")
      .first()
      .evaluate((c) => (c as HTMLCanvasElement).getBoundingClientRect().width);
    expect(Math.round(canvasWidth)).toBe(after.box);
    // hidden (print, closed tab), then the window resizes: sigma must not throw
    await box.evaluate((e) => ((e as HTMLElement).style.display = "none"));
    await page.setViewportSize({ width: 1200, height: 760 });
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    await box.evaluate((e) => ((e as HTMLElement).style.display = ""));
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(() => sizes().then((s) => s.sigma === s.box && s.box > 0)).toBe(true);
    await box.evaluate((e) => ((e as HTMLElement).style.width = ""));
    expect(browser.errors).toEqual([]);
  });

  it("an RTL override in a name does not reorder the text after it (panel and article)", async () => {
    const result = await page.evaluate(() => {
      const w = window as any;
      // U+202E replaces a letter so every evidence offset stays valid
      const evil = (s: string) => s.replaceAll("Putin", "Put\u202en");
      const data = JSON.parse(evil(JSON.stringify(w.data)));
      const host = document.createElement("div");
      host.style.cssText = "position:fixed;left:0;top:0;width:1200px;height:700px;z-index:10;background:#fff";
      document.body.append(host);
      const v = w.mountViewer(host, w.graphFromJSON(data));
      const edge = v.graph.findOutEdge("person:putin", () => true);
      v.selectEdge(edge);
      const title = host.querySelector(".ngv-panel .ngv-title")!;
      const link = title.querySelector(".ngv-link")!;
      const label = title.querySelector(":scope > span")!;
      const l = link.getBoundingClientRect();
      // the label may wrap: its first line box is the one that must follow the link
      const r = label.getClientRects()[0];
      const panelOrder = Math.abs(l.top - r.top) > l.height / 2 || r.left >= l.right - 1;
      // article: the word after the marked name stays after it
      const mark = [...host.querySelectorAll(".ngv-article mark")].find((m) => m.textContent === "Put\u202en")!;
      const after = mark.nextSibling!;
      const range = document.createRange();
      const text = after.nodeType === Node.TEXT_NODE ? after : after.firstChild!;
      const end = Math.min(4, text.textContent!.length);
      range.setStart(text, 0);
      range.setEnd(text, end);
      const m = mark.getBoundingClientRect();
      const a = range.getBoundingClientRect();
      const articleOrder = a.top >= m.bottom - 1 || (Math.abs(a.top - m.top) < m.height / 2 && a.left >= m.right - 1);
      const styles = [link, mark, host.querySelector(".ngv-panel .ngv-badge")!].map(
        (e) => getComputedStyle(e).unicodeBidi,
      );
      v.destroy();
      host.remove();
      return { panelOrder, articleOrder, styles };
    });
    expect(result.styles).toEqual(["isolate", "isolate", "isolate"]);
    expect(result.panelOrder).toBe(true);
    expect(result.articleOrder).toBe(true);
  });

  it("follows the system's colour scheme under auto, until setTheme chooses one", async () => {
    const theme = (which: string) => page.locator(`[data-box=${which}] .ngv`).getAttribute("data-theme");
    await page.emulateMedia({ colorScheme: "dark" });
    await expect.poll(() => theme("full")).toBe("dark");
    await page.evaluate(() => (window as any).viewers.full.setTheme("light"));
    expect(await theme("full")).toBe("light");
    await page.emulateMedia({ colorScheme: "light" });
    await page.emulateMedia({ colorScheme: "dark" });
    await expect.poll(() => theme("compact")).toBe("dark");
    expect(await theme("full")).toBe("light"); // chosen, no longer followed
    await page.evaluate(() => (window as any).viewers.full.setTheme("auto"));
    expect(await theme("full")).toBe("dark");
    await page.emulateMedia({ colorScheme: "light" });
    await expect.poll(() => theme("full")).toBe("light");
    expect(browser.errors).toEqual([]);
  });

  it("destroy() removes one viewer and leaves the other working", async () => {
    await page.evaluate(() => (window as any).viewers.compact.destroy());
    expect(await page.locator(".ngv").count()).toBe(1);
    expect(await page.locator("[data-box=compact]").evaluate((e) => e.childElementCount)).toBe(0);
    await page.evaluate(() => (window as any).viewers.full.select("country:russia"));
    expect((await state("full")).selection).toEqual({ kind: "node", key: "country:russia" });
    expect(browser.errors).toEqual([]);
  });
});

describe("the core's dependencies", () => {
  it("never imports the app or the extractor (the embed must stay small)", () => {
    const dir = join(ROOT, "src/viewer");
    for (const file of readdirSync(dir)) {
      const source = readFileSync(join(dir, file), "utf8");
      const imports = [...source.matchAll(/from\s+"([^"]+)"|import\(\s*"([^"]+)"\s*\)/g)].map((m) => m[1] ?? m[2]);
      for (const spec of imports)
        expect(spec, `${file} imports ${spec}`).not.toMatch(/\/(app|extract|cli|formats)(\/|$)/);
    }
  });
});
