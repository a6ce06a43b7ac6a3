// The viewer core on its own (as the embed uses it): two instances on one
// page stay independent, compact mode shows a popup instead of side panels,
// destroy() cleans up, and the core never pulls in the app or the extractor.
import { readdirSync, readFileSync, rmSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTIFACTS, launchBrowser, ROOT, serveDir, type StaticServer } from "./helpers";

let dist: string;
let server: StaticServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), "newsgraph-e2e-core-"));
  await build({
    root: join(ROOT, "test/e2e/pages"),
    configFile: false,
    base: "./",
    logLevel: "warn",
    build: {
      outDir: dist,
      emptyOutDir: true,
      target: "es2022",
      assetsInlineLimit: 0,
      rollupOptions: { input: join(ROOT, "test/e2e/pages/two-viewers.html") },
    },
  });
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

const state = (which: string) => page.evaluate((w) => JSON.parse(JSON.stringify((window as any).viewers[w].getState())), which);

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
    const positions = () => page.evaluate(() => (window as any).viewers.full.graph.mapNodes((_k: string, a: { x: number; y: number }) => `${a.x},${a.y}`).join(";"));
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
      for (const spec of imports) expect(spec, `${file} imports ${spec}`).not.toMatch(/\/(app|extract|cli|formats)(\/|$)/);
    }
  });
});
