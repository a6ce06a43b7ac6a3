// Where things are (for tests, scripts, benchmarks and the evaluation), resolved from the repo root so tests run the same in a clean clone
// (CI clones the repo to X/p and puts shared/ at X/shared).
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const SHARED = join(REPO_ROOT, "..", "shared");
export const SEED_ARTICLE = join(SHARED, "corpus", "seed", "article.txt");
export const SEED_GOLD = join(SHARED, "corpus", "seed", "gold.json");
export const GUM_DIR = join(SHARED, "corpus", "gum-news");
export const CLI = join(REPO_ROOT, "bin", "newsgraph");
