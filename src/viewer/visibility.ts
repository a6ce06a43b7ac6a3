// Which nodes the filters let through, and counts for the legend. Pure.
// Only types from the schema: its runtime module carries zod, which the embed must not ship.
import { TYPE_COLORS } from "../appearance/appearance";
import type { EventKind, NodeAttributes, NodeType } from "../schema/graph";
import type { NewsGraph } from "../schema/model";
import type { ViewState } from "./state";

/** The node types, in legend order. */
export const VIEW_NODE_TYPES = Object.keys(TYPE_COLORS) as NodeType[];

export type Filters = Pick<ViewState, "hiddenTypes" | "hiddenKinds" | "minMentions">;

export function isNodeVisible(attrs: NodeAttributes, filters: Filters): boolean {
  if (filters.hiddenTypes.includes(attrs.type)) return false;
  if (attrs.type === "event" && attrs.kind && filters.hiddenKinds.includes(attrs.kind)) return false;
  return (attrs.mentions ?? 0) >= filters.minMentions;
}

export interface Counts {
  nodes: { visible: number; total: number };
  edges: { visible: number; total: number };
  types: Record<NodeType, { visible: number; total: number }>;
  kinds: Map<EventKind, { visible: number; total: number }>;
  maxMentions: number;
}

export function countVisible(graph: NewsGraph, filters: Filters): Counts {
  const types = Object.fromEntries(VIEW_NODE_TYPES.map((t) => [t, { visible: 0, total: 0 }])) as Counts["types"];
  const kinds = new Map<EventKind, { visible: number; total: number }>();
  let visibleNodes = 0;
  let maxMentions = 0;
  graph.forEachNode((_key, attrs) => {
    const shown = isNodeVisible(attrs, filters);
    if (shown) visibleNodes++;
    maxMentions = Math.max(maxMentions, attrs.mentions ?? 0);
    const t = types[attrs.type];
    if (t) {
      t.total++;
      if (shown) t.visible++;
    }
    if (attrs.type === "event") {
      const kind = attrs.kind ?? "other";
      const k = kinds.get(kind) ?? { visible: 0, total: 0 };
      k.total++;
      if (shown) k.visible++;
      kinds.set(kind, k);
    }
  });
  // every node shown (the usual case): every edge is, no need to walk them (nor to keep a set of the shown)
  let edgesVisible = visibleNodes === graph.order ? graph.size : 0;
  if (visibleNodes !== graph.order) {
    graph.forEachEdge((_e, _a, source, target, sourceAttrs, targetAttrs) => {
      if (isNodeVisible(sourceAttrs, filters) && isNodeVisible(targetAttrs, filters)) edgesVisible++;
    });
  }
  return {
    nodes: { visible: visibleNodes, total: graph.order },
    edges: { visible: edgesVisible, total: graph.size },
    types,
    // plain code-unit order: kinds are ASCII names, and localeCompare's first call loads a collator
    kinds: new Map([...kinds].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    maxMentions,
  };
}

/** A copy of the graph holding only what the filters show: what "export what is on screen" writes. */
export function visibleSubgraph(
  graph: NewsGraph,
  filters: Filters,
  shown: (key: string) => boolean = () => true,
): NewsGraph {
  const out = graph.nullCopy() as NewsGraph;
  out.replaceAttributes({ ...graph.getAttributes() });
  graph.forEachNode((key, attrs) => {
    if (isNodeVisible(attrs, filters) && shown(key)) out.addNode(key, { ...attrs });
  });
  graph.forEachEdge((key, attrs, source, target) => {
    if (out.hasNode(source) && out.hasNode(target)) out.addDirectedEdgeWithKey(key, source, target, { ...attrs });
  });
  return out;
}
