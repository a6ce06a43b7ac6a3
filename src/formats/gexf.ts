// GEXF 1.2 for Gephi and NetworkX (whose reader knows 1.1 and 1.2 only, and colours as r/g/b),
// written and read with graphology-gexf. See docs/formats.md.
//
// - label, and viz:position / viz:size / viz:color (colours and sizes the graph lacks come from
//   src/appearance and are listed in the "newsgraph.derived" attribute, so import drops them);
// - our edge kind is GEXF's edge `kind`, edge size is viz:thickness;
// - aliases and evidence are JSON text in string attributes (each evidence item with its sentence); other list/object attributes too,
//   under a title ending in ".json";
// - graph attributes go to <meta>: title, creator, description, and source/generator as JSON;
// - characters XML 1.0 forbids become U+FFFD (keys too, the original kept in "newsgraph.key"),
//   the exact strings kept as JSON in "newsgraph.exact"; NEL, U+2028, U+2029 are character references.
import { MultiGraph } from "../schema/graphology";
import type Graph from "graphology";
import createParserFunction from "graphology-gexf/common/parser.js";
import write from "graphology-gexf/common/writer.js";
import type { NewsGraph } from "../schema/model";
import { sourceText, withEvidenceSentences } from "./evidence";
import { DERIVED_ATTRIBUTE, dressEdge, dressNode, hexToRgb, rgbToHex, toHexColor, type Dressed } from "./appearance";
import { KEY_ATTRIBUTE } from "./graphml/keys";
import { graphFromLoose, type LooseGraph } from "./normalise";
import {
  EXACT_ATTRIBUTE,
  domImplementation,
  jsonForXml,
  localNameOf,
  parseXml,
  protectLineEnds,
  restoreExactStrings,
  setOwn,
  withExactStrings,
  xmlSafe,
} from "./xml";

type Attributes = Record<string, unknown>;

const JSON_SUFFIX = ".json";
/** Schema attributes carried as JSON text under their own name. */
const JSON_ATTRIBUTES = new Set(["aliases", "evidence"]);
const VIZ = new Set(["x", "y", "size", "color"]);
/** Graph attributes carried as JSON text in <meta> under their own name. */
const JSON_META = new Set(["source", "generator"]);

export function writeGEXF(graph: NewsGraph | Graph): string {
  const g = graph as Graph;
  const copy = new MultiGraph({ type: g.type === "undirected" ? "undirected" : g.type, allowSelfLoops: true });
  copy.replaceAttributes(meta(g.getAttributes()));
  const text = sourceText(g.getAttributes());
  const nodeIds = new Map<string, string>();
  const usedNodeIds = new Set<string>();
  g.forEachNode((key, attributes) => {
    const id = uniqueId(key, usedNodeIds);
    nodeIds.set(key, id);
    copy.addNode(id, withKey(dressNode(withEvidenceSentences(attributes, text)), key, id));
  });
  const usedEdgeIds = new Set<string>();
  g.forEachEdge((key, attributes, source, target, _s, _t, undirected) => {
    const id = uniqueId(key, usedEdgeIds);
    const add = undirected ? copy.addUndirectedEdgeWithKey : copy.addDirectedEdgeWithKey;
    add.call(
      copy,
      id,
      nodeIds.get(source)!,
      nodeIds.get(target)!,
      withKey(dressEdge(withEvidenceSentences(attributes, text)), key, id),
    );
  });
  const xml = write(copy, {
    version: "1.2",
    pretty: true,
    formatNode: (_key, attributes) => formatElement(attributes, false),
    formatEdge: (_key, attributes) => formatElement(attributes, true),
  });
  // graphology-gexf writes a malformed 1.1 viz namespace for 1.2; NetworkX (and the 1.2 XSD) expect this one.
  return protectLineEnds(xml.replace('xmlns:viz="http:///www.gexf.net/1.1draft/viz"', `xmlns:viz="${VIZ_NAMESPACE}"`));
}

