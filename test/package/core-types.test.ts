// The browser-safe core compiles without the DOM and Node types: `npm run typecheck` (`tsc -b`)
// builds tsconfig.core.json, and a `document` or `Buffer` in src/extract fails it. Proven on a
// copy of the core (its folders and configs as they are) with one stray file added, built by the
// real `tsc -b`: the repo's own tree and its build cache are never touched.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../helpers/paths";

const TSC = join(REPO_ROOT, "node_modules", "typescript", "bin", "tsc");

/** A tsconfig file (JSON with comments) as an object. */
function readConfig(file: string): { extends?: string; include?: string[]; references?: { path: string }[] } {
  const { config, error } = ts.readConfigFile(join(REPO_ROOT, file), ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, "\n"));
  return config;
}

/** The config and the ones it extends, nearest first (all relative to the repo root here). */
function extendsChain(file: string): string[] {
  const parent = readConfig(file).extends;
  return [file, ...(parent ? extendsChain(join(dirname(file), parent)) : [])];
}

/**
 * A temporary copy of the core: the configs and every path the core includes, and a node_modules
 * of links to the repo's packages without its .cache (so the copy's build cache is its own).
 */
function copyOfCore(): string {
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-core-"));
  for (const file of extendsChain("tsconfig.core.json")) cpSync(join(REPO_ROOT, file), join(dir, file));
  for (const path of readConfig("tsconfig.core.json").include ?? [])
    cpSync(join(REPO_ROOT, path), join(dir, path), { recursive: true });
  mkdirSync(join(dir, "node_modules"));
  for (const name of readdirSync(join(REPO_ROOT, "node_modules")))
    if (name !== ".cache") symlinkSync(join(REPO_ROOT, "node_modules", name), join(dir, "node_modules", name));
  return dir;
}

describe("the core's types", () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it("npm run typecheck is tsc -b over a solution that references the core", () => {
    const scripts = JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")).scripts;
    expect(scripts.typecheck).toBe("tsc -b");
    const references = readConfig("tsconfig.json").references?.map((r) => r.path);
    expect(references).toContain("./tsconfig.core.json");
    expect(readConfig("tsconfig.rest.json").references?.map((r) => r.path)).toEqual(["./tsconfig.core.json"]);
  });

  it("a document, Buffer or process in src/extract fails tsc -b, and nothing else in the core does", () => {
    const dir = copyOfCore();
    dirs.push(dir);
    writeFileSync(
      join(dir, "src/extract/stray.ts"),
      'export const title = document.title;\nexport const bytes = Buffer.from("");\nexport const env = process.env;\n',
    );
    const res = spawnSync(process.execPath, [TSC, "-b", "tsconfig.core.json"], { cwd: dir, encoding: "utf8" });
    const errors = (res.stdout + res.stderr).split("\n").filter((line) => /error TS\d+/.test(line));
    expect(res.status).not.toBe(0);
    expect(errors.map((line) => line.replace(/: error (TS\d+).*/, " $1"))).toEqual([
      "src/extract/stray.ts(1,22) TS2584", // document: "change the 'lib' option to include 'dom'"
      "src/extract/stray.ts(2,22) TS2591", // Buffer: "install type definitions for node"
      "src/extract/stray.ts(3,20) TS2591", // process
    ]);
  }, 180_000);
});
