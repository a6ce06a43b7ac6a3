// The import worker's job (read with progress, the app's one parse, layout when missing) and the
// page's side of it (progress relayed, the graph rebuilt, errors passed on, Cancel terminating the
// worker), run here without a browser: the worker is a stand-in that the test drives.
import { describe, expect, it } from "vitest";
import { importFile, readFileText, type ImportProgress, type ImportReply } from "../../src/app/import-file";
import { ImportCancelled, importInWorker } from "../../src/app/import-in-worker";
import { importGraph, writeGEXF, writeJSON } from "../../src/formats/index";
import { MAX_GRAPH_BYTES } from "../../src/input/limits";
import { layoutGraph } from "../../src/layout/index";
import { serializeGraph } from "../../src/schema/model";
import { realisticGraph } from "../formats/fixtures";

const realistic = realisticGraph();

/** A Blob whose stream yields exactly these chunks. */
function chunkedBlob(chunks: Uint8Array[]): Blob {
  const size = chunks.reduce((n, c) => n + c.byteLength, 0);
  return {
    size,
    stream: () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (const c of chunks) controller.enqueue(c);
          controller.close();
        },
      }),
  } as unknown as Blob;
}

describe("readFileText", () => {
  it("decodes as File.text() does, across chunks that split a character, and reports bytes read in order", async () => {
    const text = "\uFEFFZürich – 東京 🙂 ".repeat(200);
    const bytes = new TextEncoder().encode(text);
    // 7-byte chunks cut through the 2-, 3- and 4-byte sequences
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) => bytes.subarray(i * 7, i * 7 + 7));
    const seen: Array<[number, number]> = [];
    const got = await readFileText(chunkedBlob(chunks), (loaded, total) => seen.push([loaded, total]));
    expect(got).toBe(await new Blob([bytes]).text());
    expect(got.startsWith("Zürich")).toBe(true);
    expect(seen[0]).toEqual([0, bytes.length]);
    expect(seen.at(-1)).toEqual([bytes.length, bytes.length]);
    const loaded = seen.map(([n]) => n);
    expect(loaded).toEqual([...loaded].sort((a, b) => a - b));
    // about 64 reports, not one per chunk
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.length).toBeLessThanOrEqual(66);
    expect(chunks.length).toBeGreaterThan(500);
  });

  it("refuses bytes that are not UTF-8 with the CLI's words, whichever chunk they fall in", async () => {
    const bytes = new TextEncoder().encode("<graphml>" + "x".repeat(5000) + "</graphml>");
    bytes[4000] = 0xff;
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) => bytes.subarray(i * 7, i * 7 + 7));
    await expect(readFileText(chunkedBlob(chunks), () => undefined, "graph.graphml")).rejects.toThrow(
      "graph.graphml is not valid UTF-8 text; save it as UTF-8 and try again",
    );
  });
});

describe("importFile", () => {
  it("parses with the app's import, and lays out a graph that has no positions", async () => {
    const bare = realistic.copy();
    bare.forEachNode((key) => {
      bare.removeNodeAttribute(key, "x");
      bare.removeNodeAttribute(key, "y");
    });
    const text = writeGEXF(bare);
    const stages: ImportProgress[] = [];
    const graph = await importFile(new File([text], "bare.gexf"), (p) => stages.push(p));
    const expected = importGraph(text, "bare.gexf");
    layoutGraph(expected);
    expect(serializeGraph(graph)).toEqual(serializeGraph(expected));
    const size = new TextEncoder().encode(text).length;
    expect(stages.filter((s) => s.stage !== "reading")).toEqual([
      { stage: "parsing", loaded: size, total: size },
      { stage: "layout", loaded: size, total: size },
    ]);
    expect(stages[0]).toEqual({ stage: "reading", loaded: 0, total: size });
  });

  it("keeps a graph's own positions (no layout stage)", async () => {
    const stages: string[] = [];
    const graph = await importFile(new File([writeJSON(realistic)], "g.json"), (p) => stages.push(p.stage));
    expect(serializeGraph(graph)).toEqual(serializeGraph(realistic));
    expect(stages.filter((s) => s !== "reading")).toEqual(["parsing"]);
  });

  it("refuses a file over the limit before reading it, and passes the parser's errors on", async () => {
    const huge = {
      name: "huge.graphml",
      size: MAX_GRAPH_BYTES + 1,
      stream: () => expect.unreachable("read"),
    } as unknown as File;
    await expect(importFile(huge, () => undefined)).rejects.toThrow(
      "the file is 256.0 MB; graphs up to 256 MB are accepted",
    );
    await expect(importFile(new File(["{ not json"], "broken.json"), () => undefined)).rejects.toThrow(
      /not valid JSON/,
    );
    await expect(importFile(new File(["  \n"], "empty.graphml"), () => undefined)).rejects.toThrow("the file is empty");
  });
});

