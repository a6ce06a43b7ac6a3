// newsgraph as an npm user gets it: `npm pack` (which runs prepack: tsc to build/, the viewer
// bundle built ahead of time), the tarball installed into an empty folder with --omit=dev (no
// tsx, no Vite, no TypeScript), then the command (build, export, embed, report, parse) and the
// library used from there.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT, SEED_ARTICLE } from "../helpers/paths";

let dir: string;
let app: string;
let files: string[];

function npm(args: string[], cwd: string): string {
  return execFileSync("npm", [...args, "--no-audit", "--no-fund", "--prefer-offline"], {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    timeout: 600_000,
  });
}

/** The installed command, run with plain node. */
function newsgraph(...args: string[]) {
  const res = spawnSync(process.execPath, [join(app, "node_modules", "newsgraph", "bin", "newsgraph"), ...args], {
    cwd: app,
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "newsgraph-pack-"));
  const out = npm(["pack", "--json", "--pack-destination", dir], REPO_ROOT);
  // prepack's own lines come first on stdout, then npm's JSON
  const packed = JSON.parse(out.slice(out.search(/^\[\s*\{/m))) as { filename: string; files: { path: string }[] }[];
  files = packed[0].files.map((f) => f.path);
  app = join(dir, "app");
  mkdirSync(app);
  writeFileSync(
    join(app, "package.json"),
    JSON.stringify({ name: "consumer", version: "1.0.0", type: "module", private: true }),
  );
  npm(["install", "--omit=dev", join(dir, packed[0].filename)], app);
}, 900_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the npm package", () => {
  it("ships compiled JavaScript, declarations and the prebuilt viewer bundle, not the sources or tests", () => {
    expect(files).toEqual(
      expect.arrayContaining([
        "bin/newsgraph",
        "build/cli/main.js",
        "build/index.js",
        "build/index.d.ts",
        "build/browser.js",
        "build/embed-bundle/newsgraph-view.iife.js",
        "package.json",
        "README.md",
      ]),
    );
    expect(
      files.filter((f) => f.startsWith("src/") || f.startsWith("test/") || (f.endsWith(".ts") && !f.endsWith(".d.ts"))),
    ).toEqual([]);
    for (const dev of ["tsx", "vite", "typescript", "vitest"])
      expect(existsSync(join(app, "node_modules", dev)), dev).toBe(false);
  });

  it("builds, exports, embeds, reports and parses with plain node", () => {
    const graph = join(app, "g.json");
    const build = newsgraph("build", SEED_ARTICLE, "-o", graph);
    expect(build.code, build.stderr).toBe(0);
    expect(build.stderr).toMatch(/^newsgraph: \d+ nodes .* edges in .* → /);
    expect(JSON.parse(readFileSync(graph, "utf8")).attributes.source.text).toBe(readFileSync(SEED_ARTICLE, "utf8"));
    for (const ext of ["graphml", "gexf", "csv", "svg", "png"]) {
      const res = newsgraph("export", graph, "-o", join(app, `g.${ext}`));
      expect(res.code, `${ext}: ${res.stderr}`).toBe(0);
    }
    expect(readFileSync(join(app, "g.png")).subarray(1, 4).toString()).toBe("PNG");
    const embed = newsgraph("embed", graph, "-o", join(app, "e.html"));
    expect(embed.code, embed.stderr).toBe(0);
    expect(embed.stderr).not.toMatch(/building/); // the bundle shipped, nothing built at run time
    expect(readFileSync(join(app, "e.html"), "utf8")).toMatch(/<newsgraph-view|customElements/);
    const report = newsgraph("report", graph, "-o", join(app, "r.html"));
    expect(report.code, report.stderr).toBe(0);
    expect(readFileSync(join(app, "r.html"), "utf8")).toContain("Trump");
    const parse = newsgraph("parse", SEED_ARTICLE, "-o", join(app, "a.conllu"));
    expect(parse.code, parse.stderr).toBe(0);
    // CoNLL-U rows: ten tab-separated columns, with lemmas, tags and heads from the shipped models
    const rows = readFileSync(join(app, "a.conllu"), "utf8")
      .split("\n")
      .filter((l) => /^\d+\t/.test(l));
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.every((r) => r.split("\t").length === 10)).toBe(true);
  });

  it('is a library: import { extractGraph, buildGraph, toGraphML, importGraph, evidenceSentence } from "newsgraph"', () => {
    const script = `
      import { buildGraph, extractGraph, toGraphML, importGraph, evidenceSentence, FORMATS } from "newsgraph";
      import * as browser from "newsgraph/browser";
      const g = buildGraph("Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin on Monday.", { name: "a.txt" });
      const back = importGraph(toGraphML(g), "g.graphml");
      const ev = back.getNodeAttribute("person:olaf-scholz", "evidence")[0];
      console.log(JSON.stringify({ nodes: extractGraph("Angela Merkel visited Paris.").order, same: back.order === g.order,
        sentence: evidenceSentence(back.getAttribute("source").text, ev), formats: FORMATS.map((f) => f.id), browser: typeof browser.buildGraph }));`;
    const out = JSON.parse(
      execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: app, encoding: "utf8" }),
    );
    expect(out).toMatchObject({ same: true, browser: "function" });
    expect(out.nodes).toBeGreaterThan(0);
    expect(out.sentence).toBe("Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin on Monday.");
    expect(out.formats).toEqual(["json", "graphml", "gexf", "csv", "svg", "png"]);
  });

  it("has type declarations TypeScript finds through the exports map", () => {
    writeFileSync(
      join(app, "use.ts"),
      `import { buildGraph, toGEXF, type NewsGraph, type Evidence } from "newsgraph";
       const g: NewsGraph = buildGraph("Olaf Scholz met Emmanuel Macron.");
       const ev: Evidence[] = g.getNodeAttribute(g.nodes()[0], "evidence");
       const text: string = toGEXF(g);
       // @ts-expect-error: a number is not an article
       buildGraph(42);
       export { ev, text };`,
    );
    const tsc = join(REPO_ROOT, "node_modules", "typescript", "bin", "tsc");
    const res = spawnSync(
      process.execPath,
      [
        tsc,
        "--noEmit",
        "--strict",
        "--module",
        "nodenext",
        "--moduleResolution",
        "nodenext",
        "--skipLibCheck",
        "use.ts",
      ],
      { cwd: app, encoding: "utf8" },
    );
    expect(res.stdout + res.stderr).toBe("");
    expect(res.status).toBe(0);
  });
});
