// Live ForceAtlas2 in a web worker, run on a bare copy of the graph (positions and edges) keyed by
// their place ("0", "1", …): the layout library indexes its matrices through a plain object
// keyed by node, where a node keyed "__proto__" gets no index and every position it touches
// turns NaN. Each frame's positions go back into the real graph in one update, so sigma
// redraws once per frame. The worker code is fetched on the first start.
import { MultiDirectedGraph } from "../schema/graphology";
import type { NewsGraph } from "../schema/model";

export interface LiveLayout {
  /** starts (or resumes) the layout; resolves once the worker is asked for its first frame */
  start(): Promise<void>;
  stop(): void;
  isRunning(): boolean;
  /** stops for good: the worker ends, the graph is no longer listened to */
  kill(): void;
}

interface Supervisor {
  start(): void;
  stop(): void;
  kill(): void;
  isRunning(): boolean;
}

const STRUCTURE_EVENTS = ["nodeAdded", "edgeAdded", "nodeDropped", "edgeDropped", "cleared"] as const;

/** The copy the worker lays out: positions and edges only, nodes keyed by their place in `graph`. */
export function positionCopy(graph: NewsGraph): MultiDirectedGraph {
  const copy = new MultiDirectedGraph({ allowSelfLoops: true });
  const place = new Map<string, string>();
  graph.forEachNode((key, attributes) => {
    const id = String(place.size);
    place.set(key, id);
    copy.addNode(id, { x: attributes.x, y: attributes.y });
  });
  graph.forEachEdge((_edge, _attributes, source, target) => void copy.addEdge(place.get(source)!, place.get(target)!));
  return copy;
}

export function createLiveLayout(graph: NewsGraph, settings: { slowDown: number } = { slowDown: 10 }): LiveLayout {
  let supervisor: Supervisor | null = null;
  let copy: MultiDirectedGraph | null = null;
  let killed = false;

  const copyBack = () => {
    if (!copy || copy.order !== graph.order) return;
    let i = 0;
    graph.updateEachNodeAttributes(
      (_key, attributes) => {
        const at = copy!.getNodeAttributes(String(i++));
        attributes.x = at.x as number;
        attributes.y = at.y as number;
        return attributes;
      },
      { attributes: ["x", "y"] },
    );
  };

  const drop = () => {
    supervisor?.kill();
    supervisor = null;
    copy?.removeListener("eachNodeAttributesUpdated", copyBack);
    copy = null;
  };

  // a node or edge added or dropped: the copy no longer matches, so a running layout starts over
  const restructure = () => {
    const wasRunning = !!supervisor?.isRunning();
    drop();
    if (wasRunning) void start();
  };
  for (const event of STRUCTURE_EVENTS) graph.on(event, restructure);

  async function start(): Promise<void> {
    if (killed || supervisor?.isRunning()) return;
    const [{ default: FA2Layout }, { inferSettings }] = await Promise.all([
      import("graphology-layout-forceatlas2/worker"),
      import("graphology-layout-forceatlas2"),
    ]);
    if (killed || supervisor?.isRunning()) return;
    // positions may have moved since the last run (a drag, another layout): the copy starts from them
    drop();
    copy = positionCopy(graph);
    copy.on("eachNodeAttributesUpdated", copyBack);
    supervisor = new FA2Layout(copy, { settings: { ...inferSettings(copy), ...settings } }) as Supervisor;
    supervisor.start();
  }

  return {
    start,
    stop: () => supervisor?.stop(),
    isRunning: () => !!supervisor?.isRunning(),
    kill() {
      killed = true;
      drop();
      for (const event of STRUCTURE_EVENTS) graph.removeListener(event, restructure);
    },
  };
}
