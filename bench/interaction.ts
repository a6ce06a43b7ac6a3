// Hover and select latency for bench/viewer.bench.ts, with real pointer events (playwright's
// mouse, sent through the browser's input pipeline) on the app and on bare sigma alike.
//
// A latency runs from the input event's timestamp to the end of the first frame that shows its
// result: the hovered node's highlight (the app: its neighbourhood lit, on small graphs the rest
// faded; bare sigma: its own hover layer), or the selection (the app: drawn and its details panel filled; bare sigma:
// a reducer's highlight). "End of the frame" is a message posted from that frame's animation
// callbacks, which runs after the frame's style, layout and paint; a drawing made outside a
// frame (in the event handler) waits for the next frame's.
import type { Page } from "playwright-core";

export interface Latencies {
  hoverMs: number[];
  selectMs: number[];
}

// In-page code as text (tsx would wrap inner functions in a helper the page lacks). Installed
// once per page: hooks that note what each sigma render drew, and arm(kind, key), which resolves
// with the latency of the next mousemove (hover) or click (select) once its result is on screen.
const INSTALL = `(isApp) => {
  const sigma = (window.__newsgraph ?? window.__bench).sigma;
  const raf = window.requestAnimationFrame.bind(window);
  const lat = { inFrame: false, pending: null, drawn: { hovered: null, selected: null } };
  window.__latency = lat;
  const shown = (p) => {
    if (p.kind === "hover") return lat.drawn.hovered === p.key;
    if (lat.drawn.selected !== p.key) return false;
    return !isApp || !!document.querySelector('.ngv-details[data-node="' + CSS.escape(p.key) + '"]');
  };
  const check = () => {
    const p = lat.pending;
    if (!p || p.t0 === undefined || p.done || !shown(p)) return;
    p.done = true;
    const drawnAt = performance.now();
    const channel = new MessageChannel();
    const afterPaint = () => {
      channel.port1.onmessage = () => {
        lat.pending = null;
        p.resolve({ ms: performance.now() - p.t0, drawnMs: drawnAt - p.t0 });
      };
      channel.port2.postMessage(0);
    };
    if (lat.inFrame) afterPaint();
    else raf(afterPaint);
  };
  // which callbacks run inside a frame: a drawing made there is painted at that frame's end
  window.requestAnimationFrame = (callback) =>
    raf((t) => {
      lat.inFrame = true;
      try { callback(t); } finally { check(); lat.inFrame = false; }
    });
  // what a full render drew: the app's state (its reducers read it), bare sigma's hover and selection
  sigma.on("afterRender", () => {
    if (isApp) {
      const s = window.__newsgraph.viewer.getState();
      lat.drawn.hovered = s.hovered;
      lat.drawn.selected = s.selection && s.selection.kind === "node" ? s.selection.key : null;
    } else {
      lat.drawn.hovered = sigma.hoveredNode;
      lat.drawn.selected = window.__bench.selected();
    }
    check();
  });
  // a hover drawn on sigma's hover layer alone (bare sigma's, and the app's on a graph whose hover
  // does not fade the rest): that layer drawn with the hovered node on it
  const renderHighlighted = sigma.renderHighlightedNodes;
  sigma.renderHighlightedNodes = function () {
    renderHighlighted.call(this);
    lat.drawn.hovered = isApp ? window.__newsgraph.viewer.getState().hovered : sigma.hoveredNode;
    check();
  };
  for (const type of ["mousemove", "click"]) {
    // first listener of all (window, capture): the event's own timestamp starts the clock
    window.addEventListener(type, (e) => {
      const p = lat.pending;
      if (p && p.event === type && p.t0 === undefined) p.t0 = Math.min(e.timeStamp, performance.now());
    }, { capture: true });
    // last listener of all (window, bubbling): whatever the handlers did synchronously is done
    window.addEventListener(type, () => check());
  }
  lat.arm = (kind, key) =>
    new Promise((resolve) => {
      lat.pending = { kind, key, event: kind === "hover" ? "mousemove" : "click", resolve };
      setTimeout(() => {
        if (lat.pending && lat.pending.key === key && !lat.pending.done) {
          lat.pending = null;
          resolve(null);
        }
      }, 60000);
    });
}`;

