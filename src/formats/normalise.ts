// Turns a graph read from any file (ours or another tool's) into a NewsGraph. Attributes that
// already match the schema are kept untouched, so newsgraph's own exports round-trip exactly;
// anything else gets sensible defaults (documented in docs/formats.md).
import {
  EDGE_KINDS,
  EVENT_KINDS,
  EVENT_KIND_NAMES,
  EdgeAttributes,
  Evidence,
  GraphAttributes,
  NODE_TYPES,
  NodeAttributes,
  PARTICIPANT_ROLES,
  type EventKind,
  type NodeType,
} from "../schema/graph";
import { compactEvidenceList } from "../schema/evidence";
import { createNewsGraph, type NewsGraph } from "../schema/model";
import { isFiniteNumber, toHexColor } from "./appearance";

type Attributes = Record<string, unknown>;

/** graphology's serialized shape, with nothing guaranteed about the attributes. */
export interface LooseGraph {
  attributes?: Attributes;
  nodes: { key: string; attributes?: Attributes }[];
  edges: { key?: string; source: string; target: string; undirected?: boolean; attributes?: Attributes }[];
}

/** Type of a node whose file gives none we know. */
export const DEFAULT_NODE_TYPE: NodeType = "organization";
/** Label of an edge whose file gives none. */
export const DEFAULT_EDGE_LABEL = "related to";
const EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

/**
 * Common type names of other tools and NER tag sets, mapped onto ours. A Map: the name is read
 * from the file, and a type "constructor" or "__proto__" is no property to look up.
 */
const TYPE_SYNONYMS = new Map<string, NodeType>([
  ["per", "person"],
  ["people", "person"],
  ["human", "person"],
  ["individual", "person"],
  ["gpe", "country"],
  ["nation", "country"],
  ["state", "country"],
  ["loc", "place"],
  ["location", "place"],
  ["city", "place"],
  ["region", "place"],
  ["fac", "place"],
  ["facility", "place"],
  ["org", "organization"],
  ["organisation", "organization"],
  ["company", "organization"],
  ["institution", "organization"],
  ["group", "organization"],
  ["norp", "organization"],
  ["evt", "event"],
]);

export function graphFromLoose(data: LooseGraph, fileName: string): NewsGraph {
  const graph = createNewsGraph();
  graph.replaceAttributes(graphAttributes(data.attributes ?? {}, fileName));
  const text = graph.getAttribute("source").text;
  for (const node of data.nodes) {
    const key = String(node.key);
    if (graph.hasNode(key)) throw new Error(`node "${key}" appears twice`);
    graph.addNode(key, nodeAttributes(key, withCompactEvidence(node.attributes ?? {}, text, `node "${key}"`)));
  }
  const usedKeys = new Set(data.edges.map((e) => e.key).filter((k): k is string => typeof k === "string"));
  let generated = 0;
  for (const edge of data.edges) {
    const source = String(edge.source);
    const target = String(edge.target);
    for (const end of [source, target]) {
      if (!graph.hasNode(end)) throw new Error(`an edge points to a missing node "${end}"`);
    }
    // Our graph is a directed multigraph without self-loops: undirected edges keep the
    // file's source -> target order; self-loops have no meaning in a news graph and are dropped.
    if (source === target) continue;
    let key = edge.key === undefined || edge.key === null ? undefined : String(edge.key);
    if (key === undefined) {
      do key = `e${generated++}`;
      while (usedKeys.has(key));
      usedKeys.add(key);
    }
    if (graph.hasEdge(key)) throw new Error(`edge "${key}" appears twice`);
    graph.addDirectedEdgeWithKey(
      key,
      source,
      target,
      edgeAttributes(withCompactEvidence(edge.attributes ?? {}, text, `edge "${key}"`)),
    );
  }
  return graph;
}

/** The attributes with their evidence as offsets only, each item checked against the source text. */
function withCompactEvidence(attributes: Attributes, text: string, owner: string): Attributes {
  const raw = typeof attributes.evidence === "string" ? parseJson(attributes.evidence) : attributes.evidence;
  return Array.isArray(raw) ? { ...attributes, evidence: compactEvidenceList(raw, text, owner) } : attributes;
}

export function graphAttributes(attributes: Attributes, fileName: string): GraphAttributes {
  if (GraphAttributes.safeParse(attributes).success) return attributes as GraphAttributes;
  const source = GraphAttributes.shape.source.safeParse(attributes.source);
  const generator = GraphAttributes.shape.generator.safeParse(attributes.generator);
  return {
    ...attributes,
    title: firstString(attributes, ["title", "name", "label", "description", "id"]) ?? fileName,
    source: source.success ? source.data : { name: fileName, sha256: EMPTY_SHA256, text: "" },
    generator: generator.success ? generator.data : { name: "imported", version: "" },
  };
}

