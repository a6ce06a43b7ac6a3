// Reading inputs for the CLI: files or stdin, read in chunks that stop at the size limit (so
// /dev/zero or an endless pipe is refused at once, not read into memory), with one-line errors.
import { createReadStream, realpathSync, statSync } from "node:fs";
import { basename, dirname, extname, resolve } from "node:path";
import { CliError } from "./errors";
import { decodeArticle, InputError, MAX_ARTICLE_BYTES, MAX_GRAPH_BYTES, notUtf8 } from "../input/article";

const MB = 1048576;

/** Reads a file (or stdin for "-") as bytes, refusing more than `maxBytes` as soon as it is exceeded. */
export async function readInputBytes(path: string, maxBytes: number, what: string): Promise<Uint8Array> {
  const name = path === "-" ? "standard input" : path;
  if (path !== "-") {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      throw new CliError(`${path}: no such file`);
    }
    if (stat.isDirectory()) throw new CliError(`${path} is a directory, not a file`);
    if (stat.size > maxBytes) throw tooLarge(name, `is ${(stat.size / MB).toFixed(1)} MB`, maxBytes, what);
  }
  const stream = path === "-" ? process.stdin : createReadStream(path);
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBytes) throw tooLarge(name, "is larger than that", maxBytes, what);
      chunks.push(chunk);
    }
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(`cannot read ${name}: ${code ?? (e as Error).message}`);
  } finally {
    if (path !== "-") (stream as ReturnType<typeof createReadStream>).destroy();
    else process.stdin.pause();
  }
  return Buffer.concat(chunks, total);
}

function tooLarge(name: string, size: string, maxBytes: number, what: string): CliError {
  return new CliError(`${name} ${size}; ${what} up to ${maxBytes / MB} MB are accepted`);
}

export async function readArticle(path: string): Promise<{ text: string; name: string }> {
  const name = path === "-" ? "stdin" : basename(path);
  const bytes = await readInputBytes(path, MAX_ARTICLE_BYTES, "articles");
  try {
    return { text: decodeArticle(bytes, path === "-" ? "standard input" : path), name };
  } catch (e) {
    if (e instanceof InputError) throw new CliError(e.message);
    throw e;
  }
}

export async function readTextFile(path: string): Promise<string> {
  const bytes = await readInputBytes(path, MAX_GRAPH_BYTES, "graph files");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(notUtf8(path));
  }
}

export function extensionOf(path: string): string {
  return extname(path).slice(1).toLowerCase();
}

/** The file a path names once links are followed; for a file yet to be written, its directory's. */
function canonicalPath(path: string): string {
  const full = resolve(path);
  try {
    return realpathSync(full);
  } catch {
    try {
      return resolve(realpathSync(dirname(full)), basename(full));
    } catch {
      return full;
    }
  }
}

function sameFile(a: string, b: string): boolean {
  if (canonicalPath(a) === canonicalPath(b)) return true;
  try {
    const [sa, sb] = [statSync(a), statSync(b)];
    return sa.dev === sb.dev && sa.ino === sb.ino; // hard links
  } catch {
    return false;
  }
}

/** Refuses, before any work, an output that would overwrite the input it is made from. */
export function refuseOverwritingInput(input: string, outputs: string[]): void {
  if (input === "-") return;
  const clash = outputs.find((output) => sameFile(input, output));
  if (clash) throw new CliError(`refusing to overwrite the input ${input} with the output ${clash}; choose another -o`);
}