// Nodes to point at: in key order, well inside the canvas, not under an overlay, and the node
// sigma's picking finds at their centre. Page coordinates, rounded as the mouse sends them.
const TARGETS = `(count) => {
  const sigma = (window.__newsgraph ?? window.__bench).sigma;
  const container = sigma.getContainer();
  const box = container.getBoundingClientRect();
  const margin = 80;
  const targets = [];
  for (const key of sigma.getGraph().nodes()) {
    const d = sigma.getNodeDisplayData(key);
    if (!d || d.hidden) continue;
    const p = sigma.framedGraphToViewport(d);
    const x = Math.round(p.x), y = Math.round(p.y);
    if (x < margin || y < margin || x > box.width - margin || y > box.height - margin) continue;
    if (sigma.getNodeAtPosition({ x, y }) !== key) continue;
    const el = document.elementFromPoint(box.left + x, box.top + y);
    if (!el || !container.contains(el)) continue;
    // away from the last target, so the pointer crosses no node of the previous trial
    if (targets.some((t) => Math.hypot(t.x - box.left - x, t.y - box.top - y) < 40)) continue;
    targets.push({ key, x: box.left + x, y: box.top + y });
    if (targets.length === count) break;
  }
  // a spot over no node, for the pointer to rest on between trials
  let away = null;
  for (let y = 20; y < box.height && !away; y += 13)
    for (let x = 20; x < box.width && !away; x += 13) {
      const el = document.elementFromPoint(box.left + x, box.top + y);
      if (el && container.contains(el) && sigma.getNodeAtPosition({ x, y }) === null) away = { x: box.left + x, y: box.top + y };
    }
  return { targets, away };
}`;

/** Two frames and a pause: whatever the last input scheduled has run. */
const settle = (page: Page, ms: number) =>
  page.evaluate(`new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, ${ms}))))`);

/** Puts the camera back where the page opened it and drops any selection. */
const RESET = `(isApp) => {
  const sigma = (window.__newsgraph ?? window.__bench).sigma;
  if (isApp) window.__newsgraph.viewer.dispatch({ type: "select", selection: null });
  else window.__bench.select(null);
  sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
}`;

/**
 * Hovers, then clicks, `count` nodes one after the other, and returns each latency. The page has
 * drawn its first frame; the camera is put back at its opening state first.
 */
export async function measureInteractions(page: Page, isApp: boolean, count: number): Promise<Latencies> {
  await page.evaluate(`(${INSTALL})(${isApp})`);
  await page.evaluate(`(${RESET})(${isApp})`);
  await settle(page, 100);
  const { targets, away } = (await page.evaluate(`(${TARGETS})(${count})`)) as {
    targets: Array<{ key: string; x: number; y: number }>;
    away: { x: number; y: number } | null;
  };
  if (targets.length < count || !away) throw new Error(`found ${targets.length} of ${count} nodes to point at`);
  const result: Latencies = { hoverMs: [], selectMs: [] };
  const timed = async (kind: "hover" | "select", key: string, act: () => Promise<void>) => {
    await page.evaluate(
      `void (window.__latencyResult = window.__latency.arm(${JSON.stringify(kind)}, ${JSON.stringify(key)}))`,
    );
    await act();
    const r = (await page.evaluate("window.__latencyResult")) as { ms: number } | null;
    if (!r) throw new Error(`${kind} on ${key} never showed`);
    return r.ms;
  };
  for (const t of targets) {
    await page.mouse.move(away.x, away.y);
    await settle(page, 150);
    result.hoverMs.push(await timed("hover", t.key, () => page.mouse.move(t.x, t.y)));
    await settle(page, 150);
    await page.mouse.down();
    await settle(page, 50);
    result.selectMs.push(await timed("select", t.key, () => page.mouse.up()));
    // past sigma's double-click window (300 ms), so the next click is a click
    await settle(page, 400);
    await page.evaluate(`(${RESET})(${isApp})`);
    await settle(page, 100);
  }
  return result;
}
