// Writing outputs whole or not at all: every file is staged in one temporary folder beside the
// targets, then renamed into place; if any rename fails, the ones done are rolled back (earlier
// contents restored). The temporary folder goes on every exit, SIGTERM and Ctrl-C included.
import {
  accessSync,
  closeSync,
  constants,
  existsSync,
  mkdtempSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { CliError } from "./errors";

export interface OutputFile {
  path: string;
  /** the file's content, or its pieces in order (GRAPH.json: see json-text.ts) */
  data: string | Uint8Array | Iterable<string>;
}

const cleanups = new Set<() => void>();
const SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const;

let listening = false;

/**
 * Runs pending cleanups when the process ends. Installed when writing starts (the last step of
 * a command), not before: while a signal listener is installed, a signal waits for synchronous
 * work to finish, which is what the staging below needs and what a long build must not get
 * (Ctrl-C or SIGTERM during extraction still ends the process at once; nothing is staged then).
 */
function cleanUpOnExit(): void {
  if (listening) return;
  listening = true;
  process.on("exit", runCleanups);
  for (const [signal, number] of Object.entries(SIGNALS)) {
    process.on(signal, () => {
      runCleanups();
      process.exit(128 + number);
    });
  }
}

function runCleanups(): void {
  for (const cleanup of cleanups) cleanup();
  cleanups.clear();
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

/** Writes every file or none (all outputs of one command share a directory). */
export function writeOutputs(files: OutputFile[]): void {
  const dirs = new Set(files.map((f) => dirname(resolve(f.path))));
  if (dirs.size !== 1) throw new Error("writeOutputs: outputs of one command must share a directory");
  let staging: string | undefined;
  cleanUpOnExit();
  const cleanup = () => {
    if (staging) rmSync(staging, { recursive: true, force: true });
  };
  cleanups.add(cleanup);
  const placed: { path: string; backup?: string }[] = [];
  try {
    staging = mkdtempSync(join([...dirs][0], ".newsgraph-"));
    const staged = files.map((f, i) => {
      const tmp = join(staging!, `${i}-${basename(f.path)}`);
      writeFile(tmp, f.data);
      return { tmp, path: resolve(f.path) };
    });
    for (const [i, s] of staged.entries()) {
      const backup = existsSync(s.path) ? join(staging, `previous-${i}`) : undefined;
      if (backup) renameSync(s.path, backup);
      placed.push({ path: s.path, backup });
      renameSync(s.tmp, s.path);
    }
  } catch (e) {
    rollBack(placed);
    throw new CliError(
      `cannot write ${files.map((f) => f.path).join(", ")}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    );
  } finally {
    cleanup();
    cleanups.delete(cleanup);
  }
}

function writeFile(path: string, data: OutputFile["data"]): void {
  if (typeof data === "string" || data instanceof Uint8Array) return writeFileSync(path, data);
  const fd = openSync(path, "w");
  try {
    for (const piece of data) {
      const bytes = Buffer.from(piece);
      for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done);
    }
  } finally {
    closeSync(fd);
  }
}

/** Undoes the renames done so far, newest first: a file that existed gets its old content back. */
function rollBack(placed: { path: string; backup?: string }[]): void {
  for (const { path, backup } of placed.reverse()) {
    try {
      if (backup && existsSync(backup)) renameSync(backup, path);
      else rmSync(path, { force: true });
    } catch {
      // best effort: the error reported names every output
    }
  }
}
