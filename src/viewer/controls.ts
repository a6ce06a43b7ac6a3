// Zoom, reset, fullscreen and live ForceAtlas2 buttons.
import type Sigma from "sigma";
import type { NewsGraph } from "../schema/model";
import { h } from "./dom";

export interface ControlsView {
  element: HTMLElement;
  /** whether ForceAtlas2 is running */
  layoutRunning(): boolean;
  stopLayout(): void;
  destroy(): void;
}

interface Supervisor {
  start(): void;
  stop(): void;
  kill(): void;
  isRunning(): boolean;
}

export function createControls(
  sigma: Sigma,
  graph: NewsGraph,
  root: HTMLElement,
  options: { layout: boolean },
): ControlsView {
  const camera = sigma.getCamera();
  const button = (label: string, title: string, action: () => void, attrs: Record<string, string> = {}) =>
    h("button", { text: label, title, attrs: { type: "button", "aria-label": title, ...attrs }, on: { click: action } });

  let supervisor: Supervisor | null = null;
  let destroyed = false;
  const fa2 = button("▶", "Run ForceAtlas2 layout", () => void toggleLayout(), { "aria-pressed": "false", "data-action": "layout" });
  const setRunning = (running: boolean) => {
    fa2.setAttribute("aria-pressed", String(running));
    fa2.textContent = running ? "■" : "▶";
    fa2.title = running ? "Stop ForceAtlas2 layout" : "Run ForceAtlas2 layout";
    fa2.setAttribute("aria-label", fa2.title);
  };
  const toggleLayout = async () => {
    if (supervisor?.isRunning()) {
      supervisor.stop();
      setRunning(false);
      return;
    }
    if (!supervisor) {
      // loaded on demand: the worker code is only fetched by those who use it
      const [{ default: FA2Layout }, { inferSettings }] = await Promise.all([
        import("graphology-layout-forceatlas2/worker"),
        import("graphology-layout-forceatlas2"),
      ]);
      if (destroyed) return;
      if (!sigma.getCustomBBox()) sigma.setCustomBBox(null);
      supervisor = new FA2Layout(graph, { settings: { ...inferSettings(graph), slowDown: 10 } }) as Supervisor;
    }
    supervisor.start();
    setRunning(true);
  };

  const fullscreen = button("⛶", "Full screen", () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void root.requestFullscreen?.();
  }, { "data-action": "fullscreen" });

  const element = h("div", { className: "ngv-overlay ngv-controls", attrs: { role: "toolbar", "aria-label": "View controls" } }, [
    button("+", "Zoom in", () => camera.animatedZoom({ duration: 250 }), { "data-action": "zoom-in" }),
    button("−", "Zoom out", () => camera.animatedUnzoom({ duration: 250 }), { "data-action": "zoom-out" }),
    button("⟲", "Reset view", () => camera.animatedReset({ duration: 250 }), { "data-action": "reset" }),
    fullscreen,
    options.layout ? fa2 : null,
  ]);

  return {
    element,
    layoutRunning: () => !!supervisor?.isRunning(),
    stopLayout() {
      supervisor?.stop();
      setRunning(false);
    },
    destroy() {
      destroyed = true;
      supervisor?.kill();
      supervisor = null;
    },
  };
}
