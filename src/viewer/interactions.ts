// The user's hands on the viewer, turned into actions on the store: hovering, clicking and
// shift-clicking on the canvas, dragging nodes, moving the camera, and Escape on the keyboard.
import type Sigma from "sigma";
import type { NewsGraph } from "../schema/model";
import type { Selection, Store } from "./state";

export interface Interactions {
  /** true while a selection being dispatched came from a click on the canvas (the item is in view) */
  fromCanvas(): boolean;
  destroy(): void;
}

/** Escape anywhere in the viewer drops the selection, except in the search box, which clears itself. */
export function dropsSelection(event: Pick<KeyboardEvent, "key" | "target">): boolean {
  return event.key === "Escape" && !(event.target as Element | null)?.closest?.(".ngv-search");
}

/** Dragging a node moves it in the graph (the graph is the source of truth for positions). */
function bindDragging(sigma: Sigma, graph: NewsGraph): { justMoved(): boolean } {
  let dragged: string | null = null;
  let moved = false;
  sigma.on("downNode", ({ node }) => {
    dragged = node;
    moved = false;
    if (!sigma.getCustomBBox()) sigma.setCustomBBox(sigma.getBBox());
  });
  sigma.on("moveBody", ({ event }) => {
    if (!dragged) return;
    const pos = sigma.viewportToGraph(event);
    graph.mergeNodeAttributes(dragged, { x: pos.x, y: pos.y });
    moved = true;
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  });
  const endDrag = () => {
    dragged = null;
    // after the click that ends a drag, which must not select the node
    setTimeout(() => (moved = false), 0);
  };
  sigma.on("upNode", endDrag);
  sigma.on("upStage", endDrag);
  return { justMoved: () => moved };
}

export function bindInteractions(sigma: Sigma, graph: NewsGraph, store: Store, root: HTMLElement): Interactions {
  let clickedOnCanvas = false;
  const selectFromCanvas = (selection: Selection) => {
    clickedOnCanvas = true;
    store.dispatch({ type: "select", selection });
    clickedOnCanvas = false;
  };
  const drag = bindDragging(sigma, graph);
  sigma.on("enterNode", ({ node }) => store.dispatch({ type: "hover", key: node }));
  sigma.on("leaveNode", () => store.dispatch({ type: "hover", key: null }));
  sigma.on("clickNode", ({ node, event }) => {
    if (drag.justMoved()) return;
    // shift-click picks several nodes for an action (tools: hide, keep only, export)
    if ((event.original as MouseEvent).shiftKey) store.dispatch({ type: "togglePick", key: node });
    else selectFromCanvas({ kind: "node", key: node });
  });
  sigma.on("clickEdge", ({ edge }) => selectFromCanvas({ kind: "edge", key: edge }));
  sigma.on("clickStage", () => store.dispatch({ type: "select", selection: null }));

  const camera = sigma.getCamera();
  const onCamera = () => store.dispatch({ type: "setCamera", camera: { ...camera.getState() } });
  camera.on("updated", onCamera);
  const onKey = (event: KeyboardEvent) => {
    if (dropsSelection(event)) store.dispatch({ type: "select", selection: null });
  };
  root.addEventListener("keydown", onKey);
  return {
    fromCanvas: () => clickedOnCanvas,
    destroy() {
      camera.off("updated", onCamera);
      root.removeEventListener("keydown", onKey);
    },
  };
}
