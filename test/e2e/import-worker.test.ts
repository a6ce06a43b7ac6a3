// Opening files off the main thread, in the built app and real Chromium: a ~60 MB GraphML (most of
// it one long attribute, the article's text) and .txt articles are read, parsed or built in the
// import worker (src/app/import-file.worker.ts) with a progress bar and a Cancel button, while the
// page keeps drawing frames and answering clicks; Cancel ends the worker and keeps the graph on
// screen; errors name the file; and the picker accepts what the format registry reads.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateGraph } from "../../tools/graph-gen";
import { buildGraph } from "../../src/build";
import { writeGraphML } from "../../src/formats/graphml/write";
import { importGraph } from "../../src/formats/index";
import { READABLE_FORMATS, SNIFFED_GRAPH_EXTENSIONS } from "../../src/formats/registry";
import { serializeGraph } from "../../src/schema/model";
import { SEED_ARTICLE } from "../helpers/paths";
import { SEED_FIXTURE, serveBuiltApp, waitForGraph } from "./helpers";

const app = serveBuiltApp();
const seed = JSON.parse(readFileSync(SEED_FIXTURE, "utf8")) as { attributes: { title: string }; nodes: unknown[] };
const ARTICLE = readFileSync(SEED_ARTICLE, "utf8");

/**
 * 6,000 nodes and 24,000 edges whose article text is padded to ~45 MB: a GraphML file of about
 * 60 MB, most of it one attribute, which takes the worker seconds to parse. Only cancelled here:
 * shown, the viewer would lay out 45 MB of article text on the page (the viewer's cost, not the import's).
 */
let scratch: string;
let bigPath: string;
/** a graph of 3,000 nodes and 12,000 edges without padding (about 7 MB), opened to the end */
let mediumPath: string;
const MEDIUM_ORDER = 3_000;
const MEDIUM_SIZE = 12_000;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "newsgraph-import-"));
  const medium = generateGraph(MEDIUM_ORDER, MEDIUM_SIZE, 3);
  medium.setAttribute("title", "A large graph");
  mediumPath = join(scratch, "medium.graphml");
  writeFileSync(mediumPath, writeGraphML(medium));
  const big = generateGraph(6_000, 24_000, 5);
  const source = big.getAttribute("source");
  const filler = "Officials said the talks would continue next week in the capital. ";
  big.setAttribute("source", {
    ...source,
    text: `${source.text}\n\n${filler.repeat(Math.ceil(45e6 / filler.length))}`,
  });
  bigPath = join(scratch, "big.graphml");
  writeFileSync(bigPath, writeGraphML(big));
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** The page, with the seed graph shown and, from now on, a record of frames, import workers and progress texts. */
async function open(): Promise<Page> {
  const page = await app.browser.newPage();
  page.setDefaultTimeout(30_000);
  await page.goto(app.server.url);
  await waitForGraph(page);
  await page.evaluate(() => {
    const w = window as any;
    w.__frames = 0;
    /** frames drawn while the progress bar showed each stage ("Parsing", "Building", …) */
    w.__stageFrames = {} as Record<string, number>;
    w.__workers = [] as Array<{ name: string; replies: string[]; terminated: boolean }>;
    w.__progress = [] as string[];
    w.__bar = [] as Array<[number, number]>;
    const box = document.querySelector<HTMLElement>('[data-role="progress"]')!;
    const tick = () => {
      w.__frames++;
      const stage = box.hidden ? "" : /^\s*(\w+)/.exec(box.textContent!)?.[1];
      if (stage) w.__stageFrames[stage] = (w.__stageFrames[stage] ?? 0) + 1;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const NativeWorker = w.Worker;
    w.Worker = class extends NativeWorker {
      record = { name: "", replies: [] as string[], terminated: false };
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        this.record.name = options?.name ?? "";
        w.__workers.push(this.record);
        this.addEventListener("message", (e: MessageEvent) => this.record.replies.push(e.data?.type));
      }
      terminate() {
        this.record.terminated = true;
        super.terminate();
      }
    };
    const text = document.querySelector('[data-role="progress-text"]')!;
    const bar = document.querySelector<HTMLProgressElement>('[data-role="progress-bar"]')!;
    new MutationObserver(() => {
      w.__progress.push(text.textContent);
      w.__bar.push([bar.hasAttribute("value") ? bar.value : -1, bar.max]);
    }).observe(text, { childList: true, characterData: true, subtree: true });
  });
  return page;
}

