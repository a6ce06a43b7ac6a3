// The camera follows the selection: it frames the selected node (or the middle of the selected
// edge) in the part of the canvas no overlay covers (open legend, popup, zoom buttons), and on a
// phone's stacked layout scrolls the graph back into view. The geometry is in framing.ts.
import type Sigma from "sigma";
import type { NewsGraph } from "../schema/model";
import { focusPoint, freeBox, toBox, type Box } from "./framing";
import type { Selection } from "./state";

/** How close to the free box's edge, in pixels, an item clicked on the canvas may sit unmoved. */
const CLICK_MARGIN = 24;

export interface CameraFocusParts {
  sigma: Sigma;
  graph: NewsGraph;
  /** sigma's container */
  canvasBox: HTMLElement;
  /** the box around it that the page scrolls to */
  canvasArea: HTMLElement;
  view: Window | null;
  /** the elements over the canvas now (null: not showing) */
  overlays(): Array<HTMLElement | null>;
}

/** Moves the camera to a selection; with onlyIfHidden (a click on the canvas), only if it is covered or near the edge. */
export type FocusSelection = (selection: Selection, onlyIfHidden?: boolean) => void;

/** Whether a point (page pixels) lies inside a box by more than the margin on every side. */
export function wellInside(p: { x: number; y: number }, box: Box, margin: number): boolean {
  return p.x > box.left + margin && p.x < box.right - margin && p.y > box.top + margin && p.y < box.bottom - margin;
}

/** Where a selection is in sigma's framed graph: the node, or the middle of the edge; undefined if gone. */
function selectionPoint(sigma: Sigma, graph: NewsGraph, selection: Selection): { x: number; y: number } | undefined {
  if (selection.kind === "node")
    return graph.hasNode(selection.key) ? sigma.getNodeDisplayData(selection.key) : undefined;
  if (!graph.hasEdge(selection.key)) return undefined;
  const [a, b] = graph.extremities(selection.key).map((n) => sigma.getNodeDisplayData(n));
  return a && b ? { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } : undefined;
}

export function createCameraFocus(parts: CameraFocusParts): FocusSelection {
  const { sigma, graph, canvasBox, canvasArea, view } = parts;
  const camera = sigma.getCamera();
  const obstacles = () =>
    parts
      .overlays()
      .filter((e): e is HTMLElement => !!e)
      .map((e) => toBox(e.getBoundingClientRect()));
  /** the framed-graph point to centre the camera on so that `at` lands in the free part of the canvas */
  const cameraTarget = (at: { x: number; y: number }, ratio: number) => {
    const canvas = toBox(canvasBox.getBoundingClientRect());
    const target = focusPoint(canvas, obstacles());
    const { width, height } = sigma.getDimensions();
    const centre = sigma.viewportToFramedGraph({ x: width / 2, y: height / 2 });
    const point = sigma.viewportToFramedGraph(target);
    // offsets in framed units grow linearly with the camera ratio
    const k = ratio / camera.getState().ratio;
    return { x: at.x - (point.x - centre.x) * k, y: at.y - (point.y - centre.y) * k, ratio };
  };
  /** whether a framed-graph point shows in the free part of the canvas, clear of its edges */
  const inView = (d: { x: number; y: number }) => {
    const p = sigma.framedGraphToViewport(d);
    const canvas = toBox(canvasBox.getBoundingClientRect());
    return wellInside({ x: p.x + canvas.left, y: p.y + canvas.top }, freeBox(canvas, obstacles()), CLICK_MARGIN);
  };
  // stacked layout (phone): a pick in the article or panel below brings the graph back into view
  const revealCanvas = () => {
    const r = canvasArea.getBoundingClientRect();
    const viewportHeight = view?.innerHeight ?? 0;
    const visible = Math.min(r.bottom, viewportHeight) - Math.max(r.top, 0);
    if (viewportHeight && visible < r.height / 2) canvasArea.scrollIntoView({ block: "nearest" });
  };
  return (selection, onlyIfHidden = false) => {
    const d = selectionPoint(sigma, graph, selection);
    if (!d || sigma.getDimensions().width === 0) return;
    if (!onlyIfHidden) revealCanvas();
    // a click on the canvas: the item is already in view unless an overlay or the edge hides it
    else if (inView(d)) return;
    camera.animate(cameraTarget(d, Math.min(camera.getState().ratio, 0.7)), { duration: 450 });
  };
}
