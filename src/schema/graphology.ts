// graphology, made safe for node keys that are data. graphology 0.26 keeps each node's
// neighbours in plain objects keyed by the neighbour's key ({}[target] = edge), so a key that
// names a property of Object.prototype breaks it: an edge to "constructor" or "toString" is
// chained behind the inherited function (iterating that node's edges, or dropping it, throws),
// and an edge to "__proto__" writes `previous` onto Object.prototype itself, for the whole page.
// Here, once, before any graph exists, graphology's node records get prototype-free neighbour
// objects (Object.create(null)), and the three methods that called hasOwnProperty on them
// check with Object.hasOwn instead. Every other read of those objects (adj[key], `key in adj`,
// for-in, delete) is then right for any key. src/ imports graphology from here, never directly.
import Graph, { DirectedGraph, MultiDirectedGraph, MultiGraph, UndirectedGraph } from "graphology";

export { DirectedGraph, Graph, MultiDirectedGraph, MultiGraph, UndirectedGraph };
export default Graph;

type Neighbours = Record<string, unknown>;
interface NodeRecord {
  in?: Neighbours;
  out?: Neighbours;
  undirected?: Neighbours;
  clear(): void;
}
interface Internals {
  type: string;
  _nodes: Map<string, NodeRecord>;
}
type HasEdge = (this: Internals, ...args: unknown[]) => boolean;

const PATCHED = Symbol.for("newsgraph.graphology-keys");
const SIDES = ["in", "out", "undirected"] as const;

function patch(): void {
  const methods = Graph.prototype as unknown as Record<string | symbol, unknown>;
  if (methods[PATCHED]) return;
  for (const type of ["mixed", "directed", "undirected"] as const) {
    const probe = new Graph({ type });
    probe.addNode("n");
    const record = (probe as unknown as Internals)._nodes?.get("n");
    const proto = record && (Object.getPrototypeOf(record) as NodeRecord);
    if (!proto || typeof proto.clear !== "function" || !SIDES.some((side) => typeof record[side] === "object"))
      throw new Error("graphology's node records are not as src/schema/graphology.ts expects: review that patch");
    const clear = proto.clear;
    proto.clear = function (this: NodeRecord) {
      clear.call(this);
      for (const side of SIDES) if (this[side]) this[side] = Object.create(null) as Neighbours;
    };
  }
  const checks = [
    ["hasDirectedEdge", ["out"]],
    ["hasUndirectedEdge", ["undirected"]],
    ["hasEdge", ["out", "undirected"]],
  ] as const;
  for (const [name, sides] of checks) {
    const original = methods[name] as HasEdge;
    methods[name] = function (this: Internals, ...args: unknown[]): boolean {
      // arity 1 (an edge key) and wrong arities: graphology's own answer or error
      if (args.length !== 2) return original.apply(this, args);
      if (
        (name === "hasDirectedEdge" && this.type === "undirected") ||
        (name === "hasUndirectedEdge" && this.type === "directed")
      )
        return false;
      const record = this._nodes.get(String(args[0]));
      const target = String(args[1]);
      return !!record && sides.some((side) => !!record[side] && Object.hasOwn(record[side], target));
    };
  }
  Object.defineProperty(methods, PATCHED, { value: true });
}

patch();
