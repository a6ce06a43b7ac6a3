// Hover on a large graph in real Chromium, with playwright's mouse: the hovered node and its
// neighbours are drawn on sigma's hover layer without a render of the whole WebGL scene, leaving
// clears them, and a click still fades the rest of the graph (src/viewer/hover.ts).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { generateGraph } from "../../tools/graph-gen";
import { CANVAS_PALETTES } from "../../src/appearance/appearance";
import { graphToJSONText } from "../../src/schema/model";
import { DEFAULT_HOVER_SETTINGS } from "../../src/viewer/hover";
import { serveBuiltApp, waitForGraph } from "./helpers";

/** well above the size whose hover fades the rest */
const LARGE = { order: 1500, size: 6000 };
const FADED = CANVAS_PALETTES.light.faded;

const app = serveBuiltApp((dist) =>
  writeFileSync(join(dist, "large.json"), graphToJSONText(generateGraph(LARGE.order, LARGE.size, 11))),
);

interface Target {
  key: string;
  /** page coordinates of the node's centre */
  x: number;
  y: number;
  /** its visible neighbours' centres on the stage (canvas coordinates) */
  neighbours: Array<{ key: string; x: number; y: number }>;
}

// In-page code as text (tsx would wrap inner functions in a helper the page lacks). Counts sigma's
// full renders and its hover-layer passes, and finds a node with a few neighbours well inside the
// stage, found by sigma's picking at its centre, plus a spot over no node.
const INSTALL = `() => {
  const { sigma } = window.__newsgraph;
  const counts = { renders: 0, hoverPasses: 0 };
  window.__counts = counts;
  sigma.on("afterRender", () => counts.renders++);
  const pass = sigma.renderHighlightedNodes;
  sigma.renderHighlightedNodes = function () { counts.hoverPasses++; return pass.call(this); };
  const box = sigma.getContainer().getBoundingClientRect();
  const inside = (p) => p.x > 60 && p.y > 60 && p.x < box.width - 60 && p.y < box.height - 60;
  const free = (p) => { const el = document.elementFromPoint(box.left + p.x, box.top + p.y); return el && sigma.getContainer().contains(el); };
  let target = null;
  const graph = sigma.getGraph();
  for (const key of graph.nodes()) {
    const p = sigma.framedGraphToViewport(sigma.getNodeDisplayData(key));
    const at = { x: Math.round(p.x), y: Math.round(p.y) };
    if (!inside(at) || !free(at) || sigma.getNodeAtPosition(at) !== key) continue;
    const neighbours = graph.neighbors(key).map((n) => ({ key: n, ...sigma.framedGraphToViewport(sigma.getNodeDisplayData(n)) }));
    if (neighbours.length < 3 || !neighbours.every(inside)) continue;
    target = { key, x: box.left + at.x, y: box.top + at.y, neighbours };
    break;
  }
  let away = null;
  for (let y = 20; y < box.height && !away; y += 13)
    for (let x = 20; x < box.width && !away; x += 13)
      if (free({ x, y }) && sigma.getNodeAtPosition({ x, y }) === null) away = { x: box.left + x, y: box.top + y };
  return { target, away };
}`;

/** Two frames and a pause: whatever the last input scheduled has been drawn. */
const settle = (page: Page) =>
  page.evaluate(
    () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, 50)))),
  );

const counts = (page: Page) =>
  page.evaluate(() => ({ ...(window as any).__counts }) as { renders: number; hoverPasses: number });

/** Which nodes sigma's display data has highlighted, and how many are drawn faded. */
const displayed = (page: Page, faded: string) =>
  page.evaluate((fadedColor) => {
    const { graph, sigma } = (window as any).__newsgraph;
    const highlighted: string[] = [];
    let fadedCount = 0;
    graph.forEachNode((n: string) => {
      const d = sigma.getNodeDisplayData(n);
      if (d.highlighted) highlighted.push(n);
      if (d.color === fadedColor) fadedCount++;
    });
    return { highlighted: highlighted.sort(), faded: fadedCount };
  }, faded);

/** Alpha of sigma's hover canvas at these stage points (its 2D layer: boxes, halos, labels). */
const hoverInk = (page: Page, points: Array<{ x: number; y: number }>) =>
  page.evaluate((ps) => {
    const canvas = (window as any).__newsgraph.sigma.getCanvases().hovers as HTMLCanvasElement;
    const context = canvas.getContext("2d")!;
    const ratio = canvas.width / canvas.getBoundingClientRect().width;
    const all = context.getImageData(0, 0, canvas.width, canvas.height).data;
    let total = 0;
    for (let i = 3; i < all.length; i += 4) if (all[i] > 0) total++;
    const at = ps.map((p) => context.getImageData(Math.round(p.x * ratio), Math.round(p.y * ratio), 1, 1).data[3]);
    return { total, at };
  }, points);