/** The "#rrggbb" a viz:color reads back as, from the colour written or read ("rgb(0,114,178)"). */
function vizColor(color: string): string | undefined {
  const hex = toHexColor(color);
  const rgb = hexToRgb(hex);
  return rgb && rgbToHex(rgb.r, rgb.g, rgb.b);
}

const VIZ_NAMESPACE = "http://www.gexf.net/1.2draft/viz";

/** Meta values are element text, where CR would become LF: such strings travel exact as well. */
const survivesMeta = (value: string) => xmlSafe(value) === value && !value.includes("\r");

function meta(graphAttributes: Attributes): Attributes {
  const attributes = withExactStrings(graphAttributes, survivesMeta);
  const out: Attributes = {};
  if (typeof attributes.title === "string") out.title = attributes.title;
  const generator = attributes.generator as { name?: unknown; version?: unknown } | undefined;
  if (generator && typeof generator.name === "string")
    out.creator = `${generator.name} ${generator.version ?? ""}`.trim();
  const source = attributes.source as { name?: unknown } | undefined;
  if (source && typeof source.name === "string") out.description = source.name;
  for (const [name, value] of Object.entries(attributes)) {
    if (name === "title" || value === undefined || value === null) continue;
    if (typeof value !== "object") setOwn(out, name, value);
    else setOwn(out, JSON_META.has(name) ? name : name + JSON_SUFFIX, jsonForXml(value));
  }
  for (const [name, value] of Object.entries(out))
    if (typeof value === "string" && !JSON_META.has(name) && !name.endsWith(JSON_SUFFIX)) out[name] = xmlSafe(value);
  return out;
}

function uniqueId(key: string, used: Set<string>): string {
  let id = xmlSafe(key);
  for (let n = 2; used.has(id); n++) id = `${xmlSafe(key)}.${n}`;
  used.add(id);
  return id;
}

function withKey({ attributes, derived }: Dressed, key: string, id: string): Attributes {
  const out = withExactStrings({ ...attributes });
  // viz:color carries bytes: a colour they do not spell back exactly ("#0072B2", "red") travels exact.
  const color = attributes.color;
  if (typeof color === "string" && vizColor(color) !== color) {
    out[EXACT_ATTRIBUTE] = { ...(out[EXACT_ATTRIBUTE] as Attributes | undefined), color };
  }
  // graphology-gexf's parser assigns attributes by name, which for "__proto__" sets a prototype:
  // that one travels in the exact JSON only.
  if (Object.hasOwn(out, "__proto__")) {
    const exact = { ...(out[EXACT_ATTRIBUTE] as Attributes | undefined) };
    setOwn(exact, "__proto__", out["__proto__"]);
    delete out["__proto__"];
    out[EXACT_ATTRIBUTE] = exact;
  }
  if (derived.length > 0) out[DERIVED_ATTRIBUTE] = derived.join(" ");
  if (id !== key) out[KEY_ATTRIBUTE] = key;
  return out;
}

function formatElement(attributes: Attributes, isEdge: boolean) {
  const viz: { color?: string; size?: number; x?: number; y?: number; thickness?: number } = {};
  const values: Attributes = {};
  let label: string | undefined;
  let kind: string | undefined;
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null) continue;
    if (name === "label" && typeof value === "string") label = xmlSafe(value);
    else if (name === "kind" && isEdge && typeof value === "string") kind = xmlSafe(value);
    else if (VIZ.has(name) && (name === "color" ? typeof value === "string" : Number.isFinite(value))) {
      if (name === "size" && isEdge) viz.thickness = value as number;
      else (viz as Attributes)[name] = typeof value === "string" ? xmlSafe(value) : value;
    } else if (JSON_ATTRIBUTES.has(name)) setOwn(values, name, jsonForXml(value));
    else if (name === KEY_ATTRIBUTE && xmlSafe(String(value)) !== value)
      setOwn(values, name + JSON_SUFFIX, jsonForXml(value));
    else if (typeof value === "object") setOwn(values, name + JSON_SUFFIX, jsonForXml(value));
    else setOwn(values, name, typeof value === "string" ? xmlSafe(value) : value);
  }
  return { label, kind, viz, attributes: values };
}

