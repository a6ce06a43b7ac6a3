// The showcase article through every format: the graph extraction builds from it (no layout,
// so colours and sizes come from the shared appearance) survives each export and import.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { extractGraph } from "../../src/extract/index";
import { exportGraph, importGraph } from "../../src/formats/index";
import { SEED_ARTICLE } from "../helpers/paths";
import { GRAPHML_XSD } from "./fixtures";
import { runPython } from "./python";

const graph = extractGraph(readFileSync(SEED_ARTICLE, "utf8"), { name: "article.txt" });
const dir = mkdtempSync(join(tmpdir(), "newsgraph-seed-formats-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the seed article's extracted graph", () => {
  it("is not empty (else these tests prove nothing)", () => {
    expect(graph.order).toBeGreaterThan(5);
    expect(graph.size).toBeGreaterThan(0);
  });

  it.each(["json", "graphml", "gexf"] as const)("round-trips exactly through %s", (format) => {
    const text = exportGraph(graph, format);
    expect(importGraph(text, `seed.${format}`).export()).toEqual(graph.export());
  });

  it("gives valid GraphML that NetworkX and igraph read whole", () => {
    const path = join(dir, "seed.graphml");
    writeFileSync(path, exportGraph(graph, "graphml"));
    execFileSync("xmllint", ["--nonet", "--noout", "--schema", GRAPHML_XSD, path], { stdio: "pipe" });
    const counts = runPython<{ nx: number[]; ig: number[]; labels: string[] }>(
      `import networkx as nx, igraph, json, sys
g = nx.read_graphml(sys.argv[1]); h = igraph.Graph.Read_GraphML(sys.argv[1])
print(json.dumps({"nx": [g.number_of_nodes(), g.number_of_edges()], "ig": [h.vcount(), h.ecount()],
  "labels": [a["label"] for _, a in g.nodes(data=True)]}))`,
      path,
    );
    expect(counts.nx).toEqual([graph.order, graph.size]);
    expect(counts.ig).toEqual([graph.order, graph.size]);
    expect(counts.labels).toEqual(graph.mapNodes((_k, a) => a.label));
  });

  it("gives one CSV row per node and edge", () => {
    const { nodes, edges } = exportGraph(graph, "csv");
    const rows = runPython<number[]>(
      `import csv, io, json, sys
print(json.dumps([len(list(csv.reader(io.StringIO(t, newline="")))) for t in sys.argv[1:]]))`,
      nodes,
      edges,
    );
    expect(rows).toEqual([graph.order + 1, graph.size + 1]);
  });
});
