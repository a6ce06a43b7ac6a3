// Seeded starting positions for ForceAtlas2: entities of one type share a sector of a
// ring, so types start grouped; events start between the entities they link. A per-node
// jitter (seeded by the node key) breaks symmetry without Math.random. Keyed by a Map: node
// keys are data, and one named "constructor" or "__proto__" is no property of a plain object.
import { ENTITY_TYPES, type EntityType } from "../schema/graph";
import type { NewsGraph } from "../schema/model";
import { createRandom, hashString } from "./prng";

export type Positions = Map<string, { x: number; y: number }>;

export function initialPositions(graph: NewsGraph, seed: string | number): Positions {
  const seedHash = typeof seed === "string" ? hashString(seed) : seed >>> 0;
  const randomFor = (key: string) => createRandom((hashString(key) ^ seedHash) >>> 0);
  const radius = Math.max(1, Math.sqrt(graph.order)) * 10;

  const byType = new Map<EntityType, string[]>(ENTITY_TYPES.map((t) => [t, []]));
  const events: string[] = [];
  graph.forEachNode((key, attributes) => {
    const group = attributes.type === "event" ? undefined : byType.get(attributes.type);
    (group ?? events).push(key);
  });

  const positions: Positions = new Map();
  const ringCount = graph.order - events.length;
  let slot = 0;
  for (const type of ENTITY_TYPES) {
    for (const key of byType.get(type)!) {
      const random = randomFor(key);
      const angle = (2 * Math.PI * (slot + random() * 0.5)) / Math.max(1, ringCount);
      const r = radius * (0.85 + random() * 0.3);
      positions.set(key, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
      slot++;
    }
  }

  // Events: at the centroid of their placed neighbours, pulled inwards; unlinked ones on an inner ring.
  events.forEach((key, index) => {
    const random = randomFor(key);
    let sx = 0;
    let sy = 0;
    let n = 0;
    graph.forEachNeighbor(key, (neighbour) => {
      const p = positions.get(neighbour);
      if (p && graph.getNodeAttribute(neighbour, "type") !== "event") {
        sx += p.x;
        sy += p.y;
        n++;
      }
    });
    const jitterX = (random() - 0.5) * radius * 0.2;
    const jitterY = (random() - 0.5) * radius * 0.2;
    if (n > 0) {
      positions.set(key, { x: (sx / n) * 0.7 + jitterX, y: (sy / n) * 0.7 + jitterY });
    } else {
      const angle = (2 * Math.PI * (index + random() * 0.5)) / events.length;
      positions.set(key, {
        x: radius * 0.5 * Math.cos(angle) + jitterX,
        y: radius * 0.5 * Math.sin(angle) + jitterY,
      });
    }
  });
  return positions;
}