async function openLarge(): Promise<{ page: Page; target: Target; away: { x: number; y: number } }> {
  const page = await app.browser.newPage({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto(`${app.server.url}?graph=large.json`);
  await waitForGraph(page);
  await settle(page);
  const { target, away } = (await page.evaluate(`(${INSTALL})()`)) as { target: Target | null; away: Target | null };
  if (!target || !away) throw new Error("no node to hover or no empty spot on the stage");
  await page.mouse.move(away.x, away.y);
  await settle(page);
  return { page, target, away };
}

describe("hover on a large graph", () => {
  it("lights the node and its neighbours on the hover layer, and leaving clears them", async () => {
    // above the size whose hover fades the rest
    expect(LARGE.size).toBeGreaterThan(DEFAULT_HOVER_SETTINGS.fadeMaxEdges);
    const { page, target, away } = await openLarge();
    const expected = [target.key, ...target.neighbours.map((n) => n.key)].sort();
    await page.mouse.move(target.x, target.y);
    await settle(page);
    expect(await page.evaluate(() => (window as any).__newsgraph.state.hovered)).toBe(target.key);
    const lit = await displayed(page, FADED);
    expect([...new Set(lit.highlighted)]).toEqual([...new Set(expected)]);
    // the rest keeps its colours: a hover lights, it does not fade
    expect(lit.faded).toBe(0);
    // every neighbour has its halo on the hover canvas
    const ink = await hoverInk(page, target.neighbours);
    expect(ink.at.every((alpha) => alpha > 0)).toBe(true);
    expect(ink.total).toBeGreaterThan(0);

    await page.mouse.move(away.x, away.y);
    await settle(page);
    expect(await page.evaluate(() => (window as any).__newsgraph.state.hovered)).toBeNull();
    expect((await displayed(page, FADED)).highlighted).toEqual([]);
    expect((await hoverInk(page, [])).total).toBe(0);
    await page.close();
  });

  it("draws the hover layer alone, no full render, on entering and leaving", async () => {
    const { page, target, away } = await openLarge();
    const before = await counts(page);
    await page.mouse.move(target.x, target.y);
    await settle(page);
    const hovered = await counts(page);
    expect(hovered.renders - before.renders).toBe(0);
    expect(hovered.hoverPasses - before.hoverPasses).toBeGreaterThan(0);
    await page.mouse.move(away.x, away.y);
    await settle(page);
    const left = await counts(page);
    expect(left.renders - hovered.renders).toBe(0);
    expect(left.hoverPasses - hovered.hoverPasses).toBeGreaterThan(0);
    await page.close();
  });

  it("a click after the hover still fades the rest and selects the node", async () => {
    const { page, target } = await openLarge();
    await page.mouse.move(target.x, target.y);
    await settle(page);
    const hovered = await displayed(page, FADED);
    expect(hovered.faded).toBe(0);
    await page.mouse.down();
    await page.mouse.up();
    await settle(page);
    expect(await page.evaluate(() => (window as any).__newsgraph.state.selection)).toEqual({
      kind: "node",
      key: target.key,
    });
    const selected = await displayed(page, FADED);
    // all but the node and its neighbours faded (they stay lit while the pointer is on it)
    const neighbourhood = new Set([target.key, ...target.neighbours.map((n) => n.key)]);
    expect(selected.faded).toBe(LARGE.order - neighbourhood.size);
    await page.close();
  });

  it("while a node is selected, a hovered node's faded neighbours are lit in their own colours", async () => {
    const { page, target } = await openLarge();
    // select a node far from the target, so the target's neighbourhood is faded
    const other = await page.evaluate((t) => {
      const { graph } = (window as any).__newsgraph;
      const near = new Set([t, ...graph.neighbors(t)]);
      return graph.findNode((n: string) => !near.has(n) && graph.neighbors(n).every((m: string) => !near.has(m)));
    }, target.key);
    const camera = await page.evaluate(() => (window as any).__newsgraph.sigma.getCamera().getState());
    await page.evaluate((k) => (window as any).__newsgraph.viewer.select(k), other);
    // the camera goes to the selection: put it back where the target was found
    await page.waitForTimeout(1000);
    await page.evaluate((c) => (window as any).__newsgraph.sigma.getCamera().setState(c), camera);
    await settle(page);
    await page.mouse.move(target.x, target.y);
    await settle(page);
    const colours = await page.evaluate(
      ({ keys, faded }) => {
        const { sigma } = (window as any).__newsgraph;
        return keys.map((k: string) => {
          const d = sigma.getNodeDisplayData(k);
          return { highlighted: !!d.highlighted, faded: d.color === faded, label: !!d.label };
        });
      },
      { keys: [target.key, ...target.neighbours.map((n) => n.key)], faded: FADED },
    );
    expect(colours.every((c) => c.highlighted && !c.faded && c.label)).toBe(true);
    await page.close();
  });
});
