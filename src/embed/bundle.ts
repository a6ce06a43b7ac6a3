// The embed bundle. In the npm package (this module compiled to build/embed/bundle.js) it is
// the one built ahead of time into build/embed-bundle/ by `npm run build:lib`. From the
// sources (a checkout) it is built once into node_modules/.cache/newsgraph/embed/ and rebuilt
// only when a source file that went into it (or the lockfile) changes. Node only.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const CACHE_DIR = join(PROJECT_ROOT, "node_modules/.cache/newsgraph/embed");
const MANIFEST = join(CACHE_DIR, "manifest.json");
/** The package's prebuilt bundle, used when running compiled (no Vite at run time). */
export const PREBUILT_DIR = join(PROJECT_ROOT, "build", "embed-bundle");
const COMPILED = import.meta.url.endsWith(".js");
const FILES = { iife: "newsgraph-view.iife.js", es: "newsgraph-view.js" } as const;
/** always part of the key: the build recipe itself and the dependency versions */
const ALWAYS = ["src/embed/build.ts", "src/embed/sigma-keys.ts", "package-lock.json"];

interface Manifest {
  key: string;
  /** project-relative paths of the files the key hashes */
  files: string[];
}

/** Hash of the files' paths and contents; null when one is missing (so the cache is stale). */
function hashFiles(files: string[]): string | null {
  const hash = createHash("sha256");
  for (const file of [...files].sort()) {
    const path = join(PROJECT_ROOT, file);
    if (!existsSync(path)) return null;
    hash.update(file).update("\0").update(readFileSync(path)).update("\0");
  }
  return hash.digest("hex");
}

function readManifest(): Manifest | null {
  try {
    return JSON.parse(readFileSync(MANIFEST, "utf8")) as Manifest;
  } catch {
    return null;
  }
}

function isFresh(manifest: Manifest | null): manifest is Manifest {
  return (
    !!manifest &&
    Object.values(FILES).every((f) => existsSync(join(CACHE_DIR, f))) &&
    hashFiles(manifest.files) === manifest.key
  );
}

/** Writes via a temporary name and rename, so a concurrent reader never sees half a file. */
function writeAtomic(path: string, data: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

async function rebuild(): Promise<void> {
  const started = Date.now();
  process.stderr.write("newsgraph: building the embed viewer bundle (first use or sources changed)…\n");
  const { buildEmbed } = await import("./build");
  const result = await buildEmbed(PROJECT_ROOT);
  const files = [...new Set([...ALWAYS, ...result.sources.map((s) => relative(PROJECT_ROOT, s))])].sort();
  const key = hashFiles(files);
  if (!key) throw new Error("embed build: a bundled source file disappeared during the build");
  mkdirSync(CACHE_DIR, { recursive: true });
  writeAtomic(join(CACHE_DIR, FILES.iife), result.iife);
  writeAtomic(join(CACHE_DIR, FILES.es), result.es);
  writeAtomic(MANIFEST, JSON.stringify({ key, files } satisfies Manifest, null, 1) + "\n");
  process.stderr.write(
    `newsgraph: embed bundle built in ${((Date.now() - started) / 1000).toFixed(1)} s ` +
      `(${(result.iife.length / 1024).toFixed(0)} KB)\n`,
  );
}

let pending: Promise<void> | null = null;

/** Builds the bundle when missing or stale; concurrent callers in one process share the build. */
async function ensureFresh(): Promise<void> {
  if (isFresh(readManifest())) return;
  pending ??= rebuild().finally(() => {
    pending = null;
  });
  await pending;
}

/** The viewer bundle as a classic script (IIFE), to inline in a <script> element. */
export async function ensureEmbedBundle(): Promise<string> {
  if (COMPILED) return readPrebuilt(FILES.iife);
  await ensureFresh();
  return readFileSync(join(CACHE_DIR, FILES.iife), "utf8");
}

/** The same bundle as ONE ES module defining <newsgraph-view>, for pages hosting several graphs. */
export async function ensureEmbedModule(): Promise<string> {
  if (COMPILED) return readPrebuilt(FILES.es);
  await ensureFresh();
  return readFileSync(join(CACHE_DIR, FILES.es), "utf8");
}

function readPrebuilt(file: string): string {
  try {
    return readFileSync(join(PREBUILT_DIR, file), "utf8");
  } catch {
    throw new Error(`the prebuilt viewer bundle ${join(PREBUILT_DIR, file)} is missing: run npm run build:lib`);
  }
}

/** Writes the bundle for the package (build:lib): the same two files the cache holds. */
export async function writePrebuiltBundle(): Promise<void> {
  const { buildEmbed } = await import("./build");
  const result = await buildEmbed(PROJECT_ROOT);
  mkdirSync(PREBUILT_DIR, { recursive: true });
  writeAtomic(join(PREBUILT_DIR, FILES.iife), result.iife);
  writeAtomic(join(PREBUILT_DIR, FILES.es), result.es);
}
