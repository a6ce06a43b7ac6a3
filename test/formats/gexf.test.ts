// GEXF 1.2 (the version NetworkX reads): written with graphology-gexf's writer, parsed back with graphology-gexf's parser,
// and read from a Gephi-style file.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MultiGraph } from "graphology";
import { parse as parseWithGraphology } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { nodeColor, nodeSize } from "../../src/appearance/appearance";
import { readGEXF, writeGEXF } from "../../src/formats/gexf";
import { importGraph } from "../../src/formats/index";
import { parseXml } from "../../src/formats/xml";
import { HOSTILE, hostileGraph, realisticGraph } from "./fixtures";
import { runPython } from "./python";

const hostile = hostileGraph();
const hostileText = writeGEXF(hostile);
const realistic = realisticGraph();
const realisticText = writeGEXF(realistic);

describe("GEXF writer", () => {
  it("writes well-formed GEXF 1.2 with the viz namespace NetworkX matches", () => {
    const doc = parseXml(hostileText, "GEXF");
    expect(doc.documentElement.getAttribute("version")).toBe("1.2");
    expect(doc.documentElement.getAttribute("xmlns")).toBe("http://www.gexf.net/1.2draft");
    expect(doc.documentElement.getAttribute("xmlns:viz")).toBe("http://www.gexf.net/1.2draft/viz");
    expect(hostileText).not.toMatch(/hex=/);
    expect(doc.getElementsByTagName("graph")[0].getAttribute("defaultedgetype")).toBe("directed");
  });

  it("is deterministic", () => {
    expect(writeGEXF(hostileGraph())).toBe(hostileText);
    expect(writeGEXF(realisticGraph())).toBe(realisticText);
  });

  it("escapes markup and strips what XML 1.0 forbids", () => {
    expect(hostileText).not.toContain("<script>");
    expect(hostileText).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(hostileText).toContain("&lt;script>alert(1)&lt;/script>");
  });

  it("gives Gephi positions, sizes and colours, filled from the shared appearance when missing", () => {
    const g = parseWithGraphology(MultiGraph, hostileText);
    expect(g.getNodeAttributes("person:tom & jerry")).toMatchObject({
      x: -12.5,
      y: 3.25,
      size: 9,
      color: "rgb(0,114,178)",
    });
    expect(g.getNodeAttributes("person:script")).toMatchObject({ size: nodeSize(3), color: rgb(nodeColor("person")) });
    const node = parseXml(realisticText, "GEXF").getElementsByTagName("node")[0];
    expect(node.getElementsByTagName("viz:position")[0].getAttribute("x")).toBe(
      String(realistic.getNodeAttribute(realistic.nodes()[0], "x")),
    );
  });

  it("is read by graphology-gexf: same nodes, parallel edges, labels, kinds and JSON lists", () => {
    const g = parseWithGraphology(MultiGraph, hostileText);
    expect(g.type).toBe("directed");
    expect(g.order).toBe(hostile.order);
    expect(g.size).toBe(hostile.size);
    expect(g.getNodeAttribute("person:script", "label")).toBe(HOSTILE.script);
    expect(g.getNodeAttribute("person:script", "type")).toBe("person");
    expect(g.getNodeAttribute("person:script", "mentions")).toBe(3);
    expect(JSON.parse(g.getNodeAttribute("country:🚀", "aliases"))).toEqual([HOSTILE.arabic]);
    expect(g.edges("person:script", "country:🚀")).toHaveLength(2);
    expect(g.getEdgeAttributes("person:script->country:🚀:leads")).toMatchObject({
      label: HOSTILE.formula,
      kind: "relation",
      thickness: 2.5,
    });
    expect(g.getAttribute("title")).toBe("Hostile <script>alert(1)</script> & bell\uFFFDchar\uFFFD");
  });
});

