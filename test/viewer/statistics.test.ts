// The viewer's statistics (src/viewer/statistics.ts) and the worker protocol, in Node: the worker
// module runs against a fake worker scope, so the real message handling is what is tested.
import { UndirectedGraph } from "graphology";
import pagerank from "graphology-metrics/centrality/pagerank";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateGraph } from "../../tools/graph-gen";
import {
  computeStatistics,
  computeStatisticsInWorker,
  MAX_BETWEENNESS_NODES,
  statisticsOffThread,
  SYNC_MAX_EDGES,
  SYNC_MAX_NODES,
  type StatisticsReply,
  type StatisticsRequest,
} from "../../src/viewer/statistics";
import type { NewsGraph } from "../../src/schema/model";
import { prototypeKeysGraph } from "../render/fixtures";

/** A Worker whose other end is src/viewer/statistics.worker.ts, loaded into a fake `self`. */
const scope: { onmessage: ((e: { data: StatisticsRequest }) => void) | null; postMessage(m: StatisticsReply): void } = {
  onmessage: null,
  postMessage: () => undefined,
};
let previousSelf: unknown;
beforeAll(async () => {
  previousSelf = (globalThis as { self?: unknown }).self;
  (globalThis as { self?: unknown }).self = scope;
  await import("../../src/viewer/statistics.worker");
});
afterAll(() => {
  (globalThis as { self?: unknown }).self = previousSelf;
});

function fakeWorker(log: string[]): () => Worker {
  return () => {
    const worker = {
      onmessage: null as ((e: { data: StatisticsReply }) => void) | null,
      onerror: null,
      terminate: () => log.push("terminate"),
      postMessage(data: StatisticsRequest, transfer: ArrayBuffer[]) {
        log.push(`request ${transfer.length} buffers`);
        // a structured clone on the way in and out, as postMessage does
        scope.postMessage = (reply) => worker.onmessage?.({ data: structuredClone(reply) });
        setTimeout(() => scope.onmessage!({ data: structuredClone(data) }), 0);
      },
    };
    return worker as unknown as Worker;
  };
}

describe("statistics", () => {
  const graph = generateGraph(120, 400, 3);
  // parallel edges and both directions: the undirected copy merges them into a weight
  const keys = graph.nodes();
  graph.addDirectedEdgeWithKey("dup-1", keys[0]!, keys[1]!, {
    label: "x",
    kind: "relation",
    evidence: [],
    mentions: 3,
  } as never);
  graph.addDirectedEdgeWithKey("dup-2", keys[1]!, keys[0]!, {
    label: "y",
    kind: "relation",
    evidence: [],
    mentions: 2,
  } as never);

  it("are the multigraph's degree and graphology's measures on the weighted simple copy", () => {
    const s = computeStatistics(graph);
    const simple = new UndirectedGraph();
    graph.forEachNode((k) => simple.addNode(k));
    graph.forEachEdge((_e, a, u, v) => {
      const w = Math.max(1, (a.mentions as number | undefined) ?? 1);
      if (simple.hasEdge(u, v)) simple.updateEdgeAttribute(u, v, "weight", (x: number) => x + w);
      else simple.addEdge(u, v, { weight: w });
    });
    const rank = pagerank(simple, { getEdgeWeight: "weight" });
    for (const k of keys) {
      const n = s.nodes.get(k)!;
      expect(n.degree).toBe(graph.degree(k));
      expect(n.weightedDegree).toBe(simple.reduceEdges(k, (sum, _e, a) => sum + (a.weight as number), 0));
      expect(n.pagerank).toBeCloseTo(rank[k]!, 12);
      expect(n.betweenness).toBeGreaterThanOrEqual(0);
      expect(n.community).toBeGreaterThanOrEqual(0);
    }
    expect(s.betweenness).toBe(true);
    expect(s.communities).toBe(new Set([...s.nodes.values()].map((n) => n.community)).size);
    expect(s.nodes.get(keys[0]!)!.weightedDegree).toBeGreaterThanOrEqual(5);
  });

  it("measure nodes keyed by Object.prototype's names like any other (node keys are data)", () => {
    const g = prototypeKeysGraph();
    const s = computeStatistics(g);
    expect([...s.nodes.keys()]).toEqual(g.nodes());
    for (const [key, n] of s.nodes) {
      expect(n.degree, key).toBe(g.degree(key));
      for (const v of [n.pagerank, n.betweenness!]) expect(Number.isFinite(v), key).toBe(true);
      expect(n.pagerank, key).toBeGreaterThan(0);
      expect(n.community, key).toBeGreaterThanOrEqual(0);
    }
    // "__proto__" is linked twice to "constructor" and once to the meeting, as "constructor" is
    const proto = s.nodes.get("__proto__")!;
    expect(proto.weightedDegree).toBe(3);
    expect(proto.pagerank).toBeCloseTo(s.nodes.get("constructor")!.pagerank, 12);
  });

  it("from the worker equal the page's, with progress through every phase, and end the worker", async () => {
    const log: string[] = [];
    const phases: string[] = [];
    const inWorker = await computeStatisticsInWorker(graph, fakeWorker(log), (phase, step, steps) =>
      phases.push(`${phase} ${step}/${steps}`),
    );
    expect(inWorker).toEqual(computeStatistics(graph));
    expect(phases).toEqual(["graph 1/4", "pagerank 2/4", "betweenness 3/4", "communities 4/4"]);
    expect(log).toEqual(["request 3 buffers", "terminate"]);
  });

  it("skip betweenness above the limit (three phases)", async () => {
    const large = generateGraph(MAX_BETWEENNESS_NODES + 1, MAX_BETWEENNESS_NODES * 2, 5) as NewsGraph;
    const phases: string[] = [];
    const s = await computeStatisticsInWorker(large, fakeWorker([]), (phase) => phases.push(phase));
    expect(s.betweenness).toBe(false);
    expect(s.nodes.get("n0")!.betweenness).toBeUndefined();
    expect(phases).toEqual(["graph", "pagerank", "communities"]);
  });

  it("reject when the worker cannot start or fails, so the viewer can compute on the page", async () => {
    await expect(
      computeStatisticsInWorker(graph, () => {
        throw new Error("blocked by CSP");
      }),
    ).rejects.toThrow("blocked by CSP");
    const failing = () => {
      const w = {
        onmessage: null,
        onerror: null as ((e: unknown) => void) | null,
        terminate: () => undefined,
        postMessage: () => setTimeout(() => w.onerror?.({ message: "boom", preventDefault: () => undefined }), 0),
      };
      return w as unknown as Worker;
    };
    await expect(computeStatisticsInWorker(graph, failing)).rejects.toThrow("boom");
  });

  it("go off the page above the small-graph limits only", () => {
    expect(statisticsOffThread(SYNC_MAX_NODES, SYNC_MAX_EDGES)).toBe(false);
    expect(statisticsOffThread(SYNC_MAX_NODES + 1, 10)).toBe(true);
    expect(statisticsOffThread(10, SYNC_MAX_EDGES + 1)).toBe(true);
    expect(statisticsOffThread(33, 40)).toBe(false);
  });
});
