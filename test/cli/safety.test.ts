// Nothing lost on the command line: an output never replaces its input, outputs are all or
// nothing with no temporary files left on any exit (SIGTERM included), and reading stops at
// the size limit however endless the input.
import { spawn, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  watch,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CliError } from "../../src/cli/errors";
import { writeOutputs } from "../../src/cli/write";
import { MAX_GRAPH_ELEMENTS } from "../../src/input/limits";
import { CLI, REPO_ROOT } from "../helpers/paths";

function run(args: string[], options: { input?: string; stdinFd?: number } = {}) {
  const res = spawnSync(process.execPath, [CLI, ...args], {
    input: options.input,
    stdio: [options.stdinFd ?? "pipe", "pipe", "pipe"],
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: res.status, stderr: res.stderr };
}

const SEED_GRAPH = join(REPO_ROOT, "test", "e2e", "fixtures", "seed-graph.json");
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "newsgraph-safety-"));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const leftovers = () => readdirSync(dir).filter((f) => f.startsWith(".newsgraph-"));

describe("an output never overwrites its input", () => {
  it("refuses the same path, the same file by another path, and a link to it", () => {
    const graph = join(dir, "g.json");
    writeFileSync(graph, readFileSync(SEED_GRAPH));
    mkdirSync(join(dir, "sub"));
    symlinkSync(graph, join(dir, "link.json"));
    for (const [input, output] of [
      [graph, graph],
      [graph, join(dir, "sub", "..", "g.json")],
      [join(dir, "link.json"), graph],
      [graph, join(dir, "link.json")],
    ]) {
      const { code, stderr } = run(["export", input, "-o", output]);
      expect(code, `${input} -> ${output}`).toBe(1);
      expect(stderr).toMatch(/^newsgraph: refusing to overwrite the input .* with the output .*; choose another -o\n$/);
      expect(readFileSync(graph).equals(readFileSync(SEED_GRAPH))).toBe(true);
    }
    const article = join(dir, "a.json");
    writeFileSync(article, "Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin.");
    expect(run(["build", article, "-o", article]).stderr).toMatch(/refusing to overwrite the input/);
    expect(readFileSync(article, "utf8")).toMatch(/^Chancellor/);
  });
});

describe("outputs are all or nothing", () => {
  it("a failure writing the second CSV table leaves neither table, the old content, and no temporary folder", () => {
    const nodes = join(dir, "t.nodes.csv");
    writeFileSync(nodes, "old nodes");
    // a name the file system takes, but not once staged with its prefix (over 255 bytes)
    const edges = join(dir, "e".repeat(254));
    expect(() =>
      writeOutputs([
        { path: nodes, data: "new nodes" },
        { path: edges, data: "new edges" },
      ]),
    ).toThrow(CliError);
    expect(readFileSync(nodes, "utf8")).toBe("old nodes");
    expect(existsSync(edges)).toBe(false);
    expect(leftovers()).toEqual([]);
  });

  it("SIGTERM while writing leaves no temporary folder, and the output whole or absent", async () => {
    const text = "Chancellor Olaf Scholz met President Emmanuel Macron in Berlin. ".repeat(300_000); // ~19 MB
    const input = join(dir, "big.json");
    const seed = JSON.parse(readFileSync(SEED_GRAPH, "utf8"));
    seed.attributes.source.text = text;
    for (const n of seed.nodes) n.attributes.evidence = [];
    for (const e of seed.edges) e.attributes.evidence = [];
    writeFileSync(input, JSON.stringify(seed));
    const output = join(dir, "killed.json");
    const child = spawn(process.execPath, [CLI, "export", input, "-o", output], { stdio: "ignore" });
    const watcher = watch(dir, (_event, name) => {
      if (String(name).startsWith(".newsgraph-")) child.kill("SIGTERM");
    });
    const code = await new Promise<number | null>((resolve) =>
      child.on("exit", (c, signal) => resolve(c ?? (signal ? -1 : null))),
    );
    watcher.close();
    // Our handler defers the signal past the synchronous staging: the command either finished
    // (0) or cleaned up and exited as SIGTERM asks (143); never killed half-way.
    expect([0, 143]).toContain(code);
    expect(leftovers()).toEqual([]);
    expect(existsSync(output)).toBe(code === 0);
    if (existsSync(output)) expect(JSON.parse(readFileSync(output, "utf8")).attributes.source.text).toBe(text);
  }, 60_000);
});

describe("signals", () => {
  it("SIGTERM during a long build ends it at once, writing nothing (no listener delays it)", async () => {
    const input = join(dir, "long.txt");
    writeFileSync(input, "Chancellor Olaf Scholz met President Emmanuel Macron in Berlin on Monday. ".repeat(60_000)); // ~4.5 MB
    const output = join(dir, "long.json");
    const child = spawn(process.execPath, [CLI, "build", input, "-o", output], { stdio: "ignore" });
    await new Promise((resolve) => setTimeout(resolve, 4000)); // well into the extraction
    child.kill("SIGTERM");
    const signal = await new Promise<string | null>((resolve) => child.on("exit", (_code, s) => resolve(s)));
    expect(signal).toBe("SIGTERM");
    expect(existsSync(output)).toBe(false);
    expect(leftovers()).toEqual([]);
  }, 60_000);
});

describe("reading stops at the size limit", () => {
  it("refuses /dev/zero as a file", () => {
    const { code, stderr } = run(["build", "/dev/zero", "-o", join(dir, "zero.json")]);
    expect(code).toBe(1);
    expect(stderr).toBe("newsgraph: /dev/zero is larger than that; articles up to 64 MB are accepted\n");
    expect(existsSync(join(dir, "zero.json"))).toBe(false);
  });

  it("refuses an endless stdin", () => {
    const { code, stderr } = run(["build", "-", "-o", join(dir, "zero.json")], { stdinFd: openSync("/dev/zero", "r") });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^newsgraph: standard input is larger than that; articles up to 64 MB are accepted\n$/);
  });
});

describe("graphs with more nodes and edges than the limit are refused", () => {
  const over = MAX_GRAPH_ELEMENTS + 1;
  const message = `the graph has ${over.toLocaleString("en-US")} nodes and edges; graphs up to ${MAX_GRAPH_ELEMENTS.toLocaleString("en-US")} nodes and edges are accepted`;
  const keys = Array.from({ length: over }, (_, i) => `n${i}`);

  it("as JSON, with nothing written", () => {
    const input = join(dir, "many.json");
    writeFileSync(input, JSON.stringify({ nodes: keys.map((key) => ({ key })) }));
    for (const output of ["many.gexf", "many.csv"]) {
      const { code, stderr } = run(["export", input, "-o", join(dir, output)]);
      expect(code).toBe(1);
      expect(stderr).toBe(`newsgraph: ${input}: ${message}\n`);
    }
    expect(readdirSync(dir).filter((f) => f.startsWith("many.") && f !== "many.json")).toEqual([]);
    expect(leftovers()).toEqual([]);
  });

  it("as GraphML, before it is parsed, with nothing written", () => {
    const input = join(dir, "many.graphml");
    const nodes = keys.map((key) => `<node id="${key}"/>`).join("\n");
    writeFileSync(
      input,
      `<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph>\n${nodes}\n</graph></graphml>\n`,
    );
    const { code, stderr } = run(["export", input, "-o", join(dir, "many-from-graphml.json")]);
    expect(code).toBe(1);
    expect(stderr).toBe(`newsgraph: ${input}: GraphML: ${message}\n`);
    expect(existsSync(join(dir, "many-from-graphml.json"))).toBe(false);
  });
});
