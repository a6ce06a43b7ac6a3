import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { sigmaKeysAsData } from "./src/embed/sigma-keys.ts";

const root = dirname(fileURLToPath(import.meta.url));

/**
 * The graph the app opens first: NEWSGRAPH_SEED_GRAPH if set, else the one
 * `npm run graph-data` builds, else the hand-checked test fixture.
 */
export function seedGraphPath(): string {
  const fromEnv = process.env.NEWSGRAPH_SEED_GRAPH;
  if (fromEnv) return resolve(fromEnv);
  const built = resolve(root, "graph-data/seed/graph.json");
  return existsSync(built) ? built : resolve(root, "test/e2e/fixtures/seed-graph.json");
}

export default defineConfig({
  base: "./",
  resolve: { alias: [{ find: /^@seed-graph(?=\?|$)/, replacement: seedGraphPath() }] },
  plugins: [sigmaKeysAsData()],
  // the dev server pre-bundles sigma with Rolldown, past the plugins above
  optimizeDeps: { rolldownOptions: { plugins: [sigmaKeysAsData()] } },
  build: { outDir: "dist", target: "es2022", assetsInlineLimit: 0 },
  worker: { format: "es" },
  test: {
    include: ["test/**/*.test.ts", "evaluation/**/*.test.ts"],
    setupFiles: ["test/setup/models.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
