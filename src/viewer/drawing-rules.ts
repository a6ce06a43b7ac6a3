// The drawing's decisions, pure (no sigma, no DOM), so they are tested in Node: which parts of the
// picture a state change touches, whether the appearance mapping needs the statistics, and which
// nodes the node-level filters keep. drawing.ts acts on them.
import type { NewsGraph } from "../schema/model";
import type { ViewState } from "./state";
import { topologyKeep } from "./topology";

/** Which parts of the drawing a state change touches. */
export interface StateChanges {
  filters: boolean;
  focus: boolean;
  appearance: boolean;
  nodes: boolean;
  picked: boolean;
}

export function stateChanges(state: ViewState, previous: ViewState): StateChanges {
  return {
    filters:
      state.hiddenTypes !== previous.hiddenTypes ||
      state.hiddenKinds !== previous.hiddenKinds ||
      state.minMentions !== previous.minMentions,
    focus: state.selection !== previous.selection || state.hovered !== previous.hovered,
    appearance: state.colorBy !== previous.colorBy || state.sizeBy !== previous.sizeBy,
    nodes:
      state.topology !== previous.topology ||
      state.keepOnly !== previous.keepOnly ||
      state.hiddenNodes !== previous.hiddenNodes,
    picked: state.picked !== previous.picked,
  };
}

/** Whether the state's appearance mapping reads the statistics (communities, a centrality). */
export function needsStatistics(state: ViewState): boolean {
  return state.colorBy === "community" || state.sizeBy !== "mentions";
}

/** The nodes the topological filter and "keep only" leave (both: those in each); null: all. */
export function keepOf(graph: NewsGraph, state: ViewState): Set<string> | null {
  const topo = topologyKeep(graph, state.topology);
  const only = state.keepOnly ? new Set(state.keepOnly) : null;
  return topo && only ? new Set([...topo].filter((k) => only.has(k))) : (topo ?? only);
}
