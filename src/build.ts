// The whole build as the CLI, the viewer's paste box and the benchmark run it:
// extraction, then the deterministic layout. Browser-safe.
import { extractGraph, type ExtractOptions } from "./extract/index";
import { layoutGraph } from "./layout/index";
import type { NewsGraph } from "./schema/model";

export function buildGraph(text: string, options: ExtractOptions = {}): NewsGraph {
  const graph = extractGraph(text, options);
  layoutGraph(graph);
  return graph;
}
