// Graph data as a graph, in one step for every reader of data rather than files — the app's
// seed and saved graphs, an embed's inline or fetched data: the shape the viewer relies on and
// every evidence offset are checked (schema/evidence.ts), then the whole schema (schema/graph.ts,
// zod's small build). The app's first paint asks for the schema later (`schema: false`, then
// validateSerializedGraph after the paint), so a large graph shows without waiting for it.
// Files a person opens go through importGraph (index.ts), which also reads other tools' files.
import { withCheckedEvidence } from "../schema/evidence";
import { validateUpgradedGraph } from "../schema/graph";
import { MultiDirectedGraph } from "../schema/graphology";
import type { NewsGraph } from "../schema/model";

export interface DataOptions {
  /** check the whole schema now (default); false leaves it to the caller */
  schema?: boolean;
}

export function graphFromData(data: unknown, options: DataOptions = {}): NewsGraph {
  const d = data as { nodes?: unknown; edges?: unknown } | null;
  if (!d || typeof d !== "object" || !Array.isArray(d.nodes) || !Array.isArray(d.edges))
    throw new Error("not a newsgraph graph: it has no nodes and edges");
  const checked = withCheckedEvidence(d as Parameters<typeof withCheckedEvidence>[0]);
  if (options.schema !== false) validateUpgradedGraph(checked);
  const graph = new MultiDirectedGraph({ allowSelfLoops: false }) as unknown as NewsGraph;
  graph.import({ ...checked, options: undefined } as never);
  return graph;
}
