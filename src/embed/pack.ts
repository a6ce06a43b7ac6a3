// A smaller JSON form of a serialized graph for embedding: each evidence item as an array of
// its four offsets instead of an object. Lossless: unpackGraph(packGraph(g)) deep-equals g.
// Pure: runs in Node (when writing the embed) and in the browser (when reading it).
import type { Evidence, SerializedNewsGraph } from "../schema/graph";

/** [start, end, sentenceStart, sentenceLength]. */
type PackedEvidence = [number, number, number, number] | Evidence;

export interface PackedGraph {
  format: "newsgraph-packed/1";
  graph: SerializedNewsGraph;
}

function packEvidence(_text: string, list: Evidence[]): PackedEvidence[] {
  if (!Array.isArray(list)) return list;
  return list.map((e) =>
    typeof e?.sentenceEnd === "number" ? [e.start, e.end, e.sentenceStart, e.sentenceEnd - e.sentenceStart] : e,
  );
}

function unpackEvidence(text: string, list: PackedEvidence[]): Evidence[] {
  if (!Array.isArray(list)) return list;
  return list.map((e) =>
    Array.isArray(e) ? { start: e[0], end: e[1], sentenceStart: e[2], sentenceEnd: e[2] + e[3] } : e,
  );
}

function mapEvidence<T extends { attributes: { evidence: unknown[] } }>(
  items: T[],
  fn: (list: never[]) => unknown[],
): T[] {
  if (!Array.isArray(items)) return items;
  return items.map((item) => ({
    ...item,
    attributes: { ...item.attributes, evidence: fn(item.attributes.evidence as never[]) },
  }));
}

export function packGraph(graph: SerializedNewsGraph): PackedGraph {
  const text = graph.attributes?.source?.text ?? "";
  const pack = (list: never[]) => packEvidence(text, list);
  return {
    format: "newsgraph-packed/1",
    graph: { ...graph, nodes: mapEvidence(graph.nodes, pack), edges: mapEvidence(graph.edges, pack) },
  };
}

export function isPackedGraph(value: unknown): value is PackedGraph {
  return typeof value === "object" && value !== null && (value as PackedGraph).format === "newsgraph-packed/1";
}

/** Accepts a packed graph or a plain serialized graph (GRAPH.json) and returns the plain form. */
export function unpackGraph(value: unknown): SerializedNewsGraph {
  if (!isPackedGraph(value)) return value as SerializedNewsGraph;
  const graph = value.graph;
  const text = graph.attributes?.source?.text ?? "";
  const unpack = (list: never[]) => unpackEvidence(text, list);
  return { ...graph, nodes: mapEvidence(graph.nodes, unpack), edges: mapEvidence(graph.edges, unpack) };
}
