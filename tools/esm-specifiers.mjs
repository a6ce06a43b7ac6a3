#!/usr/bin/env node
// The sources import each other without extensions ("./graph"), as Vite and tsx resolve them;
// Node's ES modules need the file itself ("./graph.js", "./lexicon/index.js"). This rewrites
// the relative specifiers of tsc's output in place, by looking at what exists on disk.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(["'])(\.{1,2}\/[^"']*)\2/g;

function resolveSpecifier(fromFile, specifier) {
  if (/\.(m?js|json)$/.test(specifier)) return specifier;
  const base = resolve(dirname(fromFile), specifier);
  if (existsSync(base + ".js")) return specifier + ".js";
  if (existsSync(join(base, "index.js"))) return specifier.replace(/\/?$/, "/index.js");
  throw new Error(`${fromFile}: cannot resolve "${specifier}"`);
}

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(js|d\.ts)$/.test(name)) yield path;
  }
}

const root = resolve(process.argv[2] ?? "build");
let changed = 0;
for (const file of files(root)) {
  const jsTwin = file.endsWith(".d.ts") ? file.slice(0, -5) + ".js" : file;
  const text = readFileSync(file, "utf8");
  const out = text.replace(
    SPECIFIER,
    (_m, lead, quote, spec) => `${lead}${quote}${resolveSpecifier(jsTwin, spec)}${quote}`,
  );
  if (out !== text) {
    writeFileSync(file, out);
    changed++;
  }
}
process.stdout.write(`esm-specifiers: ${changed} files rewritten in ${root}\n`);
