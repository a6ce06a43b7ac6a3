// <newsgraph-view> as ONE ES module on a page hosting several graphs, served over HTTP
// (the way a site would host it): each instance has its own sigma and state.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer, type Server } from "node:http";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import { viewElementHtml, writeWebComponent } from "../../src/embed/index";
import { graphToJSONText } from "../../src/schema/model";
import { hostileGraph, plainGraph } from "./fixture";
import { colouredPixels, launch, waitForViewer, type Browser } from "./browser";

const OUT = resolve("test-artifacts/component");
const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".json": "application/json" };
let server: Server;
let origin = "";
let browser: Browser;

interface ViewEl extends HTMLElement {
  viewer: { getState(): { selection: unknown }; sigma: unknown } | null;
}

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  await writeWebComponent(join(OUT, "newsgraph-view.js"));
  writeFileSync(join(OUT, "a.json"), graphToJSONText(plainGraph()));
  writeFileSync(
    join(OUT, "page.html"),
    `<!doctype html><meta charset="utf-8"><title>two graphs</title>
<script type="module" src="newsgraph-view.js"></script>
<h1>Two graphs</h1>
<newsgraph-view id="a" src="a.json" height="420"></newsgraph-view>
<p>Between the graphs.</p>
${viewElementHtml(hostileGraph(), { compact: true, height: "300px" }).replace("<newsgraph-view", '<newsgraph-view id="b"')}
<div id="tab" hidden><newsgraph-view id="c" src="a.json" height="200"></newsgraph-view></div>
<newsgraph-view id="bad" src="missing.json" height="120"></newsgraph-view>`,
  );
  server = createServer((req, res) => {
    try {
      const path = join(OUT, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
      const body = readFileSync(path);
      res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launch({ allowHttp: (u) => u.startsWith(origin + "/") });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
});

describe("<newsgraph-view> web component", () => {
  it("hosts two independent graphs on one page, from src and from inline data", async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/page.html`);
    await waitForViewer(page, "#a, #b");
    const a = page.locator("#a");
    const b = page.locator("#b");
    expect(await colouredPixels(a)).toBeGreaterThan(200);
    expect(await colouredPixels(b)).toBeGreaterThan(100);
    expect(
      await page.evaluate(
        () =>
          (document.getElementById("a") as unknown as ViewEl).viewer!.sigma !==
          (document.getElementById("b") as unknown as ViewEl).viewer!.sigma,
      ),
    ).toBe(true);

    await a.locator("input[type=search]").fill("United");
    await a.locator("li[role=option]", { hasText: "United Nations" }).click();
    await expect.poll(() => a.locator(".ngv-panel .ngv-title").textContent()).toBe("United Nations");
    const selections = await page.evaluate(() =>
      ["a", "b"].map((id) => (document.getElementById(id) as unknown as ViewEl).viewer!.getState().selection),
    );
    expect(selections).toEqual([{ kind: "node", key: "united-nations" }, null]);
    expect(await b.locator("input[type=search]").inputValue()).toBe("");
    expect(await b.locator(".ngv-popup").isHidden()).toBe(true);
    // heights come from the attribute (a bare number means pixels)
    expect((await a.boundingBox())!.height).toBe(420);
    expect((await b.boundingBox())!.height).toBe(300);
    expect(browser.dialogs).toEqual([]);
    await page.close();
  });

  it("draws once a graph mounted while hidden is shown", async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/page.html`);
    await waitForViewer(page, "#c");
    await page.evaluate(() => dispatchEvent(new Event("resize")));
    await page.evaluate(() => (document.getElementById("tab")!.hidden = false));
    await expect.poll(() => colouredPixels(page.locator("#c"))).toBeGreaterThan(100);
    expect(browser.errors).toEqual([]);
    await page.close();
  });

  it("shows a readable error when the data cannot be loaded", async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/page.html`);
    const bad = page.locator("#bad .ngx-error");
    await expect.poll(() => bad.textContent()).toContain("missing.json: HTTP 404");
    await page.close();
  });

  it("works from file:// with a plain <script src>, its styles only in its shadow root", async () => {
    writeFileSync(
      join(OUT, "file-page.html"),
      `<!doctype html><meta charset="utf-8"><title>from a file</title>
<script src="newsgraph-view.js"></script>
<p class="host">Host text.</p>
${viewElementHtml(plainGraph(), { height: "360px" }).replace("<newsgraph-view", '<newsgraph-view id="f"')}`,
    );
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(OUT, "file-page.html")).href);
    await waitForViewer(page, "#f");
    const f = page.locator("#f");
    expect(await colouredPixels(f)).toBeGreaterThan(100);
    const styles = await page.evaluate(() => ({
      head: document.head.querySelectorAll("style").length,
      document: document.adoptedStyleSheets.length,
      shadow: document.getElementById("f")!.shadowRoot!.adoptedStyleSheets.length,
      shadowStyleTags: document.getElementById("f")!.shadowRoot!.querySelectorAll("style").length,
      hostFont: getComputedStyle(document.querySelector(".host")!).fontFamily,
    }));
    expect(styles).toMatchObject({ head: 0, document: 0, shadowStyleTags: 0 });
    expect(styles.shadow).toBeGreaterThanOrEqual(2);
    expect(browser.network).toEqual([]);
    expect(browser.errors).toEqual([]);
    await page.close();
  });

  it("re-mounts when the compact attribute changes", async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/page.html`);
    await waitForViewer(page, "#a");
    const a = page.locator("#a");
    expect(await a.locator(".ngv-panel").count()).toBe(1);
    await page.evaluate(() => document.getElementById("a")!.setAttribute("compact", ""));
    await expect.poll(() => a.locator(".ngv-compact").count()).toBe(1);
    expect(await a.locator(".ngv-panel").count()).toBe(0);
    expect(browser.errors).toEqual([]);
    await page.close();
  });
});
