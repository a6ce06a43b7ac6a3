// Deterministic starting layout for newsgraph graphs (the viewer runs live ForceAtlas2 itself).
export { computeLayout, hasLayout, iterationsFor, layoutGraph } from "./layout";
export type { LayoutOptions, NodeLayout } from "./layout";
export { createRandom, hashString } from "./prng";
