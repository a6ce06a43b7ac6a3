// Loading a graph file given on the command line: .json, .graphml or .gexf.
import { basename } from "node:path";
import type { NewsGraph } from "../schema/model";
import { CliError } from "./errors";
import { extensionOf, readTextFile } from "./io";

export async function importGraphFile(path: string): Promise<NewsGraph> {
  const text = readTextFile(path);
  const ext = extensionOf(path);
  if (path !== "-" && !["json", "graphml", "gexf", "xml"].includes(ext)) {
    throw new CliError(`${path}: unknown graph format ".${ext}"; use a .json, .graphml or .gexf file`);
  }
  const { importGraph } = await import("../formats/index");
  try {
    return importGraph(text, path === "-" ? "stdin.json" : basename(path));
  } catch (e) {
    throw new CliError(`${path}: ${(e as Error).message}`);
  }
}
