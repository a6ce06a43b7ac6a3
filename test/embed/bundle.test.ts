// The embed bundle: built with vite's build() API, deterministic, free of Node-only and
// schema-validation code, cached and rebuilt when its sources change.
import { describe, expect, it, vi } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildEmbed } from "../../src/embed/build";
import { ensureEmbedBundle, ensureEmbedModule, PROJECT_ROOT } from "../../src/embed/bundle";

const MANIFEST = join(PROJECT_ROOT, "node_modules/.cache/newsgraph/embed/manifest.json");

describe("embed bundle", () => {
  it("builds byte-identical output twice, one IIFE and one ES module", async () => {
    const a = await buildEmbed(PROJECT_ROOT);
    const b = await buildEmbed(PROJECT_ROOT);
    expect(b.iife).toBe(a.iife);
    expect(b.es).toBe(a.es);
    expect(a.iife).toMatch(/customElements/);
    expect(a.es).toMatch(/export\s*\{/);
    expect(a.iife).not.toMatch(/^\s*(import|export)\b/m);
    // nothing from Node, no absolute paths of this machine; the schema is in, in zod's small
    // build (zod/mini: the graph is checked in full, the size budget in embed.test.ts holds)
    for (const code of [a.iife, a.es]) {
      expect(code).not.toMatch(/node:(fs|path|crypto)|\/work\//);
      // sigma's key-indexed objects are null-prototype ones (src/embed/sigma-keys.ts)
      expect(code).toMatch(/[`"]nodeIndices[`"],Object\.create\(null\)/);
      expect(code).not.toMatch(/[`"]node(Indices|DataCache)[`"],\{\}/);
    }
    expect(a.sources.some((s) => s.endsWith("src/schema/graph.ts"))).toBe(true);
    const files = a.sources.map((s) => s.slice(PROJECT_ROOT.length + 1));
    expect(files).toEqual(
      expect.arrayContaining(["src/embed/element.ts", "src/viewer/index.ts", "src/appearance/appearance.ts"]),
    );
    expect(files.filter((f) => f.startsWith("src/embed/") && /(bundle|build|index)\.ts$/.test(f))).toEqual([]);
    // one file: statistics are computed on the page there (the app's worker is a file of its own)
    expect(files).toContain("src/viewer/statistics.ts");
    expect(files).not.toContain("src/viewer/statistics.worker.ts");
  });

  it("is cached, and rebuilt when the manifest no longer matches the sources", async () => {
    const first = await ensureEmbedBundle();
    const manifest = JSON.parse(readFileSync(MANIFEST, "utf8")) as { key: string; files: string[] };
    expect(manifest.files).toEqual(
      expect.arrayContaining(["package-lock.json", "src/embed/build.ts", "src/viewer/index.ts"]),
    );

    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      expect(await ensureEmbedBundle()).toBe(first);
      expect(stderr).not.toHaveBeenCalled();
      // as if a bundled source had changed since the last build
      writeFileSync(MANIFEST, JSON.stringify({ ...manifest, key: "0".repeat(64) }));
      const rebuilt = await ensureEmbedBundle();
      expect(stderr.mock.calls.map((c) => String(c[0])).join("")).toMatch(/building the embed viewer bundle/);
      expect(rebuilt.length).toBeGreaterThan(100_000);
      expect(JSON.parse(readFileSync(MANIFEST, "utf8")).key).not.toBe("0".repeat(64));
    } finally {
      stderr.mockRestore();
    }
    expect(await ensureEmbedModule()).toMatch(/export\s*\{/);
  });
});