interface Seen {
  frames: number;
  /** the bar's [value, max] at each progress text; value -1 while indeterminate */
  bar: Array<[number, number]>;
  workers: Array<{ name: string; replies: string[]; terminated: boolean }>;
  progress: string[];
}
const seen = (page: Page): Promise<Seen> =>
  page.evaluate(() => {
    const w = window as any;
    return { frames: w.__frames, bar: w.__bar, workers: w.__workers, progress: w.__progress };
  });
const importWorkers = async (page: Page) => (await seen(page)).workers.filter((w) => w.name === "newsgraph-import");
const graphSummary = (page: Page) =>
  page.evaluate(() => {
    const g = (window as any).__newsgraph.graph;
    return { title: g.getAttribute("title") as string, order: g.order as number, size: g.size as number };
  });
const progressBox = (page: Page) => page.locator("[data-role=progress]");
const progressText = (page: Page) => page.locator("[data-role=progress-text]").textContent();

describe("a large GraphML file", () => {
  it("is parsed in the worker while the page keeps drawing and answering clicks; Cancel ends it and keeps the graph on screen", async () => {
    const page = await open();
    const before = await graphSummary(page);
    expect(before).toMatchObject({ title: seed.attributes.title, order: seed.nodes.length });
    const total = (statSync(bigPath).size / 1048576).toFixed(1);
    expect(Number(total)).toBeGreaterThan(55);
    await page.locator("input[data-role=file]").setInputFiles(bigPath);
    await expect
      .poll(() => progressText(page), { timeout: 60_000, interval: 20 })
      .toBe(`Parsing “big.graphml” (${total} MB)…`);
    expect(await progressBox(page).isVisible()).toBe(true);

    // while it parses: 30 animation frames, and a click handled (the theme button toggles), with the parse still under way after
    await page.waitForFunction(() => (window as any).__stageFrames.Parsing >= 30, null, { polling: 50 });
    const theme = page.locator("[data-action=theme]");
    const pressed = await theme.getAttribute("aria-pressed");
    await theme.click();
    expect(await theme.getAttribute("aria-pressed")).not.toBe(pressed);
    expect(await progressBox(page).isVisible()).toBe(true);
    expect(await progressText(page)).toBe(`Parsing “big.graphml” (${total} MB)…`);

    await page.locator("[data-action=cancel-import]").click();
    await expect.poll(() => progressBox(page).isHidden()).toBe(true);
    const [worker] = await importWorkers(page);
    expect(worker).toBeDefined();
    // ended before it could send a graph: nothing of it reaches the page any more
    expect(worker!.terminated).toBe(true);
    expect(worker!.replies).not.toContain("done");
    expect(await page.locator("[data-role=message]").textContent()).toBe(
      "Stopped opening “big.graphml”: the graph on screen is unchanged.",
    );
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    expect(await graphSummary(page)).toEqual(before);
    expect(await page.locator("[data-role=title]").textContent()).toBe(before.title);

    // the bar filled from the bytes read, in order, before the parse began
    const { progress, bar } = await seen(page);
    const reading = progress.filter((t) => t.startsWith("Reading")).map((t) => Number(/… ([\d.]+) of/.exec(t)![1]));
    expect(progress[0]).toBe("Opening “big.graphml”…");
    expect(progress).toContain(`Reading “big.graphml”… 0.0 of ${total} MB`);
    expect(progress).toContain(`Reading “big.graphml”… ${total} of ${total} MB`);
    expect(reading.length).toBeGreaterThan(10);
    expect(reading).toEqual([...reading].sort((a, b) => a - b));
    expect(progress.indexOf(`Parsing “big.graphml” (${total} MB)…`)).toBeGreaterThan(
      progress.lastIndexOf(`Reading “big.graphml”… ${total} of ${total} MB`),
    );
    const size = statSync(bigPath).size;
    expect(bar[progress.lastIndexOf(`Reading “big.graphml”… ${total} of ${total} MB`)]).toEqual([size, size]);
    expect(bar[progress.indexOf(`Parsing “big.graphml” (${total} MB)…`)]![0]).toBe(-1);
    await page.close();
  });

  it("a 7 MB one, left to finish, opens: the worker's graph is shown and the bar goes", async () => {
    const page = await open();
    await page.locator("input[data-role=file]").setInputFiles(mediumPath);
    await expect
      .poll(() => graphSummary(page), { timeout: 60_000, interval: 100 })
      .toEqual({ title: "A large graph", order: MEDIUM_ORDER, size: MEDIUM_SIZE });
    expect(await progressBox(page).isHidden()).toBe(true);
    const workers = await importWorkers(page);
    expect(workers.map((w) => [w.replies.at(-1), w.terminated])).toEqual([["done", true]]);
    // what crossed from the worker is what the registry's reader gives in Node
    const got = await page.evaluate(() => {
      const g = (window as any).__newsgraph.graph;
      return {
        n42: g.getNodeAttributes("n42"),
        e4321: g.getEdgeAttributes("e4321"),
        ends: [g.source("e4321"), g.target("e4321")],
      };
    });
    const expected = importGraph(readFileSync(mediumPath, "utf8"), "medium.graphml");
    expect(got).toEqual({
      n42: expected.getNodeAttributes("n42"),
      e4321: expected.getEdgeAttributes("e4321"),
      ends: [expected.source("e4321"), expected.target("e4321")],
    });
    await page.close();
  });
});

