// A few project modules bundled as one classic script for a bare browser page: the tests that
// run the library itself in Chromium (not the app) write an entry that puts what they need on
// `window`, and add the script to a page.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "vite";

/** Bundles `entrySource` (TypeScript, imports by absolute path) in `dir`; returns the script's text. */
export async function bundleForPage(dir: string, entrySource: string): Promise<string> {
  const entry = join(dir, "entry.ts");
  writeFileSync(entry, entrySource);
  await build({
    configFile: false,
    root: dir,
    logLevel: "silent",
    build: {
      outDir: join(dir, "dist"),
      lib: { entry, formats: ["iife"], name: "pageBundle", fileName: () => "bundle.js" },
      minify: false,
    },
  });
  return readFileSync(join(dir, "dist", "bundle.js"), "utf8");
}