const parse = createParserFunction(domImplementation().DOMParser, domImplementation().Document);

export function readGEXF(text: string, fileName = "graph.gexf"): NewsGraph {
  return graphFromLoose(parseGEXF(text), fileName);
}

/** GEXF text to graphology's serialized shape, our JSON attributes and bookkeeping undone. */
export function parseGEXF(text: string): LooseGraph {
  const doc = parseXml(text, "GEXF");
  const root = doc.documentElement;
  if (localNameOf(root) !== "gexf") throw new Error(`not a GEXF file: the root element is <${root.nodeName}>`);
  if (!doc.getElementsByTagName("graph")[0]) throw new Error("GEXF file has no <graph> element");
  let graph: Graph;
  try {
    graph = parse(MultiGraph, doc, { allowUndeclaredAttributes: true });
  } catch (e) {
    throw new Error((e as Error).message.replace(/^graphology-gexf\/parser: /, "GEXF: "));
  }
  const data = graph.export();
  const nodeKeys = new Map<string, string>();
  const nodes = data.nodes.map(({ key, attributes = {} }) => {
    const restored = restore(attributes, false);
    nodeKeys.set(key, restored.key ?? key);
    return { key: restored.key ?? key, attributes: restored.attributes };
  });
  const edges = data.edges.map(({ key, source, target, undirected, attributes = {} }) => {
    const restored = restore(attributes, true);
    const edgeKey = restored.key ?? key;
    return {
      ...(edgeKey === undefined ? {} : { key: edgeKey }),
      source: nodeKeys.get(source) ?? source,
      target: nodeKeys.get(target) ?? target,
      undirected: !!undirected,
      attributes: restored.attributes,
    };
  });
  return { attributes: restoreMeta(graph.getAttributes()), nodes, edges };
}

function restore(attributes: Attributes, isEdge: boolean): { key?: string; attributes: Attributes } {
  const out: Attributes = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value === "string" && (JSON_ATTRIBUTES.has(name) || name.endsWith(JSON_SUFFIX))) {
      setOwn(out, name.endsWith(JSON_SUFFIX) ? name.slice(0, -JSON_SUFFIX.length) : name, parseJsonOr(value));
    } else if (isEdge && name === "thickness") out.size = value;
    else if (name === "color" && typeof value === "string") out.color = vizColor(value) ?? value;
    else setOwn(out, name, value);
  }
  restoreExactStrings(out);
  if (typeof out[DERIVED_ATTRIBUTE] === "string") {
    for (const name of (out[DERIVED_ATTRIBUTE] as string).split(" ")) delete out[name];
  }
  delete out[DERIVED_ATTRIBUTE];
  const key = typeof out[KEY_ATTRIBUTE] === "string" ? (out[KEY_ATTRIBUTE] as string) : undefined;
  delete out[KEY_ATTRIBUTE];
  return { key, attributes: out };
}

/** Meta back to graph attributes: JSON values parsed; creator/description dropped when they only restate them. */
function restoreMeta(attributes: Attributes): Attributes {
  const out: Attributes = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value === "string" && name.endsWith(JSON_SUFFIX))
      setOwn(out, name.slice(0, -JSON_SUFFIX.length), parseJsonOr(value));
    else setOwn(out, name, typeof value === "string" && JSON_META.has(name) ? parseJsonOr(value) : value);
  }
  restoreExactStrings(out);
  const generator = out.generator as { name?: unknown; version?: unknown } | undefined;
  if (
    generator &&
    typeof generator === "object" &&
    out.creator === asMetaText(`${generator.name} ${generator.version ?? ""}`.trim())
  )
    delete out.creator;
  const source = out.source as { name?: unknown } | undefined;
  if (source && typeof source === "object" && out.description === asMetaText(String(source.name)))
    delete out.description;
  return out;
}

/** A string as a <meta> element's text reads back: forbidden characters replaced, line ends normalised. */
function asMetaText(value: string): string {
  return xmlSafe(value).replace(/\r\n?/g, "\n");
}

function parseJsonOr(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
