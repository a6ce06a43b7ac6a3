// The self-contained embed page in real Chromium: from file://, with every network request
// blocked and counted, inside an iframe, with hostile graph text.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { buildEmbedHtml } from "../../src/embed/index";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { buildGraph } from "../../src/build";
import { HOSTILE, hostileGraph, plainGraph } from "./fixture";
import { colouredPixels, followsInLayout, launch, waitForViewer, type Browser } from "./browser";
import { SEED_ARTICLE } from "../helpers/paths";

const OUT = resolve("test-artifacts/embed");
const url = (name: string) => pathToFileURL(join(OUT, name)).href;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, "plain.html"), await buildEmbedHtml(plainGraph(), {}));
  writeFileSync(
    join(OUT, "compact.html"),
    await buildEmbedHtml(plainGraph(), { compact: true, height: "360px", title: "Compact" }),
  );
  writeFileSync(join(OUT, "hostile.html"), await buildEmbedHtml(hostileGraph(), {}));
  writeFileSync(
    join(OUT, "host.html"),
    `<!doctype html><meta charset="utf-8"><title>host</title><h1>A report</h1><p>Some text before the graph.</p>` +
      `<iframe id="f1" src="compact.html" width="640" height="380" style="border:1px solid #ccc"></iframe>` +
      `<iframe id="f2" src="plain.html" width="1000" height="600"></iframe>`,
  );
  const seed = buildGraph(readFileSync(SEED_ARTICLE, "utf8"), { name: "article.txt" });
  writeFileSync(join(OUT, "seed.html"), await buildEmbedHtml(seed, {}));
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

