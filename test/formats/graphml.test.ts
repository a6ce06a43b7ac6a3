// GraphML: our writer checked against the XSD (xmllint), read back by our reader, by
// graphology-graphml, and by NetworkX and igraph, on hostile and realistic graphs.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MultiDirectedGraph } from "graphology";
import { parse as parseWithGraphology } from "graphology-graphml";
import { afterAll, describe, expect, it } from "vitest";
import { readGraphML } from "../../src/formats/graphml/read";
import { writeGraphML } from "../../src/formats/graphml/write";
import { importGraph } from "../../src/formats/index";
import { nodeColor, nodeSize } from "../../src/appearance/appearance";
import { GRAPHML_XSD, HOSTILE, hostileGraph, realisticGraph } from "./fixtures";
import { PYTHON, runPython } from "./python";

const dir = mkdtempSync(join(tmpdir(), "newsgraph-graphml-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeFile(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const hostile = hostileGraph();
const hostileText = writeGraphML(hostile);
const hostilePath = writeFile("hostile.graphml", hostileText);
const realistic = realisticGraph();
const realisticPath = writeFile("realistic.graphml", writeGraphML(realistic));

describe("GraphML writer", () => {
  it.each([
    ["hostile", hostilePath],
    ["realistic", realisticPath],
  ])("writes %s graphs that validate against the GraphML XSD", (_name, path) => {
    // execFileSync throws (failing the test) when xmllint reports the file invalid.
    const out = execFileSync("xmllint", ["--nonet", "--noout", "--schema", GRAPHML_XSD, path], {
      encoding: "utf8",
      stdio: "pipe",
    });
    expect(out).toBe("");
  });

  it("rejects its own output when made invalid (the XSD check can fail)", () => {
    const broken = writeFile("broken.graphml", hostileText.replace('attr.type="int"', 'attr.type="integer"'));
    expect(() =>
      execFileSync("xmllint", ["--nonet", "--noout", "--schema", GRAPHML_XSD, broken], { stdio: "pipe" }),
    ).toThrow();
  });

  it("is deterministic", () => {
    expect(writeGraphML(hostileGraph())).toBe(hostileText);
  });

  it("declares every attribute with its type and domain, JSON lists in .json string keys", () => {
    expect(hostileText).toContain('<key id="node.mentions" for="node" attr.name="mentions" attr.type="int"/>');
    expect(hostileText).toContain('<key id="node.x" for="node" attr.name="x" attr.type="double"/>');
    expect(hostileText).toContain('<key id="node.aliases.json" for="node" attr.name="aliases" attr.type="string"/>');
    expect(hostileText).toContain('<key id="edge.evidence.json" for="edge" attr.name="evidence" attr.type="string"/>');
    expect(hostileText).toContain('<key id="graph.source.json" for="graph" attr.name="source" attr.type="string"/>');
    expect(hostileText).toContain('<graph id="G" edgedefault="directed">');
    // every data element names a declared key
    const declared = new Set([...hostileText.matchAll(/<key id="([^"]+)"/g)].map((m) => m[1]));
    for (const m of hostileText.matchAll(/<data key="([^"]+)"/g)) expect(declared).toContain(m[1]);
  });

  it("escapes markup and strips what XML 1.0 forbids", () => {
    expect(hostileText).not.toContain("<script>");
    expect(hostileText).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(hostileText).toContain("a ]]&gt; b");
    expect(hostileText).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(hostileText).toContain("line one&#13;\nline two\ttabbed");
  });

  it("declares other tools' attributes with inferred types and NMTOKEN names, still valid", () => {
    const imported = importGraph(
      JSON.stringify({
        nodes: [
          { key: "a", attributes: { label: "A", "Modularity Class": 2, flag: true, tags: ["x", "y"], score: 0.5 } },
          { key: "b", attributes: { label: "B", "Modularity Class": 3, flag: false, score: 1 } },
        ],
        edges: [{ source: "a", target: "b", attributes: { weight: 4e12 } }],
      }),
      "other.json",
    );
    const text = writeGraphML(imported);
    expect(text).toContain('<key id="node.Modularity_Class" for="node" attr.name="Modularity_Class" attr.type="int"/>');
    expect(text).toContain('<key id="node.flag" for="node" attr.name="flag" attr.type="boolean"/>');
    expect(text).toContain('<key id="node.score" for="node" attr.name="score" attr.type="double"/>');
    expect(text).toContain('<key id="node.tags.json" for="node" attr.name="tags" attr.type="string"/>');
    expect(text).toContain('<key id="edge.weight" for="edge" attr.name="weight" attr.type="long"/>');
    const path = writeFile("extras.graphml", text);
    execFileSync("xmllint", ["--nonet", "--noout", "--schema", GRAPHML_XSD, path], { stdio: "pipe" });
    const back = readGraphML(text);
    expect(back.getNodeAttributes("a")).toMatchObject({
      Modularity_Class: 2,
      flag: true,
      tags: ["x", "y"],
      score: 0.5,
    });
    expect((back.getEdgeAttributes("e0") as Record<string, unknown>).weight).toBe(4e12);
  });

  it("fills colour and size from the shared appearance, and gives r, g, b", () => {
    const g = readWithNetworkX(hostilePath);
    const script = g.nodes["person:script"];
    expect(script.color).toBe(nodeColor("person"));
    expect(script.size).toBe(nodeSize(3));
    expect([script.r, script.g, script.b]).toEqual([0, 114, 178]);
  });
});

describe("GraphML reader", () => {
  it("round-trips a realistic graph exactly", () => {
    const back = readGraphML(writeGraphML(realistic));
    expect(back.export()).toEqual(realistic.export());
    expect(writeGraphML(back)).toBe(writeGraphML(realistic));
  });

  it("round-trips the hostile graph exactly: control characters are U+FFFD for other readers, exact for us", () => {
    const back = importGraph(hostileText, "hostile.graphml");
    expect(back.export()).toEqual(hostile.export());
    expect(back.getNodeAttribute("person:script", "aliases")).toEqual(
      hostile.getNodeAttribute("person:script", "aliases"),
    );
    expect(back.getNodeAttribute("organization:ctrl\u0007", "label")).toBe(HOSTILE.control);
    expect(hostileText).toContain("bell\uFFFDchar\uFFFD");
    expect(back.hasEdge("role\u0007edge")).toBe(true);
  });

  it("reads what NetworkX writes, with defaults for what it lacks", () => {
    const path = join(dir, "nx.graphml");
    execFileSync(PYTHON, [
      "-c",
      `import networkx as nx, sys
g = nx.MultiDiGraph()
g.add_node("a", name="Alice & Bob", type="PER", weight=1.5)
g.add_node("b", label="Берлин", type="city")
g.add_node("c")
g.add_edge("a", "b", key="k1", relation="visited")
g.add_edge("a", "b", key="k2", relation="met")
g.add_edge("b", "c")
nx.write_graphml(g, sys.argv[1])`,
      path,
    ]);
    const g = importGraph(readFileSync(path, "utf8"), "nx.graphml");
    expect(g.order).toBe(3);
    expect(g.size).toBe(3);
    expect(g.getNodeAttributes("a")).toMatchObject({
      label: "Alice & Bob",
      type: "person",
      weight: 1.5,
      aliases: [],
      evidence: [],
      mentions: 0,
    });
    expect(g.getNodeAttributes("b")).toMatchObject({ label: "Берлин", type: "place" });
    expect(g.getNodeAttributes("c")).toMatchObject({ label: "c", type: "organization" });
    expect(g.getEdgeAttributes("k2")).toMatchObject({ label: "met", kind: "relation", evidence: [] });
    expect(g.getAttribute("source").name).toBe("nx.graphml");
  });

  it("reads a yEd file: labels, positions and colours from its graphics", () => {
    const yed = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key for="node" id="d6" yfiles.type="nodegraphics"/>
  <key for="node" id="d5" attr.name="description" attr.type="string"/>
  <graph edgedefault="undirected" id="G">
    <node id="n0"><data key="d5">first</data><data key="d6"><y:ShapeNode><y:Geometry height="30.0" width="40.0" x="10.0" y="20.0"/><y:Fill color="#FF0000" transparent="false"/><y:NodeLabel>Kyiv</y:NodeLabel></y:ShapeNode></data></node>
    <node id="n1"><data key="d6"><y:ShapeNode><y:NodeLabel>Warsaw</y:NodeLabel></y:ShapeNode></data></node>
    <edge id="e0" source="n0" target="n1"/>
  </graph>
</graphml>`;
    const g = importGraph(yed, "map.graphml");
    expect(g.getNodeAttributes("n0")).toMatchObject({
      label: "Kyiv",
      x: 30,
      y: 35,
      color: "#FF0000",
      description: "first",
    });
    expect(g.getNodeAttribute("n1", "label")).toBe("Warsaw");
    expect(g.source("e0")).toBe("n0");
    expect(g.getEdgeAttribute("e0", "label")).toBe("related to");
  });

  it.each([
    ["truncated XML", "<graphml><graph>", /GraphML: not well-formed XML/],
    ["another XML vocabulary", "<svg xmlns='http://www.w3.org/2000/svg'/>", /root element is <svg>/],
    ["no graph", "<graphml/>", /no <graph> element/],
    [
      "an edge to nowhere",
      '<graphml><graph><node id="a"/><edge source="a" target="zz"/></graph></graphml>',
      /missing node "zz"/,
    ],
    ["a node twice", '<graphml><graph><node id="a"/><node id="a"/></graph></graphml>', /node "a" appears twice/],
  ])("gives a clear error on %s", (_what, text, message) => {
    expect(() => importGraph(text, "bad.graphml")).toThrow(message);
  });
});

describe("GraphML read by other software", () => {
  it("graphology-graphml reads it: a directed multigraph with the same ids, labels and types", () => {
    const g = parseWithGraphology(MultiDirectedGraph, hostileText);
    expect(g.type).toBe("directed");
    expect(g.multi).toBe(true);
    expect(g.order).toBe(hostile.order);
    expect(g.size).toBe(hostile.size);
    expect(g.getNodeAttribute("person:script", "label")).toBe(HOSTILE.script);
    expect(g.getNodeAttribute("person:script", "mentions")).toBe(3);
    // original keys: JSON text here, as one key holds a control character XML cannot carry
    expect(JSON.parse(g.getNodeAttribute("person:tom___jerry", "newsgraph.key"))).toBe("person:tom & jerry");
    expect(g.getNodeAttribute("person:tom___jerry", "color")).toBe("#0072b2");
    expect(JSON.parse(g.getNodeAttribute("country:_", "aliases"))).toEqual([HOSTILE.arabic]);
  });

  it("NetworkX reads every node, edge and attribute value", () => {
    const nx = readWithNetworkX(hostilePath);
    expect(nx.directed).toBe(true);
    expect(nx.multigraph).toBe(true);
    expect(Object.keys(nx.nodes)).toHaveLength(hostile.order);
    expect(nx.edges).toHaveLength(hostile.size);
    const byKey = Object.fromEntries(
      Object.values(nx.nodes).map((a) => [a["newsgraph.key"] === undefined ? a.id : JSON.parse(a["newsgraph.key"]), a]),
    );
    hostile.forEachNode((key, attributes) => {
      const node = byKey[key];
      expect(node, key).toBeDefined();
      expect(node.label).toBe(attributes.label.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "\uFFFD"));
      expect(node.mentions).toBe(attributes.mentions);
      expect(JSON.parse(node.aliases)).toEqual(attributes.aliases);
    });
    expect(byKey["person:tom & jerry"].x).toBe(-12.5);
    expect(byKey["person:script"].role).toBe(`Deputy "Minister" & <b>`);
    // parallel edges stay apart
    const parallel = nx.edges.filter((e) => e.label === HOSTILE.formula || e.label === HOSTILE.at);
    expect(parallel.map((e) => [e.u, e.v])).toEqual([
      ["person:script", "country:_"],
      ["person:script", "country:_"],
    ]);
    expect(JSON.parse(nx.graph.source).text).toBe(hostile.getAttribute("source").text);
  });

  it("NetworkX reads the realistic graph with its positions", () => {
    const nx = readWithNetworkX(realisticPath);
    expect(Object.keys(nx.nodes)).toHaveLength(realistic.order);
    expect(nx.edges).toHaveLength(realistic.size);
    realistic.forEachNode((key, a) => {
      expect(nx.nodes[key]).toMatchObject({ label: a.label, type: a.type, x: a.x, y: a.y, mentions: a.mentions });
    });
  });

  it("igraph reads counts, direction and values (integers come back as floats)", () => {
    const ig = runPython<IgraphResult>(
      `import igraph, json, sys
g = igraph.Graph.Read_GraphML(sys.argv[1])
print(json.dumps({"directed": g.is_directed(), "n": g.vcount(), "m": g.ecount(),
  "labels": g.vs["label"], "mentions": g.vs["mentions"], "ids": g.vs["id"],
  "edgeLabels": g.es["label"], "title": g["title"]}))`,
      hostilePath,
    );
    expect(ig).toMatchObject({ directed: true, n: hostile.order, m: hostile.size });
    const labels = hostile.mapNodes((_k, a) => a.label.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "\uFFFD"));
    expect(ig.labels).toEqual(labels);
    expect(ig.mentions).toEqual(hostile.mapNodes((_k, a) => a.mentions));
    expect(ig.edgeLabels).toEqual(
      hostile.mapEdges((_k, a) =>
        a.label.replace(/[\u0000-\u001F]/g, (c) => (c === "\t" || c === "\n" || c === "\r" ? c : "\uFFFD")),
      ),
    );
    expect(ig.title).toBe("Hostile <script>alert(1)</script> & bell\uFFFDchar\uFFFD");
  });
});

interface IgraphResult {
  directed: boolean;
  n: number;
  m: number;
  labels: string[];
  mentions: number[];
  ids: string[];
  edgeLabels: string[];
  title: string;
}

interface NetworkXResult {
  directed: boolean;
  multigraph: boolean;
  graph: Record<string, string>;
  nodes: Record<string, Record<string, any>>;
  edges: { u: string; v: string; key: string; [name: string]: any }[];
}

function readWithNetworkX(path: string): NetworkXResult {
  return runPython<NetworkXResult>(
    `import networkx as nx, json, sys
g = nx.read_graphml(sys.argv[1])
print(json.dumps({"directed": g.is_directed(), "multigraph": g.is_multigraph(), "graph": g.graph,
  "nodes": {n: dict(a, id=n) for n, a in g.nodes(data=True)},
  "edges": [dict(a, u=u, v=v, key=k) for u, v, k, a in g.edges(keys=True, data=True)]}))`,
    path,
  );
}
