// Saving from the viewer: a Blob as a file, and the tools' "Export" (the picked nodes and the edges
// between them as graphology's serialized JSON). The app saves through downloadBlob too.
import type { NewsGraph } from "../schema/model";

/** Saves a Blob as a file through a temporary <a download> (the only way a page can). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.style.display = "none";
  document.body.append(a);
  a.click();
  a.remove();
  // revoked later, not at once: the download may not have read the URL yet
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A copy of the graph with the given nodes (those it has, once each) and the edges between them. */
export function subgraphOf(graph: NewsGraph, keys: Iterable<string>): NewsGraph {
  const out = graph.nullCopy() as NewsGraph;
  out.replaceAttributes({ ...graph.getAttributes() });
  for (const k of new Set(keys)) if (graph.hasNode(k)) out.addNode(k, { ...graph.getNodeAttributes(k) });
  graph.forEachEdge((key, attrs, source, target) => {
    if (out.hasNode(source) && out.hasNode(target)) out.addDirectedEdgeWithKey(key, source, target, { ...attrs });
  });
  return out;
}

/** Downloads the given nodes and the edges between them as selection.json. */
export function downloadSubgraph(graph: NewsGraph, keys: Iterable<string>): void {
  const json = JSON.stringify(subgraphOf(graph, keys).export());
  downloadBlob(new Blob([json], { type: "application/json" }), "selection.json");
}
