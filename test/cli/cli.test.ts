// The CLI as a user runs it: a real process, real files on disk.
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  chmodSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, SEED_ARTICLE } from "../helpers/paths";
import { graphToJSONText } from "../../src/schema/model";
import { PROTOTYPE_KEYS, prototypeKeysGraph } from "../render/fixtures";

function run(args: string[], input?: string | Buffer, timeout = 60_000) {
  const res = spawnSync(process.execPath, [CLI, ...args], { input, encoding: "utf8", timeout });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "newsgraph-cli-"));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("build", () => {
  it("builds the seed article into graphology JSON and prints a one-line summary", () => {
    const out = join(dir, "seed.json");
    const { code, stderr } = run(["build", SEED_ARTICLE, "-o", out]);
    expect(code).toBe(0);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(
      /\d+ nodes \(\d+ person, \d+ country, \d+ place, \d+ organization, \d+ event\), \d+ edges in [\d.]+ m?s/,
    );
    const graph = JSON.parse(readFileSync(out, "utf8"));
    expect(graph.attributes.generator.name).toBe("newsgraph");
    expect(graph.attributes.source.text).toBe(readFileSync(SEED_ARTICLE, "utf8"));
    expect(graph.attributes.source.name).toBe("article.txt");
    expect(graph.nodes.some((n: { key: string }) => n.key === "person:donald-trump")).toBe(true);
    expect(graph.nodes.every((n: { attributes: { x: unknown } }) => typeof n.attributes.x === "number")).toBe(true);
  });

  it("gives byte-identical output for the same input", () => {
    const a = join(dir, "a.json"),
      b = join(dir, "b.json");
    expect(run(["build", SEED_ARTICLE, "-o", a]).code).toBe(0);
    expect(run(["build", SEED_ARTICLE, "-o", b]).code).toBe(0);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
  });

  it("reads stdin with -", () => {
    const out = join(dir, "stdin.json");
    const { code } = run(
      ["build", "-", "-o", out],
      "Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin on Monday.",
    );
    expect(code).toBe(0);
    const labels = JSON.parse(readFileSync(out, "utf8")).nodes.map(
      (n: { attributes: { label: string } }) => n.attributes.label,
    );
    expect(labels).toEqual(expect.arrayContaining(["Olaf Scholz", "Emmanuel Macron"]));
  });

  it("writes other formats by extension, csv as two files", () => {
    const base = join(dir, "fmt");
    expect(run(["build", SEED_ARTICLE, "-o", `${base}.graphml`]).code).toBe(0);
    expect(readFileSync(`${base}.graphml`, "utf8")).toContain("<graphml");
    expect(run(["build", SEED_ARTICLE, "-o", `${base}.csv`]).code).toBe(0);
    expect(readFileSync(`${base}.nodes.csv`, "utf8").split("\n")[0]).toMatch(/^key,label,type/);
    expect(readFileSync(`${base}.edges.csv`, "utf8").split("\n")[0]).toMatch(/^key,source,target/);
  });

  it("builds an article of over a megabyte", () => {
    const big = file("big.txt", readFileSync(SEED_ARTICLE, "utf8").repeat(300)); // ~1.2 MB: the bench measures the large sizes
    const outPath = join(dir, "big.json");
    const { code, stderr } = run(["build", big, "-o", outPath], undefined, 170_000);
    expect(code, stderr).toBe(0);
    const graph = JSON.parse(readFileSync(outPath, "utf8"));
    expect(
      graph.nodes.find((n: { key: string }) => n.key === "person:donald-trump").attributes.mentions,
    ).toBeGreaterThan(300);
  }, 180_000); // a correctness test on a shared, loaded machine: the bench measures speed

  it("refuses a file beyond the size limit with a clear error", () => {
    const huge = join(dir, "huge.txt");
    writeFileSync(huge, Buffer.alloc(65 * 1024 * 1024, "a"));
    const { code, stderr } = run(["build", huge, "-o", join(dir, "huge.json")]);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/MB; articles up to 64 MB/);
    expect(existsSync(join(dir, "huge.json"))).toBe(false);
  });

  it("reads CR-only line breaks and zero-width characters, and keeps the file's text as it is", () => {
    // an invented article saved with old Mac line breaks, a zero-width space, a word joiner and a soft hyphen in names
    const content =
      "Dam inspection ordered in Velmora\r\rSenator Cosima Ardel\u200Bwyn met Mayor Rut\u2060ger Baskov in Vienna on Friday.\r" +
      "Ardel\u00ADwyn said the spillway needed work.\r";
    const path = file("cr-zw.txt", content);
    const out = join(dir, "cr-zw.json");
    const { code, stderr } = run(["build", path, "-o", out]);
    expect(code, stderr).toBe(0);
    expect(readFileSync(path, "utf8")).toBe(content);
    const graph = JSON.parse(readFileSync(out, "utf8"));
    expect(graph.attributes.source.text).toBe(content);
    expect(graph.attributes.title).toBe("Dam inspection ordered in Velmora");
    const node = (key: string) => graph.nodes.find((n: { key: string }) => n.key === key)?.attributes;
    expect(node("person:cosima-ardelwyn")?.mentions).toBe(2);
    expect(node("person:rutger-baskov")?.label).toBe("Rutger Baskov");
    const slices = node("person:cosima-ardelwyn").evidence.map(([start, end]: number[]) => content.slice(start, end));
    expect(slices).toEqual(["Cosima Ardel\u200Bwyn", "Ardel\u00ADwyn"]);
  });

  it("carries hostile text as data", () => {
    const out = join(dir, "hostile.json");
    const text =
      'President Joe Biden met <script>alert("x")</script> officials & "friends" in Paris 🚀 \u202Eעברית\u202C on Monday.\u0007';
    expect(run(["build", "-", "-o", out], text).code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).attributes.source.text).toBe(text);
  });
});

