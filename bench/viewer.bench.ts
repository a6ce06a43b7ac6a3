// `npm run bench:viewer`: the app's viewer against bare sigma drawing the same
// generated graphs (400 nodes / 2k edges, 1k / 5k, 10k / 50k and 20k / 100k), in one Chromium run.
// For each: time from navigation to the first frame on screen, frame and render times while
// the camera zooms and pans, and hover and select latency with real pointer events
// (bench/interaction.ts). Prints medians and app/bare ratios. BENCH_BEFORE_APP=<built app dir>
// (`vite build` of an older commit) loads that app too, alternating with the others, for a
// before/after comparison in one run.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { build } from "vite";
import { graphToJSONText } from "../src/schema/model";
import { buildApp, launchBrowser, ROOT, serveDir } from "../tools/app-server";
import { generateGraph } from "../tools/graph-gen";
import { measureInteractions } from "./interaction";

// fewer camera frames on the big graph: in this software-GL Chromium one frame takes up to a second
const ALL_SIZES = [
  // at the hover settings' size (src/viewer/hover.ts): the largest graph whose hover fades the rest at once
  { name: "400/2k", key: "400", order: 400, size: 2_000, frames: 60 },
  { name: "1k/5k", key: "1k", order: 1_000, size: 5_000, frames: 60 },
  { name: "10k/50k", key: "10k", order: 10_000, size: 50_000, frames: 20 },
  { name: "20k/100k", key: "20k", order: 20_000, size: 100_000, frames: 10 },
];
// BENCH_SIZES=1k (comma-separated keys) to iterate on one size
const WANTED = process.env.BENCH_SIZES?.split(",").map((s) => s.trim());
const SIZES = WANTED ? ALL_SIZES.filter((s) => WANTED.includes(s.key)) : ALL_SIZES;
const REPEATS = Number(process.env.BENCH_REPEATS ?? 5);
const FRAMES = process.env.BENCH_FRAMES ? Number(process.env.BENCH_FRAMES) : undefined;
/** nodes hovered and clicked per page load */
const POINTS = Number(process.env.BENCH_POINTS ?? 5);
const BEFORE_APP = process.env.BENCH_BEFORE_APP;

type Variant = "app" | "bare" | "before";
const VARIANTS: Variant[] = BEFORE_APP ? ["app", "bare", "before"] : ["app", "bare"];
const METRICS = ["loadMs", "frameMs", "renderMs", "hoverMs", "selectMs"] as const;
type Run = Record<(typeof METRICS)[number], number>;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// In-page code as text: tsx would otherwise wrap its inner functions in a helper the page lacks.
// Zooms in and out while panning in a circle, one camera step per animation frame.
const CAMERA_SCRIPT = `async (frames) => {
  const sigma = (window.__newsgraph ?? window.__bench).sigma;
  const camera = sigma.getCamera();
  const renders = [];
  let started = 0;
  sigma.on("beforeRender", () => (started = performance.now()));
  sigma.on("afterRender", () => renders.push(performance.now() - started));
  const stamps = [];
  await new Promise((done) => {
    let i = 0;
    const step = (t) => {
      stamps.push(t);
      if (i >= frames) return done();
      const phase = (i / frames) * Math.PI * 2;
      camera.setState({ x: 0.5 + 0.2 * Math.cos(phase), y: 0.5 + 0.2 * Math.sin(phase), ratio: 0.35 + (0.6 * (1 + Math.cos(2 * phase))) / 2, angle: 0 });
      i++;
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
  const deltas = stamps.slice(1).map((t, i) => t - stamps[i]);
  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  return { frameMs: mean(deltas), renderMs: mean(renders) };
}`;

// Times the viewer's statistics (degree, PageRank, betweenness where computed, Louvain) from the
// call to the result, in the app's worker for these sizes, and the longest gap between animation
// frames meanwhile (the page must stay responsive).
const STATS_SCRIPT = `async () => {
  const viewer = window.__newsgraph.viewer;
  const ticks = [];
  let running = true;
  const tick = (t) => { ticks.push(performance.now()); if (running) requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
  const started = performance.now();
  const result = await viewer.computeStatistics();
  const done = performance.now();
  running = false;
  const inside = [started, ...ticks.filter((t) => t > started && t < done), done];
  const gaps = inside.slice(1).map((t, i) => t - inside[i]);
  return { statsMs: done - started, longestGapMs: Math.max(...gaps), communities: result.communities };
}`;

async function measureStatistics(page: Page, url: string): Promise<{ statsMs: number; longestGapMs: number }> {
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName("newsgraph:first-frame").length > 0, undefined, {
    timeout: 120_000,
  });
  return (await page.evaluate(`(${STATS_SCRIPT})()`)) as { statsMs: number; longestGapMs: number };
}

async function measure(page: Page, url: string, frames: number, isApp: boolean): Promise<Run> {
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName("newsgraph:first-frame").length > 0, undefined, {
    timeout: 120_000,
  });
  const loadMs = await page.evaluate(() => performance.getEntriesByName("newsgraph:first-frame")[0].startTime);
  const { frameMs, renderMs } = (await page.evaluate(`(${CAMERA_SCRIPT})(${frames})`)) as {
    frameMs: number;
    renderMs: number;
  };
  const { hoverMs, selectMs } = await measureInteractions(page, isApp, POINTS);
  return { loadMs, frameMs, renderMs, hoverMs: median(hoverMs), selectMs: median(selectMs) };
}

