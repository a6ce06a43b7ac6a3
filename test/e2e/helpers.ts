// Shared harness for the browser tests: build the real app with vite (tools/app-server.ts), serve
// dist/ from a tiny static server, and drive Debian's Chromium with playwright-core.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll } from "vitest";
import { buildApp, launchBrowser, ROOT, serveDir, type Browser, type StaticServer } from "../../tools/app-server";

export { buildApp, launchBrowser, ROOT, SEED_FIXTURE, serveDir } from "../../tools/app-server";
export type { Browser, StaticServer } from "../../tools/app-server";
export const FIXTURES = join(ROOT, "test/e2e/fixtures");
export const ARTIFACTS = join(ROOT, "test-artifacts");

export { CHROMIUM_ARGS } from "../helpers/browser";

/** Builds one page of test/e2e/pages (and what it imports) into a fresh temporary folder, returned. */
export async function buildTestPage(html: string, build_: { assetsInlineLimit?: number } = {}): Promise<string> {
  const dist = mkdtempSync(join(tmpdir(), "newsgraph-e2e-page-"));
  await build({
    root: join(ROOT, "test/e2e/pages"),
    configFile: false,
    base: "./",
    logLevel: "warn",
    build: {
      outDir: dist,
      emptyOutDir: true,
      target: "es2022",
      ...build_,
      rollupOptions: { input: join(ROOT, "test/e2e/pages", html) },
    },
  });
  return dist;
}

/** Waits until the app has mounted a graph and sigma has drawn at least once. */
export async function waitForGraph(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const ng = (window as unknown as { __newsgraph?: { sigma: unknown; graph: { order: number } | null } }).__newsgraph;
    return !!ng?.sigma && !!ng.graph && ng.graph.order > 0;
  });
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
}

/** The app's debug handle, read in the page. */
export interface DebugState {
  selection: { kind: string; key: string } | null;
  hiddenTypes: string[];
  hiddenKinds: string[];
  minMentions: number;
}

export function readState(page: Page): Promise<DebugState> {
  return page.evaluate(() => {
    const s = (window as unknown as { __newsgraph: { state: DebugState } }).__newsgraph.state;
    return JSON.parse(JSON.stringify(s)) as DebugState;
  });
}

/**
 * Counts pixels of a screenshot region that differ from the background, by decoding
 * the PNG in the page itself (no image library needed in Node).
 */
export async function countInkPixels(page: Page, png: Buffer, background = [255, 255, 255]): Promise<number> {
  return page.evaluate(
    async ({ b64, bg }) => {
      const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext("2d")!;
      ctx.drawImage(bitmap, 0, 0);
      const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      let n = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (Math.abs(data[i] - bg[0]) + Math.abs(data[i + 1] - bg[1]) + Math.abs(data[i + 2] - bg[2]) > 30) n++;
      }
      return n;
    },
    { b64: png.toString("base64"), bg: background },
  );
}

/** The built app, served, with a browser on it: set up before a file's tests, torn down after. */
export interface ServedApp {
  dist: string;
  server: StaticServer;
  browser: Browser & { errors: string[] };
}

/** Registers the build/serve/launch hooks of a browser test file; `prepare` may add files to dist/ before serving. */
export function serveBuiltApp(prepare?: (dist: string) => void): ServedApp {
  const app = {} as ServedApp;
  beforeAll(async () => {
    app.dist = await buildApp();
    prepare?.(app.dist);
    app.server = await serveDir(app.dist);
    app.browser = await launchBrowser();
  });
  afterAll(async () => {
    await app.browser?.close();
    await app.server?.close();
    if (app.dist) rmSync(app.dist, { recursive: true, force: true });
  });
  return app;
}
