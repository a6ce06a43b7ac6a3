// The deterministic starting layout: seeded ring -> ForceAtlas2 (fixed iterations,
// settings from inferSettings) -> scale to picture units -> unlinked nodes beside what they
// share sentences with -> noverlap -> rounding. Same graph and options -> byte-identical
// coordinates. Positions only: colours and sizes are derived where the graph is drawn
// (src/appearance). Pure and browser-safe.
import Graph from "../schema/graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import { nodeSize } from "../appearance/appearance";
import { createRandom, hashString } from "./prng";
import type { NewsGraph } from "../schema/model";
import { initialPositions } from "./initial";
import { shelfPositions, type Bounds, type ShelfNode } from "./shelf";

export interface LayoutOptions {
  /** seed of the starting positions; default "newsgraph" */
  seed?: string | number;
  /** ForceAtlas2 iterations; default from the graph's size, see iterationsFor */
  iterations?: number;
  /** side, in layout units (= SVG pixels), of the square each node gets on average; default 120 */
  spacing?: number;
  /** extra gap, in layout units, noverlap keeps between node discs; default 8 */
  margin?: number;
}

export interface NodeLayout {
  x: number;
  y: number;
}

const DEFAULT_SEED = "newsgraph";
const DEFAULT_SPACING = 120;
const DEFAULT_MARGIN = 8;
/** co-occurrence in a sentence naming more nodes than this does not place an unlinked node */
const MAX_SENTENCE_GROUP = 24;

/**
 * ForceAtlas2 iterations for a graph of `order` nodes: many for small graphs (they are
 * cheap and converge better), fewer as the per-iteration cost grows (quadratic up to
 * 2000 nodes, Barnes-Hut beyond), so 10k nodes stay around a second.
 */
export function iterationsFor(order: number): number {
  if (order <= 2) return 50;
  const budget = order <= 2000 ? 3e8 / (order * order) : 3e6 / (order * Math.log2(order));
  return Math.round(Math.max(order <= 2000 ? 50 : 20, Math.min(800, budget)));
}

/** Noverlap passes: it stops early once nothing overlaps. */
function noverlapIterationsFor(order: number): number {
  return order <= 1000 ? 500 : order <= 5000 ? 100 : 30;
}

/**
 * Positions for every node, without touching the graph. Keyed by a Map: node keys are data
 * ("constructor", "__proto__" are keys like any other), never properties of a plain object.
 */
export function computeLayout(graph: NewsGraph, options: LayoutOptions = {}): Map<string, NodeLayout> {
  const seed = options.seed ?? DEFAULT_SEED;
  const spacing = options.spacing ?? DEFAULT_SPACING;
  const margin = options.margin ?? DEFAULT_MARGIN;
  const result = new Map<string, NodeLayout>();
  if (graph.order === 0) return result;

  // A bare structural copy of the connected part: the layout libraries write x/y into
  // it, never into `graph`. Nodes without edges join it beside the nodes they share a
  // sentence with; those sharing none go on a shelf below it. Its nodes are keyed by their
  // place in `graph` ("0", "1", …): ForceAtlas2 indexes a plain object by node key, where a
  // node keyed "__proto__" would get no index. Keys play no part in the layout's arithmetic.
  const work = new Graph({ type: "directed", multi: true, allowSelfLoops: true });
  const workKey = new Map<string, string>();
  graph.forEachNode((key) => void workKey.set(key, String(workKey.size)));
  const isolated: ShelfNode[] = [];
  const start = initialPositions(graph, seed);
  graph.forEachNode((key, attributes) => {
    const size = nodeSize(attributes.mentions);
    if (graph.degree(key) === 0) isolated.push({ key, type: attributes.type, mentions: attributes.mentions, size });
    else work.addNode(workKey.get(key)!, { ...start.get(key), size });
  });
  graph.forEachEdge((_edge, _attributes, source, target) => {
    work.addEdge(workKey.get(source)!, workKey.get(target)!);
  });

  let bounds: Bounds | undefined;
  if (work.order > 0) {
    const iterations = options.iterations ?? iterationsFor(work.order);
    if (iterations > 0)
      forceAtlas2.assign(work, { iterations, settings: forceAtlas2.inferSettings(work), getEdgeWeight: null });
    fitToSpacing(work, spacing);
    placeBesideCooccurring(graph, work, workKey, isolated, spacing, seed);
    separateCoincident(work);
    noverlap.assign(work, {
      maxIterations: noverlapIterationsFor(work.order),
      // a finer grid for big graphs keeps each cell's pairwise check small
      settings: {
        margin,
        ratio: 1,
        expansion: 1.1,
        gridSize: Math.max(20, Math.ceil(Math.sqrt(work.order) / 2)),
        speed: 3,
      },
    });
    bounds = boundsOf(work);
  }
  const shelf = shelfPositions(
    isolated.filter((n) => !work.hasNode(workKey.get(n.key)!)),
    bounds,
    spacing,
    margin,
  );

  graph.forEachNode((key) => {
    const { x, y } = (shelf.get(key) ?? work.getNodeAttributes(workKey.get(key)!)) as { x: number; y: number };
    result.set(key, { x: round(x), y: round(y) });
  });
  return result;
}

