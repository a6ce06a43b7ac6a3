// The baseline for bench/viewer.bench.ts: bare sigma drawing the same graph
// file with default settings, nothing else. Same marks as the app. Hover is
// sigma's own (its hover layer); a click selects a node the minimal way, as
// sigma's examples do: a reducer that highlights it, and a refresh.
import Graph from "graphology";
import Sigma from "sigma";
import { nodeColor, nodeSize } from "../../src/appearance/appearance";

const url = new URLSearchParams(location.search).get("graph")!;
const data = await (await fetch(url)).json();
const graph = new Graph({ multi: true, type: "directed" });
// sigma picks programs from `type`: drop ours, keep what it draws
for (const n of data.nodes) {
  const { type, x, y, label, mentions } = n.attributes;
  graph.addNode(n.key, { x, y, label, size: nodeSize(mentions), color: nodeColor(type) });
}
for (const e of data.edges) graph.addDirectedEdgeWithKey(e.key, e.source, e.target, { label: e.attributes.label });
let selected: string | null = null;
const sigma = new Sigma(graph, document.getElementById("stage")!, {
  nodeReducer: (key, attrs) => (key === selected ? { ...attrs, highlighted: true, forceLabel: true } : attrs),
});
const select = (key: string | null) => {
  selected = key;
  sigma.refresh({ skipIndexation: true });
};
sigma.on("clickNode", ({ node }) => select(node));
sigma.on("clickStage", () => select(null));
performance.mark("newsgraph:mounted");
requestAnimationFrame(() => performance.mark("newsgraph:first-frame"));
Object.assign(window, { __bench: { sigma, selected: () => selected, select } });
