// Graph data newsgraph wrote itself — the app's seed and saved graphs, an embed's inline data —
// as a graph, in one step that stays off the schema's full check (zod), so a first paint does
// not wait for it: the shape the viewer relies on and every evidence offset are checked here
// (schema/evidence.ts); the app runs the full check after the first paint. Files a person opens
// go through importGraph (index.ts), which checks everything before anything is shown.
import { withCheckedEvidence } from "../schema/evidence";
import { MultiDirectedGraph } from "../schema/graphology";
import type { NewsGraph } from "../schema/model";

export function graphFromData(data: unknown): NewsGraph {
  const d = data as { nodes?: unknown; edges?: unknown } | null;
  if (!d || typeof d !== "object" || !Array.isArray(d.nodes) || !Array.isArray(d.edges))
    throw new Error("not a newsgraph graph: it has no nodes and edges");
  const graph = new MultiDirectedGraph({ allowSelfLoops: false }) as unknown as NewsGraph;
  graph.import({ ...withCheckedEvidence(d as Parameters<typeof withCheckedEvidence>[0]), options: undefined } as never);
  return graph;
}
