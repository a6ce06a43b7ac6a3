// The viewer's application state: a small typed store with pure reducers.
// The graph stays the single source of truth for data; this holds only what
// the user is looking at. Views read state and dispatch actions, never mutate it.
import type { ColorBy, SizeBy } from "../appearance/mapping";
import type { EventKind, NodeType } from "../schema/graph";
import type { TopologyFilter } from "./topology";

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
  angle: number;
}

export type Selection = { kind: "node"; key: string } | { kind: "edge"; key: string };

export interface ViewState {
  /** the node or edge whose details are shown */
  selection: Selection | null;
  /** node under the pointer (not persisted) */
  hovered: string | null;
  /** node types switched off in the legend */
  hiddenTypes: NodeType[];
  /** event kinds switched off in the legend */
  hiddenKinds: EventKind[];
  /** nodes with fewer mentions are hidden */
  minMentions: number;
  /** text in the search box */
  query: string;
  /** sigma camera; null = default framing */
  camera: CameraView | null;
  /** appearance by attribute */
  colorBy: ColorBy;
  sizeBy: SizeBy;
  /** topological filter (ego network, component, k-core) */
  topology: TopologyFilter | null;
  /** nodes picked with shift-click, for an action on all of them */
  picked: string[];
  /** nodes hidden by hand */
  hiddenNodes: string[];
  /** when set, only these nodes are shown ("keep only") */
  keepOnly: string[] | null;
}

export const INITIAL_STATE: ViewState = Object.freeze({
  selection: null,
  hovered: null,
  hiddenTypes: [],
  hiddenKinds: [],
  minMentions: 0,
  query: "",
  camera: null,
  colorBy: "type",
  sizeBy: "mentions",
  topology: null,
  picked: [],
  hiddenNodes: [],
  keepOnly: null,
}) as ViewState;

export type Action =
  | { type: "select"; selection: Selection | null }
  | { type: "hover"; key: string | null }
  | { type: "toggleType"; nodeType: NodeType; visible?: boolean }
  | { type: "toggleKind"; kind: EventKind; visible?: boolean }
  | { type: "setMinMentions"; value: number }
  | { type: "setQuery"; query: string }
  | { type: "setCamera"; camera: CameraView | null }
  | { type: "setAppearance"; colorBy?: ColorBy; sizeBy?: SizeBy }
  | { type: "setTopology"; topology: TopologyFilter | null }
  | { type: "togglePick"; key: string }
  | { type: "clearPicked" }
  | { type: "hidePicked" }
  | { type: "keepPicked" }
  | { type: "showAllNodes" }
  | { type: "replace"; state: Partial<ViewState> };

function toggle<T>(list: readonly T[], item: T, visible: boolean | undefined): T[] {
  const hidden = list.includes(item);
  const hide = visible === undefined ? !hidden : !visible;
  if (hide === hidden) return list as T[];
  return hide ? [...list, item].sort() : list.filter((x) => x !== item);
}

function sameSelection(a: Selection | null, b: Selection | null): boolean {
  return a === b || (!!a && !!b && a.kind === b.kind && a.key === b.key);
}

/** Pure: returns the same object when nothing changed, so views can skip work. */
export function reduce(state: ViewState, action: Action): ViewState {
  switch (action.type) {
    case "select":
      return sameSelection(state.selection, action.selection) ? state : { ...state, selection: action.selection };
    case "hover":
      return state.hovered === action.key ? state : { ...state, hovered: action.key };
    case "toggleType": {
      const hiddenTypes = toggle(state.hiddenTypes, action.nodeType, action.visible);
      return hiddenTypes === state.hiddenTypes ? state : { ...state, hiddenTypes };
    }
    case "toggleKind": {
      const hiddenKinds = toggle(state.hiddenKinds, action.kind, action.visible);
      return hiddenKinds === state.hiddenKinds ? state : { ...state, hiddenKinds };
    }
    case "setMinMentions": {
      const value = Number.isFinite(action.value) ? Math.max(0, Math.floor(action.value)) : 0;
      return state.minMentions === value ? state : { ...state, minMentions: value };
    }
    case "setQuery":
      return state.query === action.query ? state : { ...state, query: action.query };
    case "setCamera": {
      const a = state.camera;
      const b = action.camera;
      if (a === b || (a && b && a.x === b.x && a.y === b.y && a.ratio === b.ratio && a.angle === b.angle)) return state;
      return { ...state, camera: b };
    }
    case "setAppearance": {
      const colorBy = action.colorBy ?? state.colorBy;
      const sizeBy = action.sizeBy ?? state.sizeBy;
      return colorBy === state.colorBy && sizeBy === state.sizeBy ? state : { ...state, colorBy, sizeBy };
    }
    case "setTopology":
      return JSON.stringify(state.topology) === JSON.stringify(action.topology)
        ? state
        : { ...state, topology: action.topology };
    case "togglePick":
      return {
        ...state,
        picked: state.picked.includes(action.key)
          ? state.picked.filter((k) => k !== action.key)
          : [...state.picked, action.key],
      };
    case "clearPicked":
      return state.picked.length ? { ...state, picked: [] } : state;
    case "hidePicked":
      return state.picked.length
        ? { ...state, hiddenNodes: [...new Set([...state.hiddenNodes, ...state.picked])].sort(), picked: [] }
        : state;
    case "keepPicked":
      return state.picked.length ? { ...state, keepOnly: [...state.picked].sort(), picked: [] } : state;
    case "showAllNodes":
      return state.hiddenNodes.length || state.keepOnly ? { ...state, hiddenNodes: [], keepOnly: null } : state;
    case "replace":
      return { ...state, ...action.state };
  }
}

export type Listener = (state: ViewState, previous: ViewState) => void;

export interface Store {
  getState(): ViewState;
  dispatch(action: Action): void;
  subscribe(listener: Listener): () => void;
}

export function createStore(initial: Partial<ViewState> = {}): Store {
  let state: ViewState = { ...INITIAL_STATE, ...initial };
  const listeners = new Set<Listener>();
  return {
    getState: () => state,
    dispatch(action) {
      const previous = state;
      state = reduce(state, action);
      if (state === previous) return;
      for (const listener of [...listeners]) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
