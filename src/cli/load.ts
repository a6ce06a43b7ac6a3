// Loading a graph file given on the command line through the one import function.
import { basename } from "node:path";
import { GRAPH_FILE_EXTENSIONS } from "../formats/format-info";
import { READABLE_FORMATS, extensionList } from "../formats/registry";
import type { NewsGraph } from "../schema/model";
import { CliError } from "./errors";
import { extensionOf, readTextFile } from "./io";

export async function importGraphFile(path: string): Promise<NewsGraph> {
  const ext = extensionOf(path);
  if (path !== "-" && !GRAPH_FILE_EXTENSIONS.includes(ext)) {
    throw new CliError(`${path}: unknown graph format ".${ext}"; use a ${extensionList(READABLE_FORMATS)} file`);
  }
  const text = await readTextFile(path);
  const { importGraph } = await import("../formats/index");
  try {
    return importGraph(text, path === "-" ? "stdin.json" : basename(path));
  } catch (e) {
    throw new CliError(`${path}: ${(e as Error).message}`);
  }
}
