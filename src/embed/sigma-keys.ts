// sigma 3 keeps its per-node and per-edge indices (display data, picking ids, program slots) in
// plain objects keyed by the graph's keys. A node keyed "__proto__" then writes its picking id
// onto the object's prototype slot, where a number is silently dropped, and a click on that
// node picks nothing. Keys are data in newsgraph, so every bundle that carries sigma (the app,
// the embed bundle, the dev server's pre-bundled dependencies) rewrites those objects as
// null-prototype ones at build time. Node only (a Vite / Rolldown plugin).

/** Each initialiser of a key-indexed object in sigma's built file, with how often it occurs. */
interface Rewrite {
  readonly find: string;
  readonly count: number;
}

const KEYED_FIELDS = [
  "nodeDataCache",
  "edgeDataCache",
  "nodeProgramIndex",
  "edgeProgramIndex",
  "nodeIndices",
  "edgeIndices",
];

export const SIGMA_REWRITES: readonly Rewrite[] = [
  // the renderer's constructor
  ...KEYED_FIELDS.map((field) => ({ find: `_defineProperty(_this, "${field}", {})`, count: 1 })),
  // process(): the indices built on each refresh, then stored on the renderer
  { find: "var nodeIndices = {};", count: 1 },
  { find: "var edgeIndices = {};", count: 1 },
  // clearNodeState / clearEdgeState / kill
  { find: "this.nodeDataCache = {};", count: 2 },
  { find: "this.edgeDataCache = {};", count: 2 },
  { find: "this.edgeProgramIndex = {};", count: 2 },
];

/** sigma's own module (ESM or CommonJS build), not its satellites (@sigma/*) or our files */
const SIGMA_MODULE = /[\\/]node_modules[\\/]sigma[\\/]dist[\\/]sigma\.(esm|cjs\.dev|cjs\.prod)\.js$/;

export function isSigmaModule(id: string): boolean {
  return SIGMA_MODULE.test(id.split("?")[0]);
}

/** The text with every rewrite applied; throws when an initialiser is not where it was, so an
 * upgrade of sigma that moves them fails the build instead of bringing the bug back silently. */
export function rewriteSigmaSource(code: string): string {
  let out = code;
  for (const { find, count } of SIGMA_REWRITES) {
    const found = out.split(find).length - 1;
    if (found !== count) {
      throw new Error(
        `sigma keys: expected ${count} × \`${find}\` in sigma's build, found ${found}; review src/embed/sigma-keys.ts`,
      );
    }
    out = out.replaceAll(find, find.replace("{}", "Object.create(null)"));
  }
  return out;
}

/** The rewrite as a plugin, for Vite's builds and its dependency optimiser (Rolldown). */
export function sigmaKeysAsData() {
  return {
    name: "newsgraph:sigma-keys-as-data",
    transform(code: string, id: string) {
      return isSigmaModule(id) ? { code: rewriteSigmaSource(code), map: null } : null;
    },
  };
}