describe("articles", () => {
  it("a .txt article is built in the worker, into the graph Node builds from it", async () => {
    const page = await open();
    await page
      .locator("input[data-role=file]")
      .setInputFiles({ name: "showcase.txt", mimeType: "text/plain", buffer: Buffer.from(ARTICLE) });
    await expect
      .poll(() => page.evaluate(() => (window as any).__newsgraph.graph.getAttribute("source").name), {
        timeout: 30_000,
      })
      .toBe("showcase.txt");
    const got = await page.evaluate(() => (window as any).__newsgraph.graph.export());
    expect(JSON.parse(JSON.stringify(got))).toEqual(
      JSON.parse(JSON.stringify(serializeGraph(buildGraph(ARTICLE, { name: "showcase.txt" })))),
    );
    expect((await seen(page)).progress).toContain("Building the graph of “showcase.txt”…");
    expect((await importWorkers(page)).map((w) => w.replies.at(-1))).toEqual(["done"]);
    await page.close();
  });

  it("a pasted article is built in the worker too, and Cancel stops the build", async () => {
    const page = await open();
    const before = await graphSummary(page);
    const long = Array.from({ length: 30 }, () => ARTICLE).join("\n\n");
    await page.getByRole("button", { name: "Paste article" }).click();
    await page.getByRole("textbox", { name: "Article text" }).fill(long);
    await page.getByRole("button", { name: "Build graph" }).click();
    await expect
      .poll(() => progressText(page), { timeout: 30_000, interval: 20 })
      .toBe("Building the graph of the pasted article…");
    // the page keeps drawing while the worker builds
    await page.waitForFunction(() => (window as any).__stageFrames.Building >= 10, null, { polling: 50 });
    await page.locator("[data-action=cancel-import]").click();
    await expect.poll(() => progressBox(page).isHidden()).toBe(true);
    const [worker] = await importWorkers(page);
    expect(worker).toMatchObject({ terminated: true });
    expect(worker!.replies).not.toContain("done");
    expect(await graphSummary(page)).toEqual(before);
    await page.close();
  });
});