describe("GEXF reader", () => {
  it("round-trips a realistic graph exactly", () => {
    expect(readGEXF(realisticText).export()).toEqual(realistic.export());
  });

  it("round-trips the hostile graph exactly: control characters are U+FFFD for other readers, exact for us", () => {
    const back = importGraph(hostileText, "hostile.gexf");
    expect(back.export()).toEqual(hostile.export());
    expect(parseWithGraphology(MultiGraph, hostileText).getNodeAttribute("organization:ctrl\uFFFD", "label")).toBe(
      "bell\uFFFDchar\uFFFD",
    );
    expect(back.hasNode("organization:ctrl\u0007")).toBe(true);
  });

  it("reads a Gephi-written file: numeric attribute ids, rgb colours, weights", () => {
    const g = importGraph(GEPHI, "gephi-export.gexf");
    expect(g.order).toBe(3);
    expect(g.size).toBe(2);
    expect(g.getNodeAttributes("0")).toMatchObject({
      label: "Angela Merkel",
      type: "person",
      x: -120.5,
      y: 43.2,
      size: 10,
      color: "#d55e00",
      modularity_class: 1,
      aliases: [],
      evidence: [],
      mentions: 0,
    });
    expect(g.getNodeAttributes("1")).toMatchObject({ label: "Élysée Palace", type: "place" });
    expect(g.getNodeAttributes("2")).toMatchObject({
      label: "UN & NATO",
      type: "organization",
      originalType: "Alliance",
    });
    expect(g.getEdgeAttributes("0")).toMatchObject({ label: "visited", kind: "relation", weight: 2 });
    expect(g.getAttribute("title")).toBe("gephi-export.gexf");
  });

  it.each([
    ["truncated XML", "<gexf><graph>", /GEXF: not well-formed XML/],
    ["GraphML under a .gexf name", "<graphml><graph/></graphml>", /not a GEXF file: the root element is <graphml>/],
    ["no graph", '<gexf version="1.3"/>', /no <graph> element/],
    [
      "an edge to nowhere",
      '<gexf><graph><nodes><node id="a"/></nodes><edges><edge id="e" source="a" target="b"/></edges></graph></gexf>',
      /inexisting node|missing node/,
    ],
  ])("gives a clear error on %s", (_what, text, message) => {
    expect(() => importGraph(text, "bad.gexf")).toThrow(message);
  });
});

const GEPHI = `<?xml version='1.0' encoding='UTF-8'?>
<gexf xmlns="http://gexf.net/1.3" version="1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd">
  <meta lastmodifieddate="2024-03-01">
    <creator>Gephi 0.10.1</creator>
    <title></title>
    <description></description>
  </meta>
  <graph defaultedgetype="directed" mode="static">
    <attributes class="node" mode="static">
      <attribute id="modularity_class" title="Modularity Class" type="integer"></attribute>
      <attribute id="0" title="Type" type="string"></attribute>
    </attributes>
    <attributes class="edge" mode="static">
      <attribute id="relation" title="Relation" type="string"></attribute>
    </attributes>
    <nodes>
      <node id="0" label="Angela Merkel">
        <attvalues>
          <attvalue for="modularity_class" value="1"></attvalue>
          <attvalue for="0" value="Person"></attvalue>
        </attvalues>
        <viz:size value="10.0"></viz:size>
        <viz:position x="-120.5" y="43.2"></viz:position>
        <viz:color r="213" g="94" b="0"></viz:color>
      </node>
      <node id="1" label="Élysée Palace">
        <attvalues><attvalue for="0" value="location"></attvalue></attvalues>
      </node>
      <node id="2" label="UN &amp; NATO">
        <attvalues><attvalue for="0" value="Alliance"></attvalue></attvalues>
      </node>
    </nodes>
    <edges>
      <edge id="0" source="0" target="1" weight="2.0">
        <attvalues><attvalue for="relation" value="visited"></attvalue></attvalues>
      </edge>
      <edge id="1" source="1" target="2" weight="1.0"></edge>
    </edges>
  </graph>
</gexf>
`;

/** "#0072B2" as graphology-gexf reads a viz:color back: "rgb(0,114,178)". */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r},${g},${b})`;
}

describe("GEXF read by Debian's NetworkX", () => {
  it("reads nodes, parallel edges, labels, attributes, viz colours and positions", () => {
    const dir = mkdtempSync(join(tmpdir(), "newsgraph-gexf-"));
    try {
      const path = join(dir, "hostile.gexf");
      writeFileSync(path, hostileText);
      const nx = runPython<{
        nodes: number;
        edges: number;
        multi: boolean;
        directed: boolean;
        tom: Record<string, unknown>;
        script: Record<string, unknown>;
      }>(
        `import networkx as nx, json, sys
g = nx.read_gexf(sys.argv[1])
tom = g.nodes["person:tom & jerry"]
script = g.nodes["person:script"]
print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "multi": g.is_multigraph(),
  "directed": g.is_directed(), "tom": {"label": tom["label"], "viz": tom["viz"]},
  "script": {"label": script["label"], "mentions": script["mentions"], "aliases": json.loads(script["aliases"])}}))`,
        path,
      );
      expect(nx).toMatchObject({ nodes: hostile.order, edges: hostile.size, multi: true, directed: true });
      expect(nx.tom).toEqual({
        label: HOSTILE.quotes,
        viz: { color: { r: 0, g: 114, b: 178, a: 1 }, size: 9, position: { x: -12.5, y: 3.25, z: 0 } },
      });
      expect(nx.script).toEqual({
        label: HOSTILE.script,
        mentions: 3,
        aliases: hostile.getNodeAttribute("person:script", "aliases"),
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