export function nodeAttributes(key: string, attributes: Attributes): NodeAttributes {
  if (NodeAttributes.safeParse(attributes).success) return attributes as NodeAttributes;
  const { name: _n, Label: _l, r: _r, g: _g, b: _b, ...rest } = attributes;
  const out: Attributes = { ...rest };
  out.label = firstString(attributes, ["label", "name", "Label", "title"]) ?? key;
  const rawType = firstString(attributes, ["type", "Type", "category", "class"]);
  const type = nodeType(rawType);
  out.type = type ?? DEFAULT_NODE_TYPE;
  if (!type && rawType !== undefined) out.originalType = rawType;
  out.aliases = stringList(attributes.aliases);
  out.evidence = evidenceList(attributes.evidence);
  out.mentions = count(attributes.mentions) ?? (out.evidence as Evidence[]).length;
  for (const name of ["role", "cameo", "date", "place"]) setString(out, name, attributes[name]);
  delete out.kind;
  if (out.type === "event") {
    const kind = (EVENT_KIND_NAMES as string[]).includes(attributes.kind as string)
      ? (attributes.kind as EventKind)
      : "other";
    out.kind = kind;
    out.cameo ??= EVENT_KINDS[kind];
  } else if (attributes.kind !== undefined) {
    out.originalKind = attributes.kind;
  }
  for (const name of ["x", "y", "size"]) setNumber(out, name, attributes[name]);
  const color = toHexColor(attributes.color) ?? rgbColor(attributes);
  if (color) out.color = color;
  else delete out.color;
  return out as NodeAttributes;
}

export function edgeAttributes(attributes: Attributes): EdgeAttributes {
  if (EdgeAttributes.safeParse(attributes).success) return attributes as EdgeAttributes;
  const { Label: _l, r: _r, g: _g, b: _b, ...rest } = attributes;
  const out: Attributes = { ...rest };
  out.label = firstString(attributes, ["label", "Label", "relation", "type", "name"]) ?? DEFAULT_EDGE_LABEL;
  const kind = attributes.kind;
  out.kind = (EDGE_KINDS as readonly unknown[]).includes(kind) ? kind : "relation";
  if (out.kind !== kind && kind !== undefined) out.originalKind = kind;
  delete out.role;
  if ((PARTICIPANT_ROLES as readonly unknown[]).includes(attributes.role)) out.role = attributes.role;
  out.evidence = evidenceList(attributes.evidence);
  const mentions = count(attributes.mentions);
  if (mentions !== undefined) out.mentions = mentions;
  else delete out.mentions;
  setNumber(out, "size", attributes.size ?? attributes.thickness);
  const color = toHexColor(attributes.color) ?? rgbColor(attributes);
  if (color) out.color = color;
  else delete out.color;
  return out as EdgeAttributes;
}

function nodeType(raw: string | undefined): NodeType | undefined {
  if (raw === undefined) return undefined;
  const t = raw.trim().toLowerCase();
  if ((NODE_TYPES as readonly string[]).includes(t)) return t as NodeType;
  return TYPE_SYNONYMS.get(t);
}

function firstString(attributes: Attributes, names: string[]): string | undefined {
  for (const name of names) {
    const v = attributes[name];
    if (typeof v === "string" && v.trim() !== "") return v;
    if (typeof v === "number" && Number.isFinite(v)) return String(v);
  }
  return undefined;
}

/** A list of strings, from an array or from JSON text of one (as GraphML/GEXF carry them). */
function stringList(value: unknown): string[] {
  const list = typeof value === "string" ? parseJson(value) : value;
  return Array.isArray(list) ? list.filter((v): v is string => typeof v === "string") : [];
}

function evidenceList(value: unknown): Evidence[] {
  const list = typeof value === "string" ? parseJson(value) : value;
  if (!Array.isArray(list)) return [];
  return list.filter((v) => Evidence.safeParse(v).success) as Evidence[];
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function count(value: unknown): number | undefined {
  const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof n === "number" && Number.isInteger(n) && n >= 0 ? n : undefined;
}

function setString(out: Attributes, name: string, value: unknown): void {
  if (typeof value === "string" && value !== "") out[name] = value;
  else if (isFiniteNumber(value)) out[name] = String(value);
  else delete out[name];
}

function setNumber(out: Attributes, name: string, value: unknown): void {
  const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  if (isFiniteNumber(n)) out[name] = n;
  else delete out[name];
}

function rgbColor(attributes: Attributes): string | undefined {
  const { r, g, b } = attributes;
  if (![r, g, b].every((v) => isFiniteNumber(typeof v === "string" ? Number(v) : v))) return undefined;
  return toHexColor(`rgb(${Number(r)},${Number(g)},${Number(b)})`);
}