describe("every file goes through the worker, and errors name it", () => {
  it("a small JSON file too", async () => {
    const page = await open();
    await page
      .locator("input[data-role=file]")
      .setInputFiles({ name: "seed-copy.json", mimeType: "application/json", buffer: readFileSync(SEED_FIXTURE) });
    await expect.poll(async () => (await importWorkers(page)).map((w) => w.replies.at(-1))).toEqual(["done"]);
    await expect.poll(() => progressBox(page).isHidden()).toBe(true);
    expect((await graphSummary(page)).order).toBe(seed.nodes.length);
    await page.close();
  });

  it("a malformed GraphML's error comes back from the worker, named, as text, and the graph stays", async () => {
    const page = await open();
    const before = await graphSummary(page);
    const name = `<img src=x onerror="document.title='pwned'">.graphml`;
    await page.locator("input[data-role=file]").setInputFiles({
      name,
      mimeType: "application/xml",
      buffer: Buffer.from('<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph><node id="a"></graph>'),
    });
    const alert = page.locator("[data-role=message]");
    await expect
      .poll(() => alert.textContent())
      .toMatch(
        /^Could not open “<img src=x onerror="document\.title='pwned'">\.graphml”: GraphML: not well-formed XML/,
      );
    expect(await alert.evaluate((e) => e.classList.contains("is-error"))).toBe(true);
    expect(await page.locator("img[src=x]").count()).toBe(0);
    expect(await graphSummary(page)).toEqual(before);
    expect((await importWorkers(page)).map((w) => [w.replies.at(-1), w.terminated])).toEqual([["error", true]]);
    await page.close();
  });

  it("attribute names such as __proto__ stay data on their way from the worker", async () => {
    const page = await open();
    const text = `<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">
      <key id="p" for="node" attr.name="__proto__" attr.type="string"/>
      <graph id="G" edgedefault="directed"><node id="__proto__"><data key="p">polluted?</data></node><node id="constructor"/><edge id="toString" source="__proto__" target="constructor"/></graph></graphml>`;
    await page
      .locator("input[data-role=file]")
      .setInputFiles({ name: "proto.graphml", mimeType: "application/xml", buffer: Buffer.from(text) });
    await expect.poll(() => page.evaluate(() => (window as any).__newsgraph.graph.order)).toBe(2);
    const got = await page.evaluate(() => {
      const a = (window as any).__newsgraph.graph.getNodeAttributes("__proto__");
      return {
        own: Object.getOwnPropertyDescriptor(a, "__proto__")?.value,
        plain: Object.getPrototypeOf(a) === Object.prototype,
        polluted: ({} as any).polluted,
      };
    });
    expect(got).toEqual({ own: "polluted?", plain: true, polluted: undefined });
    await page.close();
  });

  it("a file of a type the app does not open is refused before any worker starts", async () => {
    const page = await open();
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(["a,b"], "nodes.csv", { type: "text/csv" }));
      window.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await expect
      .poll(() => page.locator("[data-role=message]").textContent())
      .toBe(
        'Could not open “nodes.csv”: unsupported file type ".csv": open a .json, .graphml or .gexf graph, or a .txt article',
      );
    expect(await importWorkers(page)).toEqual([]);
    await page.close();
  });
});

describe("what the picker accepts", () => {
  it("is the format registry's readable formats' extensions (and the sniffed .xml), plus .txt, and the texts say the same", async () => {
    const page = await open();
    const expected = [...READABLE_FORMATS.flatMap((f) => f.extensions), ...SNIFFED_GRAPH_EXTENSIONS, "txt"].map(
      (e) => `.${e}`,
    );
    expect(await page.locator("input[data-role=file]").getAttribute("accept")).toBe(expected.join(","));
    expect(await page.locator("[data-role=open]").getAttribute("title")).toBe(
      "Open a .json, .graphml or .gexf graph, or a .txt article",
    );
    expect(await page.locator("[data-role=drop]").textContent()).toBe(
      "Drop a .json, .graphml or .gexf graph, or a .txt article, to open it",
    );
    await page.close();
  });

  it("raised no page errors", () => {
    expect(app.browser.errors).toEqual([]);
  });
});