describe("embed page", () => {
  it("is one file with the data inlined and no external reference", async () => {
    const html = await buildEmbedHtml(plainGraph(), { title: "T" });
    expect(html).not.toMatch(/<(script|link|img|iframe)[^>]+\b(src|href)=/i);
    // XML namespace names are identifiers, not requests
    expect(html.replace(/http:\/\/www\.w3\.org\/[\w/.]+/g, "")).not.toMatch(/https?:\/\//);
    expect(html).toMatch(/<newsgraph-view height="100vh"><script type="application\/json">\{/);
    expect(await buildEmbedHtml(plainGraph(), { title: "T" })).toBe(html); // deterministic
  });

  it("works from file:// with no network request: canvas drawn, search shows evidence", async () => {
    const page = await browser.newPage();
    await page.goto(url("plain.html"));
    await waitForViewer(page);
    const view = page.locator("newsgraph-view");
    expect(await colouredPixels(view)).toBeGreaterThan(200);
    // hovering a node highlights it (the viewer's state follows the pointer)
    const at = await view.evaluate((el) => {
      const v = (
        el as unknown as {
          viewer: {
            sigma: {
              getNodeDisplayData(k: string): { x: number; y: number };
              framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
              getContainer(): HTMLElement;
            };
          };
        }
      ).viewer;
      const p = v.sigma.framedGraphToViewport(v.sigma.getNodeDisplayData("geneva"));
      const box = v.sigma.getContainer().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    });
    await page.mouse.move(at.x, at.y);
    await expect
      .poll(() =>
        view.evaluate(
          (el) => (el as unknown as { viewer: { getState(): { hovered: string | null } } }).viewer.getState().hovered,
        ),
      )
      .toBe("geneva");

    await view.locator("input[type=search]").fill("Kell");
    await view.locator("li[role=option]", { hasText: "Tomas Keller" }).click();
    const evidence = view.locator(".ngv-panel .ngv-evidence li").first();
    await expect.poll(() => evidence.textContent()).toContain("Prime Minister Tomas Keller in Geneva on Monday.");
    expect(await view.locator(".ngv-panel .ngv-title").textContent()).toBe("Tomas Keller");
    // the article view is there, with highlighted mentions
    expect(await view.locator(".ngv-article mark").count()).toBeGreaterThan(5);
    expect(browser.network).toEqual([]);
    expect(browser.errors).toEqual([]);
    await page.close();
  });

  it("shows the seed article's graph within the size budget", async () => {
    const html = readFileSync(join(OUT, "seed.html"));
    const gzipped = gzipSync(html, { level: 9 }).length;
    console.log(`seed embed: ${(html.length / 1024).toFixed(1)} KB raw, ${(gzipped / 1024).toFixed(1)} KB gzipped`);
    expect(html.length).toBeLessThan(400 * 1024);
    const page = await browser.newPage();
    await page.goto(url("seed.html"));
    await waitForViewer(page);
    const view = page.locator("newsgraph-view");
    expect(await colouredPixels(view)).toBeGreaterThan(500);
    await view.locator("input[type=search]").fill("Putin");
    await view.locator("li[role=option]", { hasText: "Vladimir Putin" }).click();
    await expect.poll(() => view.locator(".ngv-panel .ngv-title").textContent()).toBe("Vladimir Putin");
    const sentences = await view.locator(".ngv-panel .ngv-evidence li").allTextContents();
    expect(sentences.length).toBeGreaterThan(3);
    expect(sentences.join(" ")).toContain(
      "Russian President Vladimir Putin will speak about the war in Ukraine on Tuesday",
    );
    // the page's Content-Security-Policy still lets the layout worker (a blob: worker) run
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
    expect(browser.network).toEqual([]);
    expect(browser.errors).toEqual([]);
    await page.close();
  });

  it("compact mode has no side panels and shows evidence in a popup", async () => {
    const page = await browser.newPage();
    await page.goto(url("compact.html"));
    await waitForViewer(page);
    const view = page.locator("newsgraph-view");
    expect((await view.boundingBox())!.height).toBe(360);
    expect(await view.locator(".ngv-panel").count()).toBe(0);
    expect(await view.locator(".ngv-article").count()).toBe(0);
    await view.locator("input[type=search]").fill("Geneva");
    await view.locator("li[role=option]", { hasText: "Geneva" }).first().click();
    await expect
      .poll(() => view.locator(".ngv-popup .ngv-evidence li").allTextContents())
      .toContain("President Anna Berg of Freedonia met Prime Minister Tomas Keller in Geneva on Monday.");
    await page.waitForTimeout(700); // the camera's move
    // the nodes are still drawn with the popup open, and the selected one sits clear of the popup
    expect(await colouredPixels(view)).toBeGreaterThan(100);
    const placed = await view.evaluate((el) => {
      const v = (el as unknown as { viewer: any }).viewer;
      const key = v.getState().selection.key;
      const p = v.sigma.framedGraphToViewport(v.sigma.getNodeDisplayData(key));
      const root = el.shadowRoot!;
      const canvas = root.querySelector(".ngv-sigma")!.getBoundingClientRect();
      const popup = root.querySelector(".ngv-popup")!.getBoundingClientRect();
      const x = canvas.left + p.x;
      const y = canvas.top + p.y;
      return {
        onCanvas: x > canvas.left && x < canvas.right && y > canvas.top && y < canvas.bottom,
        underPopup: y >= popup.top && x >= popup.left && x <= popup.right,
      };
    });
    expect(placed).toEqual({ onCanvas: true, underPopup: false });
    // no viewer style leaked into the host page: it lives in the shadow root
    expect(await page.evaluate(() => document.querySelectorAll("style[data-newsgraph-viewer-css]").length)).toBe(0);
    expect(await view.evaluate((el) => el.shadowRoot!.adoptedStyleSheets.length)).toBeGreaterThan(0);
    expect(browser.network).toEqual([]);
    await page.close();
  });

  it("works inside iframes of another local page", async () => {
    const page = await browser.newPage();
    await page.goto(url("host.html"));
    const frames = [page.frameLocator("#f1"), page.frameLocator("#f2")];
    for (const frame of frames) {
      const view = frame.locator("newsgraph-view");
      await expect.poll(() => view.evaluate((el) => !!(el as unknown as { viewer: unknown }).viewer)).toBe(true);
      expect(await colouredPixels(view)).toBeGreaterThan(100);
    }
    const view = frames[1]!.locator("newsgraph-view");
    await view.locator("input[type=search]").fill("Berg");
    await view.locator("li[role=option]", { hasText: "Anna Berg" }).click();
    await expect
      .poll(() => view.locator(".ngv-panel .ngv-evidence li").first().textContent())
      .toContain("President Anna Berg of Freedonia");
    expect(browser.network).toEqual([]);
    await page.close();
  });

  it("shows hostile names literally: no dialog, no injected element", async () => {
    const page = await browser.newPage();
    await page.goto(url("hostile.html"));
    await waitForViewer(page);
    const view = page.locator("newsgraph-view");
    expect(await page.title()).toBe(`Breaking: ${HOSTILE.script} & ${HOSTILE.img}`);
    const injected = await page.evaluate(() => {
      const roots: (Document | ShadowRoot)[] = [document];
      for (const el of document.querySelectorAll("*")) if (el.shadowRoot) roots.push(el.shadowRoot);
      return roots.flatMap((r) =>
        [...r.querySelectorAll("img, script:not([type]), b, i")].map((e) => e.outerHTML.slice(0, 60)),
      );
    });
    // the only classic script is the bundle itself
    expect(injected.filter((s) => !s.startsWith("<script>"))).toEqual([]);
    expect(injected).toHaveLength(1);

    await view.locator("input[type=search]").fill("alert");
    await view.locator("li[role=option]").first().waitFor();
    const options = await view.locator("li[role=option] .ngv-badge").allTextContents();
    expect(options).toEqual(expect.arrayContaining([HOSTILE.script, HOSTILE.img]));
    await view.locator("li[role=option]", { hasText: HOSTILE.script }).click();
    await expect.poll(() => view.locator(".ngv-panel .ngv-title").textContent()).toBe(HOSTILE.script);
    const article = (await view.locator(".ngv-article").textContent()) ?? "";
    for (const name of Object.values(HOSTILE)) expect(article).toContain(name);
    expect(await followsInLayout(page, ".ngv-article", HOSTILE.rtl, "praised")).toBe(true);
    expect(browser.dialogs).toEqual([]);
    expect(browser.network).toEqual([]);
    expect(browser.errors).toEqual([]);
    await page.close();
  });
});