/** Assigns x and y to every node of `graph` (in place) and returns it. */
export function layoutGraph(graph: NewsGraph, options: LayoutOptions = {}): NewsGraph {
  const layout = computeLayout(graph, options);
  graph.updateEachNodeAttributes((key, attributes) => ({ ...attributes, ...layout.get(key) }));
  return graph;
}

/** True when every node already has finite x and y. */
export function hasLayout(graph: NewsGraph): boolean {
  return graph.everyNode((_key, a) => Number.isFinite(a.x) && Number.isFinite(a.y));
}

/**
 * Unlinked nodes that share a sentence with placed nodes go next to them (at the centroid of
 * those nodes, a seeded step away), added to `work` so noverlap keeps them apart: a reader
 * finds "the Evening Ledger" beside the people of the sentence that quotes it.
 */
function placeBesideCooccurring(
  graph: NewsGraph,
  work: Graph,
  workKey: ReadonlyMap<string, string>,
  isolated: ShelfNode[],
  spacing: number,
  seed: string | number,
): void {
  if (isolated.length === 0) return;
  const bySentence = new Map<number, string[]>();
  graph.forEachNode((key) => {
    if (!work.hasNode(workKey.get(key)!)) return;
    for (const ev of graph.getNodeAttribute(key, "evidence") ?? []) {
      const list = bySentence.get(ev.sentenceStart);
      if (list) {
        if (list[list.length - 1] !== key) list.push(key);
      } else bySentence.set(ev.sentenceStart, [key]);
    }
  });
  const seedHash = typeof seed === "string" ? hashString(seed) : seed >>> 0;
  for (const node of isolated) {
    const partners = new Set<string>();
    for (const ev of graph.getNodeAttribute(node.key, "evidence") ?? []) {
      const group = bySentence.get(ev.sentenceStart) ?? [];
      // a "sentence" naming dozens of nodes (a list, a run-on text) says nothing about where one belongs
      if (group.length <= MAX_SENTENCE_GROUP) for (const k of group) partners.add(k);
      if (partners.size >= MAX_SENTENCE_GROUP) break;
    }
    if (partners.size === 0) continue;
    let sx = 0;
    let sy = 0;
    // summed in the order of the nodes' own keys, as always: the same graph, the same floats
    for (const k of [...partners].sort()) {
      sx += work.getNodeAttribute(workKey.get(k)!, "x") as number;
      sy += work.getNodeAttribute(workKey.get(k)!, "y") as number;
    }
    const random = createRandom((hashString(node.key) ^ seedHash) >>> 0);
    const angle = 2 * Math.PI * random();
    const step = spacing * 0.45;
    work.addNode(workKey.get(node.key)!, {
      x: sx / partners.size + step * Math.cos(angle),
      y: sy / partners.size + step * Math.sin(angle),
      size: node.size,
    });
  }
}

/**
 * Centres the layout on the origin and scales it so its larger side is
 * spacing * sqrt(order): ForceAtlas2's own units depend on the graph, picture units must not.
 */
function fitToSpacing(work: Graph, spacing: number): void {
  work.forEachNode((_key, a) => {
    if (!Number.isFinite(a.x) || !Number.isFinite(a.y)) a.x = a.y = 0; // FA2 can diverge on degenerate input
  });
  const { minX, minY, maxX, maxY } = boundsOf(work, false);
  const extent = Math.max(maxX - minX, maxY - minY);
  const target = spacing * Math.sqrt(work.order);
  const scale = extent > 0 ? target / extent : 1;
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  work.updateEachNodeAttributes((_key, a) => ({ ...a, x: (a.x - cx) * scale, y: (a.y - cy) * scale }));
}

/** Bounds of the node centres, or of their discs. */
function boundsOf(work: Graph, discs = true): Bounds {
  const b: Bounds = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  work.forEachNode((_key, a) => {
    const r = discs ? ((a.size as number | undefined) ?? 0) : 0;
    b.minX = Math.min(b.minX, a.x - r);
    b.maxX = Math.max(b.maxX, a.x + r);
    b.minY = Math.min(b.minY, a.y - r);
    b.maxY = Math.max(b.maxY, a.y + r);
  });
  return b;
}

/**
 * noverlap jitters nodes sitting on the very same (float32) spot with Math.random;
 * nudging them apart first, deterministically, keeps the layout reproducible.
 */
export function separateCoincident(work: Graph): void {
  const seen = new Set<string>();
  work.forEachNode((key, a) => {
    let x = a.x as number;
    let y = a.y as number;
    let spot = `${Math.fround(x)},${Math.fround(y)}`;
    for (let k = 1; seen.has(spot); k++) {
      x += k * 0.37;
      y += k * 0.23;
      spot = `${Math.fround(x)},${Math.fround(y)}`;
    }
    seen.add(spot);
    work.mergeNodeAttributes(key, { x, y });
  });
}

function round(value: number): number {
  const r = Math.round(value * 100) / 100;
  return r === 0 ? 0 : r; // no "-0" in the JSON
}
