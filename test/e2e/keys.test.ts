// Node keys are data: a graph whose nodes are keyed "constructor", "__proto__", "toString",
// "hasOwnProperty" and "prototype", opened in the built app in real Chromium, is laid out, drawn
// and searched like any other, each node selected shows in the side panel, and the page's
// Object.prototype is left alone. A click on the canvas picks each, "__proto__" too: sigma 3 keeps
// its picking index in plain objects keyed by node, which the build rewrites (src/embed/sigma-keys.ts).
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createNewsGraph, graphToJSONText } from "../../src/schema/model";
import { readState, serveBuiltApp, waitForGraph } from "./helpers";

const KEYS = ["constructor", "__proto__", "toString", "hasOwnProperty", "prototype"] as const;
// a Map: in an object literal, `__proto__: "…"` would set no key at all
const LABELS = new Map<string, string>([
  ["constructor", "Ada Constructor"],
  ["__proto__", "Bea Proto"],
  ["toString", "Cyd Tostring"],
  ["hasOwnProperty", "Dee Ownproperty"],
  ["prototype", "Eve Prototype"],
]);
const label = (key: string) => LABELS.get(key)!;

/** Everyone at one meeting, and Ada Constructor met Bea Proto: no positions, so the app lays it out. */
function keysGraphText(): string {
  const sentences = [`${KEYS.map(label).join(", ")} held talks.`, `${label("constructor")} met ${label("__proto__")}.`];
  const text = `Keys as names\n\n${sentences.join(" ")}`;
  const span = (s: string, sentence: string) => {
    const sentenceStart = text.indexOf(sentence);
    const start = text.indexOf(s, sentenceStart);
    return { start, end: start + s.length, sentenceStart, sentenceEnd: sentenceStart + sentence.length };
  };
  const g = createNewsGraph();
  g.replaceAttributes({
    title: "Keys as names",
    source: { name: "keys.txt", sha256: "0".repeat(64), text },
    generator: { name: "test", version: "1" },
  });
  g.addNode("event:talks", {
    label: "talks",
    type: "event",
    kind: "meeting",
    aliases: [],
    mentions: 1,
    evidence: [span("talks", sentences[0])],
  });
  for (const key of KEYS) {
    const evidence = [span(label(key), sentences[0])];
    if (key === "constructor" || key === "__proto__") evidence.push(span(label(key), sentences[1]));
    g.addNode(key, { label: label(key), type: "person", aliases: [], mentions: evidence.length, evidence });
    g.addDirectedEdgeWithKey(`talks-${key}`, "event:talks", key, {
      label: "participant",
      kind: "participant",
      role: "participant",
      evidence: [span("talks", sentences[0])],
    });
  }
  g.addDirectedEdgeWithKey("met", "constructor", "__proto__", {
    label: "met",
    kind: "relation",
    evidence: [span("met", sentences[1])],
  });
  return graphToJSONText(g);
}

const app = serveBuiltApp();

async function openKeysGraph(): Promise<Page> {
  const page = await app.browser.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(app.server.url);
  await waitForGraph(page);
  await page
    .locator("input[data-role=file]")
    .setInputFiles({ name: "keys.json", mimeType: "application/json", buffer: Buffer.from(keysGraphText()) });
  await expect
    .poll(async () => {
      if (await page.evaluate(() => (window as any).__newsgraph.graph.hasNode("__proto__"))) return "opened";
      return (
        (await page
          .locator("[data-role=message]")
          .textContent()
          .catch(() => null)) ?? "waiting"
      );
    })
    .toBe("opened");
  return page;
}

async function searchAndPick(page: Page, text: string): Promise<void> {
  const input = page.getByRole("combobox", { name: "Search nodes" });
  await input.fill(text);
  await page.locator(".ngv-suggestions li").first().waitFor();
  await input.press("Enter");
}

