// The CLI and the viewer accept and refuse the same XML files, with the same message: every case
// of test/formats/xml-cases.ts (forbidden characters raw and as references, references that are
// none, entity DOCTYPEs, deep nesting, and files that must open) goes to the CLI (a real process,
// xmldom), to importGraph on a page (Chromium's DOMParser) and to the built app's import worker
// (xmldom, in Chromium), and the three outcomes must be one. Files newsgraph writes go too.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { Page } from "playwright-core";
import { bundleForPage } from "../../tools/browser-bundle";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportGraph } from "../../src/formats/index";
import { hostileGraph } from "../formats/fixtures";
import { XML_CASES, type XmlCase, type XmlOutcome } from "../formats/xml-cases";
import { CLI, REPO_ROOT } from "../helpers/paths";
import { serveBuiltApp, waitForGraph } from "./helpers";

const app = serveBuiltApp();
const run = promisify(execFile);

/** Every case a file can carry, and GraphML and GEXF written by newsgraph from a graph full of control characters. */
function fileCases(): XmlCase[] {
  const hostile = hostileGraph();
  return [
    ...XML_CASES.filter((c) => !c.stringOnly),
    {
      name: "newsgraph's GraphML",
      fileName: "hostile.graphml",
      text: exportGraph(hostile, "graphml"),
      nodes: hostile.order,
    },
    { name: "newsgraph's GEXF", fileName: "hostile.gexf", text: exportGraph(hostile, "gexf"), nodes: hostile.order },
  ];
}

let dir: string;
let cases: XmlCase[];
/** a page with nothing but the format modules, bundled: importGraph on the main thread, with the browser's DOMParser */
let formatsPage: Page;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "newsgraph-xml-agree-"));
  cases = fileCases();
  const script = await bundleForPage(
    dir,
    `import { importGraph } from ${JSON.stringify(join(REPO_ROOT, "src/formats/index.ts"))};
     (window as any).importGraph = importGraph;`,
  );
  formatsPage = await app.browser.newPage();
  await formatsPage.goto("data:text/html,<!doctype html><title>formats</title>");
  await formatsPage.addScriptTag({ content: script });
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** `newsgraph export FILE -o OUT.json`: the graph's node count, or the one-line error without "newsgraph: FILE: ". */
async function inCli(c: XmlCase, index: number): Promise<XmlOutcome> {
  const path = join(dir, `${index}-${c.fileName}`);
  writeFileSync(path, c.text);
  const out = join(dir, `${index}.json`);
  try {
    await run(process.execPath, [CLI, "export", path, "-o", out], { timeout: 60_000 });
    return { nodes: (JSON.parse(readFileSync(out, "utf8")) as { nodes: unknown[] }).nodes.length };
  } catch (e) {
    const stderr = (e as { stderr?: string }).stderr ?? String(e);
    const prefix = `newsgraph: ${path}: `;
    expect(stderr.startsWith(prefix) && stderr.endsWith("\n"), stderr).toBe(true);
    expect(stderr.trimEnd().split("\n"), stderr).toHaveLength(1);
    return { error: stderr.slice(prefix.length, -1) };
  }
}

async function inPage(c: XmlCase): Promise<XmlOutcome> {
  return formatsPage.evaluate(
    ([text, name]) => {
      try {
        return { nodes: (window as any).importGraph(text, name).order };
      } catch (e) {
        return { error: (e as Error).message };
      }
    },
    [c.text, c.fileName],
  );
}

/** The app with the seed graph shown, recording what each import worker answers. */
async function openApp(): Promise<Page> {
  const page = await app.browser.newPage();
  page.setDefaultTimeout(30_000);
  await page.goto(app.server.url);
  await waitForGraph(page);
  await page.evaluate(() => {
    const w = window as any;
    w.__answers = [] as unknown[];
    const NativeWorker = w.Worker;
    w.Worker = class extends NativeWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        if (options?.name !== "newsgraph-import") return;
        this.addEventListener("message", (e: MessageEvent) => {
          if (e.data?.type === "done") w.__answers.push({ nodes: e.data.graph.nodes.length });
          if (e.data?.type === "error") w.__answers.push({ error: e.data.message });
        });
      }
    };
  });
  return page;
}

/** Opens the case's file with the app's file input; what the worker answered, and the page's message on an error. */
async function inWorker(page: Page, c: XmlCase, index: number): Promise<XmlOutcome> {
  await page
    .locator("input[data-role=file]")
    .setInputFiles({ name: c.fileName, mimeType: "application/xml", buffer: Buffer.from(c.text) });
  await page.waitForFunction((n) => (window as any).__answers.length > n, index, { polling: 50 });
  const answer = (await page.evaluate((n) => (window as any).__answers[n], index)) as XmlOutcome;
  if ("error" in answer) {
    await expect
      .poll(() => page.locator("[data-role=message]").textContent())
      .toBe(`Could not open “${c.fileName}”: ${answer.error}`);
  }
  await expect.poll(() => page.locator("[data-role=progress]").isHidden()).toBe(true);
  return answer;
}

describe("the CLI, importGraph on a page and the app's import worker agree on every XML file", () => {
  it("accept and refuse the same files, with the same message", async () => {
    const cli: XmlOutcome[] = [];
    for (let i = 0; i < cases.length; i += 2) {
      cli.push(...(await Promise.all(cases.slice(i, i + 2).map((c, j) => inCli(c, i + j)))));
    }
    const page = await openApp();
    const worker: XmlOutcome[] = [];
    for (const [i, c] of cases.entries()) worker.push(await inWorker(page, c, i));
    const onPage: XmlOutcome[] = [];
    for (const c of cases) onPage.push(await inPage(c));

    const disagreements = cases.flatMap((c, i) =>
      JSON.stringify(onPage[i]) === JSON.stringify(cli[i]) && JSON.stringify(worker[i]) === JSON.stringify(cli[i])
        ? []
        : [{ case: c.name, cli: cli[i], page: onPage[i], worker: worker[i] }],
    );
    expect(disagreements).toEqual([]);
    for (const [i, c] of cases.entries()) {
      if (c.refused) expect("error" in cli[i] ? cli[i].error : cli[i], c.name).toMatch(c.refused);
      else expect(cli[i], c.name).toEqual({ nodes: c.nodes });
    }
    await page.close();
  }, 300_000);

  it("raised no page errors", () => {
    expect(app.browser.errors).toEqual([]);
  });
});
