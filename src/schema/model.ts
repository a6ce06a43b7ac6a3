// The in-memory graph: a graphology MultiDirectedGraph typed with our schema,
// and a deterministic (de)serialisation of it.
import { MultiDirectedGraph } from "graphology";
import type { EdgeAttributes, GraphAttributes, NodeAttributes, SerializedNewsGraph } from "./graph";
import { validateSerializedGraph } from "./graph";

export type NewsGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export function createNewsGraph(): NewsGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: false });
}

/** graph.export(), validated: what GRAPH.json holds. */
export function serializeGraph(graph: NewsGraph): SerializedNewsGraph {
  return graph.export() as SerializedNewsGraph;
}

/** Builds a NewsGraph from parsed JSON, after checking it against the schema. */
export function graphFromJSON(value: unknown): NewsGraph {
  const data = validateSerializedGraph(value);
  const graph = createNewsGraph();
  graph.import({ ...data, options: undefined } as never);
  return graph;
}

/** The JSON text of a graph: stable key order comes from insertion order, which the assembler fixes. */
export function graphToJSONText(graph: NewsGraph): string {
  return JSON.stringify(serializeGraph(graph), null, 1) + "\n";
}