const work = mkdtempSync(join(tmpdir(), "newsgraph-bench-viewer-"));
try {
  process.stderr.write("building the app and the bare sigma page…\n");
  await buildApp(undefined, { build: { outDir: join(work, "app"), emptyOutDir: true } });
  await build({
    root: join(ROOT, "bench/pages"),
    configFile: false,
    base: "./",
    logLevel: "warn",
    build: {
      outDir: join(work, "bare"),
      emptyOutDir: true,
      target: "es2022",
      rollupOptions: { input: join(ROOT, "bench/pages/bare.html") },
    },
  });
  mkdirSync(join(work, "graphs"));
  for (const s of SIZES)
    writeFileSync(join(work, "graphs", `${s.order}.json`), graphToJSONText(generateGraph(s.order, s.size, 7)));

  if (BEFORE_APP) cpSync(BEFORE_APP, join(work, "before"), { recursive: true });

  const server = await serveDir(work);
  const urlFor = (variant: Variant, order: number) =>
    variant === "bare"
      ? `${server.url}bare/bare.html?graph=../graphs/${order}.json`
      : `${server.url}${variant}/index.html?graph=../graphs/${order}.json`;
  const browser = await launchBrowser();
  const rows: string[][] = [];
  const statsRows: string[][] = [];
  try {
    for (const s of SIZES) {
      const runs: Record<Variant, Run[]> = { app: [], bare: [], before: [] };
      // one uncounted warm-up each: the HTTP cache and Chromium's shader cache start cold
      for (const variant of VARIANTS) {
        const page = await browser.newPage({ width: 1280, height: 800 });
        await measure(page, urlFor(variant, s.order), FRAMES ?? s.frames, variant !== "bare");
        await page.close();
      }
      for (let r = 0; r < REPEATS; r++) {
        // rotate the order so no side always runs on a warmer machine
        const order = VARIANTS.map((_, i) => VARIANTS[(i + r) % VARIANTS.length]);
        for (const variant of order) {
          const page = await browser.newPage({ width: 1280, height: 800 });
          runs[variant].push(await measure(page, urlFor(variant, s.order), FRAMES ?? s.frames, variant !== "bare"));
          await page.close();
          process.stderr.write(".");
        }
      }
      // the statistics, in the app only (bare sigma has none)
      const stats: Array<{ statsMs: number; longestGapMs: number }> = [];
      for (let r = 0; r < Math.min(REPEATS, 3); r++) {
        const page = await browser.newPage({ width: 1280, height: 800 });
        stats.push(await measureStatistics(page, urlFor("app", s.order)));
        await page.close();
        process.stderr.write(".");
      }
      statsRows.push([
        s.name,
        median(stats.map((x) => x.statsMs)).toFixed(0),
        median(stats.map((x) => x.longestGapMs)).toFixed(0),
      ]);
      const m = (v: Variant, k: keyof Run) => median(runs[v].map((x) => x[k]));
      for (const k of METRICS) {
        const row = [
          s.name,
          k,
          m("app", k).toFixed(1),
          m("bare", k).toFixed(1),
          `${(m("app", k) / m("bare", k)).toFixed(2)}×`,
        ];
        if (BEFORE_APP) row.push(m("before", k).toFixed(1), `${(m("before", k) / m("bare", k)).toFixed(2)}×`);
        rows.push(row);
      }
    }
  } finally {
    // a crashed browser must not hide the error that crashed it
    await browser.close().catch(() => undefined);
    await server.close();
  }
  const header = ["graph", "metric", "app ms", "bare sigma ms", "app / bare"];
  if (BEFORE_APP) header.push("before ms", "before / bare");
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  const frameNote = SIZES.map((s) => `${FRAMES ?? s.frames} on ${s.name}`).join(", ");
  console.log(
    `\nviewer benchmark: median of ${REPEATS} runs, camera frames ${frameNote} , ${POINTS} nodes hovered and clicked per load (goal: app within 1.1× of bare sigma)\n`,
  );
  console.log(line(header));
  for (const r of rows) console.log(line(r));
  console.log(
    "\nloadMs: navigation start to the first frame on screen; frameMs: mean interval between frames while the camera moves;",
  );
  console.log("renderMs: mean CPU time of one sigma render (beforeRender to afterRender);");
  console.log(
    "hoverMs / selectMs: pointer moved onto a node / click on it, to the end of the first frame showing the hover (app: the",
  );
  console.log(
    "neighbourhood lit, up to 2k edges the rest faded; bare: sigma's hover layer) / the selection (app: drawn and the details",
  );
  console.log("panel filled; bare: a reducer's highlight).");
  const statsHeader = ["graph", "statistics ms", "longest frame gap ms"];
  const statsWidths = statsHeader.map((h, i) => Math.max(h.length, ...statsRows.map((r) => r[i].length)));
  const statsLine = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(statsWidths[i]) : c.padStart(statsWidths[i]))).join("  ");
  console.log(
    `\nstatistics in the app (its worker), median of ${Math.min(REPEATS, 3)} runs: call to result, and the longest gap between frames meanwhile\n`,
  );
  console.log(statsLine(statsHeader));
  for (const r of statsRows) console.log(statsLine(r));
} finally {
  rmSync(work, { recursive: true, force: true });
}
