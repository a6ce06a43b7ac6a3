// GraphML writer (our own: graphology ships none to rely on). Valid against the GraphML 1.1
// XSD, readable by NetworkX, igraph, Gephi and graphology-graphml. See docs/formats.md.
//
// - every attribute is a <key> with its attr.type and for=graph|node|edge;
// - lists and objects (aliases, evidence, source, generator) are JSON text in string keys
//   whose id ends in ".json"; each evidence item carries its sentence for other tools;
// - node and edge ids are the graph's keys when they are NMTOKENs, otherwise a sanitised id,
//   with the original key kept in the "newsgraph.key" data;
// - drawing attributes x, y, size, color and r, g, b for Gephi; colours and sizes a graph does
//   not carry come from src/appearance and are listed in "newsgraph.derived";
// - characters XML 1.0 forbids (control characters, lone surrogates) become U+FFFD in plain
//   string values, the exact value kept in the "newsgraph.exact" JSON data; JSON values escape
//   them, so everything survives exactly. NEL, U+2028 and U+2029 are character references.
import type Graph from "graphology";
import type { NewsGraph } from "../../schema/model";
import { sourceText, withEvidenceSentences } from "../evidence";
import { DERIVED_ATTRIBUTE, dressEdge, dressNode, hexToRgb, type Dressed } from "../appearance";
import { escapeAttribute, escapeText, isNmtoken, toNmtoken, withExactStrings } from "../xml";
import { KEY_ATTRIBUTE, formatValue, keysFor, type KeySpec } from "./keys";

const HEADER =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
  ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
  ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';

type Attributes = Record<string, unknown>;

export function writeGraphML(graph: NewsGraph | Graph): string {
  const g = graph as Graph;
  const ids = new IdMap();
  const text = sourceText(g.getAttributes());

  const nodes: { id: string; attributes: Attributes }[] = [];
  g.forEachNode((key, attributes) => {
    const id = ids.assign(key);
    nodes.push({
      id,
      attributes: drawing(dressNode(withEvidenceSentences(attributes, text)), id === key ? undefined : key),
    });
  });
  const edgeIds = new IdMap();
  const edges: { id: string; source: string; target: string; undirected: boolean; attributes: Attributes }[] = [];
  g.forEachEdge((key, attributes, source, target, _s, _t, undirected) => {
    const id = edgeIds.assign(key);
    edges.push({
      id,
      source: ids.get(source),
      target: ids.get(target),
      undirected,
      attributes: drawing(dressEdge(withEvidenceSentences(attributes, text)), id === key ? undefined : key),
    });
  });

  const graphAttributes = withExactStrings(g.getAttributes());
  const graphKeys = keysFor("graph", [graphAttributes]);
  const nodeKeys = keysFor(
    "node",
    nodes.map((n) => n.attributes),
  );
  const edgeKeys = keysFor(
    "edge",
    edges.map((e) => e.attributes),
  );

  const out: string[] = [HEADER];
  for (const spec of [...graphKeys, ...nodeKeys, ...edgeKeys]) {
    out.push(
      `  <key id="${escapeAttribute(spec.id)}" for="${spec.domain}" attr.name="${escapeAttribute(toNmtoken(spec.name))}" attr.type="${spec.type}"/>\n`,
    );
  }
  // A directed multigraph: edgedefault="directed", every edge with its id (parallel edges
  // stay apart). Undirected edges of a mixed graph say directed="false".
  out.push('  <graph id="G" edgedefault="directed">\n');
  out.push(dataLines(graphKeys, graphAttributes, "    "));
  for (const node of nodes) {
    out.push(
      `    <node id="${escapeAttribute(node.id)}">\n`,
      dataLines(nodeKeys, node.attributes, "      "),
      "    </node>\n",
    );
  }
  for (const edge of edges) {
    const directed = edge.undirected ? ' directed="false"' : "";
    out.push(
      `    <edge id="${escapeAttribute(edge.id)}" source="${escapeAttribute(edge.source)}" target="${escapeAttribute(edge.target)}"${directed}>\n`,
      dataLines(edgeKeys, edge.attributes, "      "),
      "    </edge>\n",
    );
  }
  out.push("  </graph>\n</graphml>\n");
  return out.join("");
}

/** Adds r, g, b (from the colour), the derived list and the original key when the id differs. */
function drawing({ attributes, derived }: Dressed, originalKey: string | undefined): Attributes {
  const out: Attributes = withExactStrings({ ...attributes });
  const rgb = hexToRgb(out.color);
  if (rgb && out.r === undefined && out.g === undefined && out.b === undefined) Object.assign(out, rgb);
  if (derived.length > 0) out[DERIVED_ATTRIBUTE] = derived.join(" ");
  if (originalKey !== undefined) out[KEY_ATTRIBUTE] = originalKey;
  return out;
}

function dataLines(keys: KeySpec[], attributes: Attributes, indent: string): string {
  let out = "";
  for (const spec of keys) {
    const text = formatValue(spec, attributes[spec.name]);
    if (text === undefined) continue;
    out += `${indent}<data key="${escapeAttribute(spec.id)}">${escapeText(text)}</data>\n`;
  }
  return out;
}

/** Graph keys to GraphML ids (NMTOKENs): kept when valid, else sanitised and made unique. */
class IdMap {
  private readonly ids = new Map<string, string>();
  private readonly used = new Set<string>();

  assign(key: string): string {
    let id = isNmtoken(key) && !this.used.has(key) ? key : toNmtoken(key);
    for (let n = 2; this.used.has(id); n++) id = `${toNmtoken(key)}.${n}`;
    this.ids.set(key, id);
    this.used.add(id);
    return id;
  }

  get(key: string): string {
    return this.ids.get(key)!;
  }
}
