// The in-memory graph: a graphology MultiDirectedGraph typed with our schema,
// and a deterministic (de)serialisation of it.
import { MultiDirectedGraph } from "./graphology";
import type { EdgeAttributes, Evidence, GraphAttributes, NodeAttributes, SerializedNewsGraph } from "./graph";
import { validateSerializedGraph } from "./graph";

export type NewsGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export function createNewsGraph(): NewsGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: false });
}

/** graph.export(), validated: what GRAPH.json holds. */
export function serializeGraph(graph: NewsGraph): SerializedNewsGraph {
  // graph.export()'s shape, built here because its Object.assign copies would turn an
  // attribute named "__proto__" (read from a file) into a prototype instead of data.
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  const out: Record<string, unknown> = { options, attributes: ownCopy(graph.getAttributes()) };
  out.nodes = graph.mapNodes((key, attributes) => withAttributes({ key }, attributes));
  out.edges = graph.mapEdges((key, attributes, source, target, _s, _t, undirected) => {
    const edge = withAttributes({ key, source, target }, attributes);
    return undirected ? { ...edge, undirected: true } : edge;
  });
  return out as unknown as SerializedNewsGraph;
}

function withAttributes<T extends object>(head: T, attributes: object): T & { attributes?: object } {
  return Object.keys(attributes).length ? { ...head, attributes: ownCopy(attributes) } : head;
}

/** A shallow copy keeping every own property as data, "__proto__" included. */
function ownCopy<T extends object>(value: T): T {
  const out = {} as T;
  for (const [name, v] of Object.entries(value))
    Object.defineProperty(out, name, { value: v, writable: true, enumerable: true, configurable: true });
  return out;
}

/** Builds a NewsGraph from parsed JSON, after checking it against the schema. */
export function graphFromJSON(value: unknown): NewsGraph {
  const data = validateSerializedGraph(value);
  const graph = createNewsGraph();
  graph.import({ ...data, options: undefined } as never);
  return graph;
}

/**
 * The JSON text of a graph: graphology's serialized form indented one space, except evidence:
 * each item is `[start, end, sentenceStart, sentenceEnd]` and a list takes one line (there are
 * many: as indented objects they made the file 4× the article; this way it stays under 3×).
 * Every reader turns them back into Evidence objects. Key order is insertion order.
 */
export function graphToJSONText(graph: NewsGraph): string {
  return prettyJSON(serializeGraph(graph), "") + "\n";
}

/** JSON.stringify(value, null, 1), with arrays under an "evidence" key as one line of offset arrays. */
function prettyJSON(value: unknown, indent: string, key?: string): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  const inner = indent + " ";
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    if (key === "evidence") return `[${value.map(evidenceJSON).join(",")}]`;
    return `[\n${value.map((v) => inner + prettyJSON(v, inner)).join(",\n")}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== "function");
  if (entries.length === 0) return "{}";
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${prettyJSON(v, inner, k)}`).join(",\n")}\n${indent}}`;
}

function evidenceJSON(ev: unknown): string {
  const e = ev as Evidence;
  const offsets = [e?.start, e?.end, e?.sentenceStart, e?.sentenceEnd];
  return offsets.every((n) => typeof n === "number") ? `[${offsets.join(",")}]` : (JSON.stringify(ev) ?? "null");
}
