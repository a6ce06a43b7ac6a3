// Shared harness for the browser tests: build the real app with vite, serve
// dist/ from a tiny static server, and drive Debian's Chromium with playwright-core.
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { build, type InlineConfig } from "vite";
import { afterAll, beforeAll } from "vitest";
import { launchChromium } from "../helpers/browser";

export const ROOT = resolve(import.meta.dirname, "../..");
export const FIXTURES = join(ROOT, "test/e2e/fixtures");
export const SEED_FIXTURE = join(FIXTURES, "seed-graph.json");
export const ARTIFACTS = join(ROOT, "test-artifacts");

export { CHROMIUM_ARGS } from "../helpers/browser";

/** Builds the app (index.html) into a fresh temp dir with the given seed graph. */
export async function buildApp(seedGraph = SEED_FIXTURE, extra: InlineConfig = {}): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), "newsgraph-e2e-dist-"));
  const previous = process.env.NEWSGRAPH_SEED_GRAPH;
  process.env.NEWSGRAPH_SEED_GRAPH = seedGraph;
  try {
    await build({
      root: ROOT,
      configFile: join(ROOT, "vite.config.ts"),
      logLevel: "warn",
      build: { outDir, emptyOutDir: true },
      ...extra,
    });
  } finally {
    if (previous === undefined) delete process.env.NEWSGRAPH_SEED_GRAPH;
    else process.env.NEWSGRAPH_SEED_GRAPH = previous;
  }
  return outDir;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
};

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

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves a directory on 127.0.0.1 at a random port: just enough of a static server. */
export async function serveDir(dir: string): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, "index.html");
      const body = readFileSync(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

export interface Browser {
  context: BrowserContext;
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

/** Chromium with a fresh profile; pages collect uncaught errors into `errors`. */
export async function launchBrowser(): Promise<Browser & { errors: string[] }> {
  const { context, close } = await launchChromium({ profilePrefix: "newsgraph-e2e-profile-", acceptDownloads: true });
  const errors: string[] = [];
  return {
    context,
    errors,
    close,
    async newPage(viewport = { width: 1280, height: 800 }) {
      const page = await context.newPage();
      await page.setViewportSize(viewport);
      // a background tab gets no animation frames, which sigma and image export wait for
      await page.bringToFront();
      page.on("pageerror", (e) => errors.push(e.message));
      return page;
    },
  };
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