describe("a graph keyed by Object.prototype's names, in the app", () => {
  it("lays every node out at a finite spot, and leaves Object.prototype alone", async () => {
    const page = await openKeysGraph();
    const result = await page.evaluate(() => {
      const graph = (window as any).__newsgraph.graph;
      return {
        order: graph.order as number,
        size: graph.size as number,
        finite: graph.everyNode(
          (_k: string, a: { x?: number; y?: number }) => Number.isFinite(a.x) && Number.isFinite(a.y),
        ),
        edgesOfProto: graph.edges("__proto__").length as number,
        // what graphology's edge lists wrote onto Object.prototype (or Object) behind a "__proto__" (or "constructor")
        leaked: ["previous", "next"].filter((name) => name in {} || name in Object),
      };
    });
    expect(result).toEqual({ order: 6, size: 6, finite: true, edgesOfProto: 2, leaked: [] });
    await page.close();
  });

  it("selects the node keyed constructor and the one keyed __proto__, each shown in the side panel", async () => {
    const page = await openKeysGraph();
    const panel = page.locator(".ngv-panel");
    for (const key of ["constructor", "__proto__"] as const) {
      await searchAndPick(page, label(key));
      expect((await readState(page)).selection).toEqual({ kind: "node", key });
      await expect.poll(() => panel.locator(".ngv-title").textContent()).toBe(label(key));
      expect(await panel.locator(".ngv-details").getAttribute("data-node")).toBe(key);
      // its relations are listed: the meeting, and the one between the two
      expect(await panel.locator(".ngv-relations li").count()).toBe(2);
      expect(await panel.locator(".ngv-evidence mark").first().textContent()).toBe(label(key));
    }
    // the relation between the two, followed from the panel, shows in its turn
    await panel.locator(`button[data-edge="met"]`).click();
    expect((await readState(page)).selection).toEqual({ kind: "edge", key: "met" });
    expect(await panel.locator(".ngv-title").textContent()).toContain("met");
    await page.close();
  });

  it("selects each of them with a click on the canvas, __proto__ included", async () => {
    const page = await openKeysGraph();
    const box = (await page.locator(".ngv-sigma").boundingBox())!;
    for (const key of KEYS) {
      // nothing selected, the whole graph in view, and sigma's double-click window past (or this click zooms)
      await page.evaluate(() => (window as any).__newsgraph.viewer.select(null));
      await page.waitForTimeout(600);
      await page.evaluate(() =>
        (window as any).__newsgraph.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }),
      );
      await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
      const { x, y } = await page.evaluate((k) => {
        const s = (window as any).__newsgraph.sigma;
        return s.framedGraphToViewport(s.getNodeDisplayData(k));
      }, key);
      await page.mouse.click(box.x + x, box.y + y);
      await expect
        .poll(async () => (await readState(page)).selection, { timeout: 3000 })
        .toEqual({ kind: "node", key });
      expect(await page.locator(".ngv-panel .ngv-title").textContent()).toBe(label(key));
    }
    await page.close();
  });

  it("runs live ForceAtlas2 on them: every node moves to a finite spot, and __proto__ is still picked where it went", async () => {
    const page = await openKeysGraph();
    const button = page.locator("[data-action=layout]").first();
    const positions = () =>
      page.evaluate(() => {
        const graph = (window as any).__newsgraph.graph;
        return graph.mapNodes((k: string, a: { x: number; y: number }) => [k, a.x, a.y]) as [string, number, number][];
      });
    const before = await positions();
    await button.click();
    await expect.poll(() => button.getAttribute("aria-pressed")).toBe("true");
    // every node, "__proto__" included, moved: the worker's matrices carried them all
    await expect
      .poll(
        async () => (await positions()).filter(([, x, y], i) => x !== before[i]![1] || y !== before[i]![2]).length,
        {
          timeout: 10_000,
        },
      )
      .toBe(KEYS.length + 1);
    await button.click();
    expect(await button.getAttribute("aria-pressed")).toBe("false");
    const after = await positions();
    expect(after.map(([k]) => k)).toEqual(before.map(([k]) => k));
    expect(after.filter(([, x, y]) => !Number.isFinite(x) || !Number.isFinite(y))).toEqual([]);
    expect(await page.evaluate(() => ["x", "y", "previous", "next"].filter((name) => name in {}))).toEqual([]);
    // sigma follows the new spot of "__proto__", and a click there selects it
    await page.evaluate(() => (window as any).__newsgraph.viewer.select(null));
    await page.waitForTimeout(600);
    await page.evaluate(() =>
      (window as any).__newsgraph.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }),
    );
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    const box = (await page.locator(".ngv-sigma").boundingBox())!;
    const spot = await page.evaluate(() => {
      const s = (window as any).__newsgraph.sigma;
      return s.framedGraphToViewport(s.getNodeDisplayData("__proto__"));
    });
    await page.mouse.click(box.x + spot.x, box.y + spot.y);
    await expect
      .poll(async () => (await readState(page)).selection, { timeout: 3000 })
      .toEqual({ kind: "node", key: "__proto__" });
    await page.close();
  });

  it("raised no page errors", () => {
    expect(app.browser.errors).toEqual([]);
  });
});
