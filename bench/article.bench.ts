// `npx tsx bench/article.bench.ts`: the viewer on a 52 MB article (test/helpers/large-article.ts)
// with the article panel as it is now and as it was at BENCH_BASE (default: the commit before the
// panel was cut into chunks), side by side in one Chromium run, alternating. For each: the mount
// (mountViewer's call), navigation to the first frame after it, the main thread's long tasks
// (their total beyond 50 ms each: total blocking time) and the marks and elements in the DOM;
// and the viewer without its article panel ("none"), the floor both are measured against.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { build, type Plugin } from "vite";
import { launchBrowser, ROOT, serveDir } from "../tools/app-server";

const BASE = process.env.BENCH_BASE ?? "1140da9";
const CHARS = Number(process.env.BENCH_CHARS ?? 52_000_000);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);
// the files of the panel, its mention spans and its styles: the old build takes them from BASE
const PANEL_FILES = ["src/viewer/article.ts", "src/spans/mentions.ts", "src/viewer/styles.ts"];

interface Run {
  mountMs: number;
  firstFrameMs: number;
  blockingMs: number;
  longestTaskMs: number;
  marks: number;
  elements: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Serves PANEL_FILES as they were at `rev`. */
function panelAt(rev: string): Plugin {
  const sources = new Map(
    PANEL_FILES.map((f) => [
      join(ROOT, f),
      execFileSync("git", ["show", `${rev}:${f}`], { cwd: ROOT, encoding: "utf8" }),
    ]),
  );
  return { name: "panel-at-base", enforce: "pre", load: (id) => sources.get(id.split("?")[0]) };
}

async function buildPage(outDir: string, plugins: Plugin[]): Promise<void> {
  await build({
    root: join(ROOT, "test/e2e/pages"),
    configFile: false,
    base: "./",
    logLevel: "warn",
    plugins,
    build: {
      outDir,
      emptyOutDir: true,
      target: "es2022",
      rollupOptions: { input: join(ROOT, "test/e2e/pages/large-article.html") },
    },
  });
}

// long tasks, from the navigation on
const OBSERVE_LONG_TASKS = `window.__longTasks = [];
new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration)))
  .observe({ type: "longtask", buffered: true });`;

async function measure(page: Page, url: string): Promise<Run> {
  await page.addInitScript(OBSERVE_LONG_TASKS);
  await page.goto(url, { timeout: 300_000 });
  await page.waitForFunction(() => "firstFrameAt" in window, undefined, { timeout: 300_000, polling: 500 });
  // a second of quiet for the long tasks after the first frame (IntersectionObserver's renders)
  await page.waitForTimeout(1_000);
  return page.evaluate(() => {
    const w = window as unknown as Record<string, number> & { __longTasks: number[] };
    return {
      mountMs: w.mounted - w.mountStarted,
      firstFrameMs: w.firstFrameAt,
      blockingMs: w.__longTasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
      longestTaskMs: Math.max(0, ...w.__longTasks),
      marks: document.querySelectorAll(".ngv-article mark").length,
      elements: document.querySelectorAll("*").length,
    };
  });
}

const work = mkdtempSync(join(tmpdir(), "newsgraph-bench-article-"));
try {
  process.stderr.write(`building the page twice: the panel now, and at ${BASE}…\n`);
  await buildPage(join(work, "new"), []);
  await buildPage(join(work, "old"), [panelAt(BASE)]);
  const server = await serveDir(work);
  const browser = await launchBrowser();
  const variants = ["new", "old", "none"] as const;
  const runs: Record<(typeof variants)[number], Run[]> = { new: [], old: [], none: [] };
  const urlOf = (variant: (typeof variants)[number]) =>
    variant === "none"
      ? `${server.url}new/large-article.html?chars=${CHARS}&article=0`
      : `${server.url}${variant}/large-article.html?chars=${CHARS}`;
  try {
    for (let r = 0; r < REPEATS; r++) {
      // rotate the order so no variant always runs on a warmer (or busier) machine
      for (const variant of [...variants.slice(r % 3), ...variants.slice(0, r % 3)]) {
        const page = await browser.newPage({ width: 1280, height: 800 });
        const run = await measure(page, urlOf(variant));
        runs[variant].push(run);
        await page.close();
        process.stderr.write(`${variant}: ${JSON.stringify(run)}\n`);
      }
    }
  } finally {
    await browser.close().catch(() => undefined);
    await server.close();
  }
  const keys = ["mountMs", "firstFrameMs", "blockingMs", "longestTaskMs", "marks", "elements"] as const;
  console.log(`\narticle panel, ${(CHARS / 1e6).toFixed(0)} MB article, median of ${REPEATS} runs each\n`);
  console.log(["", ...keys].map((k) => k.padStart(14)).join(""));
  for (const variant of ["old", "new", "none"] as const)
    console.log(
      [variant, ...keys.map((k) => median(runs[variant].map((x) => x[k])).toFixed(0))]
        .map((c) => c.padStart(14))
        .join(""),
    );
  console.log(
    "\nmountMs: mountViewer's call; firstFrameMs: navigation to the first frame after the mount (includes making the " +
      "graph in the page); blockingMs: the long tasks' time beyond 50 ms each, from navigation to a second after that frame.",
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