/** A stand-in for the import worker: records what the page does to it; the test answers for it. */
class FakeWorker {
  posted: unknown[] = [];
  terminated = false;
  onmessage: ((e: MessageEvent<ImportReply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  postMessage(m: unknown) {
    this.posted.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: ImportReply) {
    if (!this.terminated) this.onmessage?.({ data } as MessageEvent<ImportReply>);
  }
}

describe("importInWorker", () => {
  const file = new File(["{}"], "g.json");
  const start = (signal?: AbortSignal) => {
    const worker = new FakeWorker();
    const progress: ImportProgress[] = [];
    const result = importInWorker(
      file,
      () => worker as unknown as Worker,
      (p) => progress.push(p),
      signal,
    );
    return { worker, progress, result };
  };

  it("hands the File over, relays progress and rebuilds the graph sent back, then ends the worker", async () => {
    const { worker, progress, result } = start();
    expect(worker.posted).toEqual([{ type: "import", file }]);
    worker.reply({ type: "progress", stage: "reading", loaded: 1, total: 2 });
    worker.reply({ type: "progress", stage: "parsing", loaded: 2, total: 2 });
    expect(progress.map((p) => p.stage)).toEqual(["reading", "parsing"]);
    worker.reply({ type: "done", graph: serializeGraph(realistic) });
    const graph = await result;
    expect(serializeGraph(graph)).toEqual(serializeGraph(realistic));
    expect([graph.type, graph.multi, graph.allowSelfLoops]).toEqual(["directed", true, false]);
    expect(worker.terminated).toBe(true);
  });

  it("rejects with the worker's error message, or when the worker itself fails", async () => {
    const a = start();
    a.worker.reply({ type: "error", message: "GraphML: not well-formed XML: unclosed tag" });
    await expect(a.result).rejects.toThrow("GraphML: not well-formed XML: unclosed tag");
    expect(a.worker.terminated).toBe(true);
    const b = start();
    b.worker.onerror?.({ message: "", preventDefault: () => undefined } as ErrorEvent);
    await expect(b.result).rejects.toThrow(/the import stopped unexpectedly/);
    expect(b.worker.terminated).toBe(true);
  });

  it("on Cancel terminates the worker at once and rejects with ImportCancelled; nothing it sent later counts", async () => {
    const controller = new AbortController();
    const { worker, progress, result } = start(controller.signal);
    worker.reply({ type: "progress", stage: "parsing", loaded: 2, total: 2 });
    controller.abort();
    expect(worker.terminated).toBe(true);
    await expect(result).rejects.toBeInstanceOf(ImportCancelled);
    worker.reply({ type: "done", graph: serializeGraph(realistic) });
    expect(progress).toHaveLength(1);
    // an import cancelled before it starts starts no worker
    let made = 0;
    const cancelled = new AbortController();
    cancelled.abort();
    await expect(
      importInWorker(
        file,
        () => (made++, new FakeWorker() as unknown as Worker),
        () => undefined,
        cancelled.signal,
      ),
    ).rejects.toBeInstanceOf(ImportCancelled);
    expect(made).toBe(0);
  });
});
