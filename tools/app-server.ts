// Building the app and serving it to Chromium: shared by the browser tests (test/e2e) and the
// benchmarks (bench/), which must not import each other's folders.
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { build, type InlineConfig } from "vite";
import { launchChromium } from "./browser";

export const ROOT = resolve(import.meta.dirname, "..");
/** The hand-checked seed graph the app opens by default in tests and benchmarks. */
export const SEED_FIXTURE = join(ROOT, "test/e2e/fixtures/seed-graph.json");

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
