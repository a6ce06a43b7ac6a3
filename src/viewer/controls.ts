// Zoom, reset, fullscreen and live ForceAtlas2 buttons.
import type Sigma from "sigma";
import type { NewsGraph } from "../schema/model";
import { h } from "./dom";
import { createLiveLayout } from "./live-layout";

// Stroke icons on a 24-unit grid: drawn, not font glyphs, so every system shows them.
const ICONS = {
  zoomIn: "M12 5v14M5 12h14",
  zoomOut: "M5 12h14",
  reset: "M12 3v3M12 18v3M3 12h3M18 12h3M12 8a4 4 0 1 0 0.01 0",
  fullscreen: "M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5",
  play: "M8 5l11 7-11 7z",
  stop: "M7 7h10v10H7z",
} as const;

function icon(name: keyof typeof ICONS): SVGSVGElement {
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("width", "18");
  svg.setAttribute("height", "18");
  svg.setAttribute("aria-hidden", "true");
  const path = document.createElementNS(ns, "path");
  path.setAttribute("d", ICONS[name]);
  path.setAttribute("fill", name === "play" || name === "stop" ? "currentColor" : "none");
  path.setAttribute("stroke", "currentColor");
  path.setAttribute("stroke-width", "2");
  path.setAttribute("stroke-linecap", "round");
  path.setAttribute("stroke-linejoin", "round");
  svg.append(path);
  return svg;
}

export interface ControlsView {
  element: HTMLElement;
  /** whether ForceAtlas2 is running */
  layoutRunning(): boolean;
  stopLayout(): void;
  destroy(): void;
}

export function createControls(
  sigma: Sigma,
  graph: NewsGraph,
  root: HTMLElement,
  options: { layout: boolean },
): ControlsView {
  const camera = sigma.getCamera();
  const button = (name: keyof typeof ICONS, title: string, action: () => void, attrs: Record<string, string> = {}) =>
    h("button", { title, attrs: { type: "button", "aria-label": title, ...attrs }, on: { click: action } }, [
      icon(name),
    ]);

  const layout = createLiveLayout(graph);
  const fa2 = button("play", "Run ForceAtlas2 layout", () => void toggleLayout(), {
    "aria-pressed": "false",
    "data-action": "layout",
  });
  const setRunning = (running: boolean) => {
    fa2.setAttribute("aria-pressed", String(running));
    fa2.replaceChildren(icon(running ? "stop" : "play"));
    fa2.title = running ? "Stop ForceAtlas2 layout" : "Run ForceAtlas2 layout";
    fa2.setAttribute("aria-label", fa2.title);
  };
  const toggleLayout = async () => {
    if (layout.isRunning()) {
      layout.stop();
      setRunning(false);
      return;
    }
    await layout.start();
    setRunning(layout.isRunning());
  };

  const fullscreen = button(
    "fullscreen",
    "Full screen",
    () => {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void root.requestFullscreen?.();
    },
    { "data-action": "fullscreen" },
  );

  const element = h(
    "div",
    { className: "ngv-overlay ngv-controls", attrs: { role: "toolbar", "aria-label": "View controls" } },
    [
      button("zoomIn", "Zoom in", () => camera.animatedZoom({ duration: 250 }), { "data-action": "zoom-in" }),
      button("zoomOut", "Zoom out", () => camera.animatedUnzoom({ duration: 250 }), { "data-action": "zoom-out" }),
      button("reset", "Reset view", () => camera.animatedReset({ duration: 250 }), { "data-action": "reset" }),
      fullscreen,
      options.layout ? fa2 : null,
    ],
  );

  return {
    element,
    layoutRunning: () => layout.isRunning(),
    stopLayout() {
      layout.stop();
      setRunning(false);
    },
    destroy: () => layout.kill(),
  };
}
