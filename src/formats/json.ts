// JSON: graphology's serialized form (graph.export()), pretty-printed by the schema module.
// Reading accepts newsgraph graphs exactly as written, and plain graphology exports (from other
// tools) with the missing attributes filled in by normalise.ts.
import { checkGraphElements } from "../input/limits";
import { validateSerializedGraph } from "../schema/graph";
import { graphToJSONText, type NewsGraph } from "../schema/model";
import { graphFromLoose, type LooseGraph } from "./normalise";

export function writeJSON(graph: NewsGraph): string {
  return graphToJSONText(graph);
}

export function readJSON(text: string, fileName = "graph.json"): NewsGraph {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new Error(`not valid JSON: ${(e as Error).message}`);
  }
  // Before validation and the graph: both cost memory by the element.
  checkGraphElements(countElements(value));
  try {
    validateSerializedGraph(value);
  } catch (e) {
    if (!isGraphologyExport(value)) throw e;
  }
  // The parsed objects themselves, not zod's copies: attribute order and extras stay as written.
  const data = value as LooseGraph;
  return graphFromLoose({ attributes: data.attributes ?? {}, nodes: data.nodes, edges: data.edges ?? [] }, fileName);
}

/** graphology's serialized shape: nodes with keys, edges (if any) with source and target. */
function isGraphologyExport(value: unknown): value is LooseGraph {
  if (typeof value !== "object" || value === null) return false;
  const { nodes, edges, attributes } = value as Record<string, unknown>;
  const isKey = (k: unknown) => (typeof k === "string" && k !== "") || typeof k === "number";
  const isObjectOrMissing = (a: unknown) =>
    a === undefined || (typeof a === "object" && a !== null && !Array.isArray(a));
  return (
    Array.isArray(nodes) &&
    nodes.every((n) => typeof n === "object" && n !== null && isKey(n.key) && isObjectOrMissing(n.attributes)) &&
    (edges === undefined ||
      (Array.isArray(edges) &&
        edges.every(
          (e) =>
            typeof e === "object" &&
            e !== null &&
            isKey(e.source) &&
            isKey(e.target) &&
            isObjectOrMissing(e.attributes),
        ))) &&
    isObjectOrMissing(attributes)
  );
}

/** Nodes plus edges of a parsed graph file (0 for what is not one: validation says why). */
function countElements(value: unknown): number {
  if (typeof value !== "object" || value === null) return 0;
  const { nodes, edges } = value as Record<string, unknown>;
  return (Array.isArray(nodes) ? nodes.length : 0) + (Array.isArray(edges) ? edges.length : 0);
}
