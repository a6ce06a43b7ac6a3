// The build's rewrite of sigma's key-indexed objects (src/embed/sigma-keys.ts), run on the sigma
// installed here: every initialiser it expects is found and becomes a null-prototype object, in
// each of sigma's builds, and a build where one is missing stops with a message naming it. That
// a click then picks a node keyed "__proto__" is test/e2e/keys.test.ts, in Chromium.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { SIGMA_REWRITES, isSigmaModule, rewriteSigmaSource, sigmaKeysAsData } from "../../src/embed/sigma-keys";

const sigmaDist = join(dirname(createRequire(import.meta.url).resolve("sigma/package.json")), "dist");
const BUILDS = ["sigma.esm.js", "sigma.cjs.dev.js", "sigma.cjs.prod.js"];

describe("sigma's key-indexed objects as null-prototype objects", () => {
  it.each(BUILDS)("rewrites every initialiser of %s", (file) => {
    const code = readFileSync(join(sigmaDist, file), "utf8");
    const out = rewriteSigmaSource(code);
    for (const { find, count } of SIGMA_REWRITES) {
      expect(out.includes(find), find).toBe(false);
      expect(out.split(find.replace("{}", "Object.create(null)")).length - 1, find).toBe(count);
    }
    // nothing else moved: the rewritten text is the original with exactly those replacements
    const total = SIGMA_REWRITES.reduce((n, r) => n + r.count, 0);
    expect(out.length - code.length).toBe(total * ("Object.create(null)".length - 2));
  });

  it("stops the build when sigma's code no longer has an initialiser where it was", () => {
    const code = readFileSync(join(sigmaDist, "sigma.esm.js"), "utf8").replace(
      "var edgeIndices = {};",
      "let edgeIndices = {};",
    );
    expect(() => rewriteSigmaSource(code)).toThrow(/expected 1 × `var edgeIndices = \{\};` in sigma's build, found 0/);
  });

  it("transforms sigma's own module only", () => {
    const plugin = sigmaKeysAsData();
    expect(isSigmaModule(join(sigmaDist, "sigma.esm.js"))).toBe(true);
    expect(isSigmaModule(join(sigmaDist, "sigma.esm.js") + "?v=1234")).toBe(true);
    expect(isSigmaModule("/x/node_modules/@sigma/edge-curve/dist/sigma-edge-curve.esm.js")).toBe(false);
    expect(isSigmaModule("/x/src/viewer/sigma.esm.js")).toBe(false);
    expect(plugin.transform("var nodeIndices = {};", "/x/src/app/main.ts")).toBeNull();
  });
});