describe("bad input: one-line error, non-zero exit, no output file", () => {
  const cases: [string, () => string[], RegExp][] = [
    ["missing file", () => ["build", join(dir, "nope.txt"), "-o", out()], /no such file/],
    ["directory", () => ["build", dir, "-o", out()], /is a directory/],
    ["empty file", () => ["build", file("empty.txt", ""), "-o", out()], /empty/],
    ["whitespace only", () => ["build", file("blank.txt", "  \n\t\n "), "-o", out()], /empty/],
    [
      "binary",
      () => ["build", file("bin.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3])), "-o", out()],
      /binary/,
    ],
    [
      "non-UTF-8",
      () => ["build", file("latin1.txt", Buffer.from("Caf\xe9 in M\xfcnchen", "latin1")), "-o", out()],
      /UTF-8/,
    ],
    [
      "unknown output extension",
      () => ["build", SEED_ARTICLE, "-o", join(dir, "out.docx")],
      /unknown output extension/,
    ],
    [
      "unwritable output path",
      () => ["build", SEED_ARTICLE, "-o", join(dir, "no-such-dir", "out.json")],
      /cannot write/,
    ],
    ["missing -o", () => ["build", SEED_ARTICLE], /missing -o/],
    ["unknown command", () => ["frobnicate"], /unknown command/],
    ["malformed graph", () => ["export", file("bad.json", "{ not json"), "-o", join(dir, "x.graphml")], /bad\.json/],
  ];
  for (const [name, args, message] of cases) {
    it(name, () => {
      const argv = args();
      const before = new Set(readdirSync(dir));
      const { code, stderr } = run(argv);
      expect(code).not.toBe(0);
      expect(stderr.trim().split("\n")).toHaveLength(1);
      expect(stderr).toMatch(message);
      expect(stderr).not.toMatch(/at .*\.ts:\d+/); // no stack traces
      const added = readdirSync(dir).filter((f) => !before.has(f));
      expect(added).toEqual([]);
    });
  }

  it("leaves an existing output untouched when it fails", () => {
    const out = join(dir, "keep.json");
    writeFileSync(out, "precious");
    expect(run(["build", file("empty2.txt", ""), "-o", out]).code).not.toBe(0);
    expect(readFileSync(out, "utf8")).toBe("precious");
  });

  it("refuses a read-only directory before doing any work", () => {
    if (process.getuid?.() === 0) {
      // root ignores permissions; a path under a regular file is unwritable for everyone
      const { code, stderr } = run(["build", SEED_ARTICLE, "-o", join(SEED_ARTICLE, "x.json")]);
      expect(code).not.toBe(0);
      expect(stderr).toMatch(/cannot write/);
      return;
    }
    const ro = join(dir, "ro");
    mkdirSync(ro);
    chmodSync(ro, 0o500);
    const { code, stderr } = run(["build", SEED_ARTICLE, "-o", join(ro, "x.json")]);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/cannot write/);
    expect(existsSync(join(ro, "x.json"))).toBe(false);
  });
});

describe("graphs whose node keys name Object.prototype's properties (keys are data)", () => {
  // no positions: export lays the graph out first, as for any graph
  const input = () => file("keys.json", graphToJSONText(prototypeKeysGraph()));

  it("export draws every node at a finite spot in the SVG", () => {
    const svg = join(dir, "keys.svg");
    const { code, stderr } = run(["export", input(), "-o", svg]);
    expect(code, stderr).toBe(0);
    const text = readFileSync(svg, "utf8");
    expect(text).not.toMatch(/NaN|undefined|Infinity/);
    const centres = [...text.matchAll(/<(?:circle|rect) class="node [^"]*"[^>]*>/g)].map((m) => m[0]);
    expect(centres).toHaveLength(prototypeKeysGraph().order);
    for (const key of PROTOTYPE_KEYS) expect(text).toContain(`Person ${key}`);
  });

  it("export stores a finite position for each node, the same each time", () => {
    const [a, b] = ["keys-a.json", "keys-b.json"].map((name) => join(dir, name));
    for (const o of [a, b]) expect(run(["export", input(), "-o", o]).code).toBe(0);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
    const graph = JSON.parse(readFileSync(a, "utf8")) as {
      nodes: { key: string; attributes: { x: unknown; y: unknown } }[];
    };
    expect(graph.nodes.map((n) => n.key)).toEqual(prototypeKeysGraph().nodes());
    for (const n of graph.nodes)
      expect([n.key, Number.isFinite(n.attributes.x) && Number.isFinite(n.attributes.y)]).toEqual([n.key, true]);
  });
});

describe("help", () => {
  it("prints usage with --help and per command", () => {
    expect(run(["--help"]).stdout).toMatch(/newsgraph build ARTICLE/);
    expect(run(["build", "--help"]).stdout).toMatch(/Usage: newsgraph build/);
  });
});

const out = () => join(dir, "out.json");

function file(name: string, data: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
}
