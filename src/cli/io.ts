// Reading inputs and writing outputs for the CLI. Outputs are written whole or not at all:
// to a temporary file beside the target, renamed into place once complete.
import { mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, accessSync, constants } from "node:fs";
import { basename, dirname, extname, resolve } from "node:path";
import { CliError } from "./errors";
import { decodeArticle, InputError, MAX_ARTICLE_BYTES } from "../input/article";

/** Reads a file (or stdin for "-") as bytes, with one-line errors for the usual mistakes. */
export function readInputBytes(path: string, maxBytes = Infinity): Uint8Array {
  if (path === "-") {
    try {
      return readFileSync(0);
    } catch (e) {
      throw new CliError(`cannot read standard input: ${(e as Error).message}`);
    }
  }
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new CliError(`${path}: no such file`);
  }
  if (stat.isDirectory()) throw new CliError(`${path} is a directory, not a file`);
  if (stat.size > maxBytes) {
    throw new CliError(`${path} is ${(stat.size / 1048576).toFixed(1)} MB; articles up to ${maxBytes / 1048576} MB are accepted`);
  }
  try {
    return readFileSync(path);
  } catch (e) {
    throw new CliError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

export function readArticle(path: string): { text: string; name: string } {
  const name = path === "-" ? "stdin" : basename(path);
  try {
    return { text: decodeArticle(readInputBytes(path, MAX_ARTICLE_BYTES), path === "-" ? "standard input" : path), name };
  } catch (e) {
    if (e instanceof InputError) throw new CliError(e.message);
    throw e;
  }
}

export function readTextFile(path: string): string {
  const bytes = readInputBytes(path);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(`${path} is not valid UTF-8 text`);
  }
}

export function extensionOf(path: string): string {
  return extname(path).slice(1).toLowerCase();
}

/** Fails early, before any work, when the output cannot be written. */
export function checkWritable(path: string): void {
  const full = resolve(path);
  let dirStat;
  try {
    dirStat = statSync(dirname(full));
  } catch {
    throw new CliError(`cannot write ${path}: directory ${dirname(path) || "."} does not exist`);
  }
  if (!dirStat.isDirectory()) throw new CliError(`cannot write ${path}: ${dirname(path)} is not a directory`);
  try {
    if (statSync(full).isDirectory()) throw new CliError(`cannot write ${path}: it is a directory`);
  } catch (e) {
    if (e instanceof CliError) throw e;
  }
  try {
    accessSync(dirname(full), constants.W_OK);
  } catch {
    throw new CliError(`cannot write ${path}: permission denied`);
  }
}

/** Writes every file or none: each goes to a temporary file first, then all are renamed. */
export function writeOutputs(files: { path: string; data: string | Uint8Array }[]): void {
  const staged: { tmp: string; path: string }[] = [];
  try {
    for (const f of files) {
      const dir = mkdtempSync(resolve(dirname(resolve(f.path)), ".newsgraph-"));
      const tmp = resolve(dir, basename(f.path));
      staged.push({ tmp, path: f.path });
      writeFileSync(tmp, f.data);
    }
    for (const s of staged) renameSync(s.tmp, s.path);
  } catch (e) {
    throw new CliError(`cannot write ${files.map((f) => f.path).join(", ")}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  } finally {
    for (const s of staged) rmSync(dirname(s.tmp), { recursive: true, force: true });
  }
}
