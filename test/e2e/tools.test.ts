// Gephi Lite's reading tools in the app, in real Chromium: the data table (sort, filter, click
// to select), statistics (graphology-metrics, Louvain) as columns and appearance inputs with the
// legend explaining the mapping, topological filters, and shift-click multi-select actions.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { ARTIFACTS, readState, serveBuiltApp, waitForGraph } from "./helpers";

const app = serveBuiltApp();

async function open(): Promise<Page> {
  const page = await app.browser.newPage({ width: 1440, height: 900 });
  await page.goto(app.server.url);
  await waitForGraph(page);
  return page;
}

/** Keys of the nodes sigma draws (not hidden). */
const shownNodes = (page: Page) =>
  page.evaluate(() => {
    const { graph, sigma } = (window as any).__newsgraph;
    return (graph.nodes() as string[]).filter((k) => !sigma.getNodeDisplayData(k).hidden).sort();
  });

const column = (page: Page, id: string) =>
  page.evaluate((col) => {
    const table = document.querySelector(".ngv-data table")!;
    const index = [...table.querySelectorAll("th")].findIndex((th) => th.getAttribute("data-column") === col);
    return [...table.querySelectorAll("tbody tr")].map((tr) => tr.children[index].textContent!);
  }, id);

describe("data table", () => {
  it("lists every node, sorts by a column both ways, filters, and selects on click", async () => {
    const page = await open();
    await page.getByRole("tab", { name: "Data" }).click();
    const order = await page.evaluate(() => (window as any).__newsgraph.graph.order as number);
    await expect.poll(() => page.locator(".ngv-data tbody tr").count()).toBe(order);
    const header = page.locator(".ngv-data th[data-column=degree] button");
    await header.click();
    expect(await page.locator(".ngv-data th[data-column=degree]").getAttribute("aria-sort")).toBe("descending");
    const down = (await column(page, "degree")).map(Number);
    expect(down).toEqual([...down].sort((a, b) => b - a));
    const degrees = await page.evaluate(() => {
      const g = (window as any).__newsgraph.graph;
      return (g.nodes() as string[]).map((k) => g.degree(k) as number);
    });
    expect(down[0]).toBe(Math.max(...degrees));
    await header.click();
    const up = (await column(page, "degree")).map(Number);
    expect(up).toEqual([...up].sort((a, b) => a - b));
    // by label, alphabetically
    await page.locator(".ngv-data th[data-column=label] button").click();
    const labels = await column(page, "label");
    expect(labels).toEqual([...labels].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    // filter, then click a row
    await page.getByRole("searchbox", { name: "Filter rows" }).fill("putin");
    const rows = page.locator(".ngv-data tbody tr");
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    for (const text of await rows.allTextContents()) expect(text.toLowerCase()).toContain("putin");
    await page.screenshot({ path: join(ARTIFACTS, "app-data-table.png") });
    const key = await rows.first().getAttribute("data-node");
    await rows.first().click();
    expect((await readState(page)).selection).toEqual({ kind: "node", key });
    await expect.poll(() => page.getByRole("tab", { name: "Details" }).getAttribute("aria-selected")).toBe("true");
    // the edges table
    await page.getByRole("tab", { name: "Data" }).click();
    await page.locator("[data-table=edges]").click();
    await page.getByRole("searchbox", { name: "Filter rows" }).fill("");
    const size = await page.evaluate(() => (window as any).__newsgraph.graph.size as number);
    await expect.poll(() => rows.count()).toBe(Math.min(size, 300));
    await page.close();
  });
});

describe("statistics and appearance", () => {
  it("computes statistics as table columns, colours by Louvain community with a legend, sizes by PageRank", async () => {
    const page = await open();
    await page.getByRole("tab", { name: "Tools" }).click();
    await page.locator("[data-tool=statistics]").click();
    await expect.poll(() => page.locator(".ngv-tools .ngv-tool-note").first().textContent()).toContain("communities");
    await page.getByRole("tab", { name: "Data" }).click();
    for (const c of ["pagerank", "betweenness", "community"])
      expect(await page.locator(`.ngv-data th[data-column=${c}]`).count()).toBe(1);
    const pagerank = (await column(page, "pagerank")).map(Number);
    expect(pagerank.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 1);

    await page.getByRole("tab", { name: "Tools" }).click();
    await page.locator("[data-tool=color-by]").selectOption("community");
    const coloured = await page.evaluate(() => {
      const { graph, sigma, viewer } = (window as any).__newsgraph;
      const stats = viewer.statistics();
      const byCommunity = new Map<number, Set<string>>();
      for (const k of graph.nodes() as string[]) {
        const c = stats.nodes.get(k).community;
        if (!byCommunity.has(c)) byCommunity.set(c, new Set());
        byCommunity.get(c)!.add(sigma.getNodeDisplayData(k).color);
      }
      const perCommunity = [...byCommunity.values()].map((s) => s.size);
      const distinct = new Set(graph.nodes().map((k: string) => sigma.getNodeDisplayData(k).color)).size;
      return { perCommunity, distinct, communities: stats.communities };
    });
    expect(coloured.communities).toBeGreaterThan(1);
    expect(coloured.perCommunity.every((n: number) => n === 1)).toBe(true); // one colour per community
    expect(coloured.distinct).toBeGreaterThan(1);
    // the legend explains the mapping: one entry per colour, counts adding up to the graph
    await page.locator(".ngv-legend > summary").click();
    expect(await page.locator(".ngv-mapping legend").textContent()).toBe("Colour: Community (Louvain)");
    const counts = (await page.locator(".ngv-mapping .ngv-count").allTextContents()).map(Number);
    expect(counts.reduce((s, n) => s + n, 0)).toBe(await page.evaluate(() => (window as any).__newsgraph.graph.order));

    await page.locator("[data-tool=size-by]").selectOption("pagerank");
    const monotone = await page.evaluate(() => {
      const { graph, sigma, viewer } = (window as any).__newsgraph;
      const stats = viewer.statistics();
      const pairs = (graph.nodes() as string[]).map((k) => [
        stats.nodes.get(k).pagerank,
        sigma.getNodeDisplayData(k).size,
      ]);
      pairs.sort((a, b) => a[0] - b[0]);
      return pairs.every((p, i) => i === 0 || p[1] >= pairs[i - 1][1]) && pairs[0][1] < pairs[pairs.length - 1][1];
    });
    expect(monotone).toBe(true);
    expect(await page.locator(".ngv-size-note").textContent()).toMatch(/^Size: PageRank \(/);
    await page.screenshot({ path: join(ARTIFACTS, "app-tools-community-pagerank.png") });
    await page.close();
  });
});

describe("topological filters", () => {
  it("ego network at depth 1 and 2, connected component, k-core", async () => {
    const page = await open();
    const putin = "person:putin";
    await page.evaluate((k) => (window as any).__newsgraph.viewer.select(k), putin);
    await page.getByRole("tab", { name: "Tools" }).click();
    await page.locator("[data-tool=topology]").selectOption("ego");
    const expected1 = await page.evaluate((k) => {
      const g = (window as any).__newsgraph.graph;
      return [k, ...g.neighbors(k)].sort();
    }, putin);
    await expect.poll(() => shownNodes(page)).toEqual(expected1);
    await page.locator("[data-tool=depth]").fill("2");
    const depth2 = await shownNodes(page);
    expect(depth2.length).toBeGreaterThan(expected1.length);
    for (const k of expected1) expect(depth2).toContain(k);
    await page.locator("[data-tool=topology]").selectOption("component");
    const component = await shownNodes(page);
    expect(component.length).toBeGreaterThanOrEqual(depth2.length);
    await page.locator("[data-tool=topology]").selectOption("core");
    await page.locator("[data-tool=k]").fill("3");
    const core = await shownNodes(page);
    expect(core.length).toBeGreaterThan(0);
    const ok = await page.evaluate((keys) => {
      const g = (window as any).__newsgraph.graph;
      const set = new Set(keys);
      return keys.every((k: string) => (g.neighbors(k) as string[]).filter((n) => set.has(n)).length >= 3);
    }, core);
    expect(ok).toBe(true);
    await page.locator("[data-tool=topology]").selectOption("none");
    expect((await shownNodes(page)).length).toBe(await page.evaluate(() => (window as any).__newsgraph.graph.order));
    await page.close();
  });
});

describe("multi-select", () => {
  it("shift-click picks nodes on the canvas; hide, keep only and export act on them", async () => {
    const page = await open();
    const box = (await page.locator(".ngv-sigma").boundingBox())!;
    const at = (key: string) =>
      page.evaluate((k) => {
        const s = (window as any).__newsgraph.sigma;
        return s.framedGraphToViewport(s.getNodeDisplayData(k));
      }, key);
    const keys = ["person:putin", "person:trump"];
    await page.keyboard.down("Shift");
    for (const k of keys) {
      const p = await at(k);
      await page.mouse.click(box.x + p.x, box.y + p.y);
      await page.waitForTimeout(400); // apart, so sigma does not take them for a double click
    }
    await page.keyboard.up("Shift");
    await expect.poll(() => page.evaluate(() => [...(window as any).__newsgraph.state.picked].sort())).toEqual(keys);
    expect((await readState(page)).selection).toBeNull();
    await page.getByRole("tab", { name: "Tools" }).click();
    expect(await page.locator(".ngv-tools .ngv-tool-note").filter({ hasText: "picked" }).textContent()).toBe(
      "2 nodes picked",
    );
    // export the picked nodes
    const download = page.waitForEvent("download");
    await page.locator("[data-tool=export-picked]").click();
    const file = await (await download).path();
    const exported = JSON.parse(readFileSync(file!, "utf8"));
    expect(exported.nodes.map((n: { key: string }) => n.key).sort()).toEqual(keys);
    // keep only
    await page.locator("[data-tool=keep-picked]").click();
    await expect.poll(() => shownNodes(page)).toEqual(keys);
    await page.locator("[data-tool=show-all]").click();
    const order = await page.evaluate(() => (window as any).__newsgraph.graph.order as number);
    await expect.poll(() => shownNodes(page).then((s) => s.length)).toBe(order);
    // hide
    await page.evaluate(
      (ks) => ks.forEach((k: string) => (window as any).__newsgraph.viewer.dispatch({ type: "togglePick", key: k })),
      keys,
    );
    await page.locator("[data-tool=hide-picked]").click();
    const shown = await shownNodes(page);
    expect(shown.length).toBe(order - 2);
    for (const k of keys) expect(shown).not.toContain(k);
    await page.close();
  });

  it("raised no page errors", () => {
    expect(app.browser.errors).toEqual([]);
  });
});
