// GraphML reader: newsgraph's own files back losslessly (JSON keys parsed, original keys and
// derived drawing attributes undone), and other tools' files (NetworkX, igraph, Gephi, yEd)
// with defaults filled in by normalise.ts.
//
// Our own DOM walk rather than graphology-graphml's parser: that one folds r, g, b into a
// lower-cased colour (losing "#0072B2"), and ignores yEd's label and geometry elements.
import type { NewsGraph } from "../../schema/model";
import { DERIVED_ATTRIBUTE, isFiniteNumber, rgbToHex } from "../appearance";
import { graphFromLoose, type LooseGraph } from "../normalise";
import { childElements, localNameOf, parseXml, restoreExactStrings, setOwn } from "../xml";
import { JSON_KEY_SUFFIX, KEY_ATTRIBUTE } from "./keys";

type Attributes = Record<string, unknown>;

interface DeclaredKey {
  name: string;
  type: string;
  json: boolean;
  domain: string;
  default?: string;
  /** yEd's graphics keys: values are XML, not text */
  graphics: boolean;
}

export function readGraphML(text: string, fileName = "graph.graphml"): NewsGraph {
  return graphFromLoose(parseGraphML(text), fileName);
}

/** GraphML text to graphology's serialized shape, attributes typed by their keys. */
export function parseGraphML(text: string): LooseGraph {
  const doc = parseXml(text, "GraphML");
  const root = doc.documentElement;
  if (localNameOf(root) !== "graphml") throw new Error(`not a GraphML file: the root element is <${root.nodeName}>`);
  const keys = new Map<string, DeclaredKey>();
  for (const el of childElements(root, "key")) {
    const id = el.getAttribute("id") ?? "";
    const defaultElement = childElements(el, "default")[0];
    keys.set(id, {
      name: el.getAttribute("attr.name") || id,
      type: (el.getAttribute("attr.type") || "string").toLowerCase(),
      json: id.endsWith(JSON_KEY_SUFFIX),
      domain: el.getAttribute("for") || "all",
      default: defaultElement?.textContent ?? undefined,
      graphics: !!el.getAttribute("yfiles.type"),
    });
  }
  const graphElement = childElements(root, "graph")[0];
  if (!graphElement) throw new Error("GraphML file has no <graph> element");

  const result: LooseGraph = { attributes: readData(graphElement, "graph", keys), nodes: [], edges: [] };
  const nodeKeys = new Map<string, string>();
  collect(graphElement, keys, result, nodeKeys);
  for (const edge of result.edges) {
    edge.source = nodeKeys.get(edge.source) ?? edge.source;
    edge.target = nodeKeys.get(edge.target) ?? edge.target;
  }
  return result;
}

/** Nodes and edges of a <graph>, and of graphs nested in its nodes (yEd groups), flattened. */
function collect(
  graphElement: Element,
  keys: Map<string, DeclaredKey>,
  out: LooseGraph,
  nodeKeys: Map<string, string>,
): void {
  const undirectedByDefault = graphElement.getAttribute("edgedefault") === "undirected";
  for (const el of childElements(graphElement)) {
    const kind = localNameOf(el);
    if (kind === "node") {
      const id = requireAttribute(el, "id", "a <node>");
      const attributes = readData(el, "node", keys);
      const key = typeof attributes[KEY_ATTRIBUTE] === "string" ? (attributes[KEY_ATTRIBUTE] as string) : id;
      delete attributes[KEY_ATTRIBUTE];
      nodeKeys.set(id, key);
      out.nodes.push({ key, attributes });
      for (const nested of childElements(el, "graph")) collect(nested, keys, out, nodeKeys);
    } else if (kind === "edge") {
      const attributes = readData(el, "edge", keys);
      const id = el.getAttribute("id");
      const key =
        typeof attributes[KEY_ATTRIBUTE] === "string" ? (attributes[KEY_ATTRIBUTE] as string) : id || undefined;
      delete attributes[KEY_ATTRIBUTE];
      const directed = el.getAttribute("directed");
      out.edges.push({
        ...(key === undefined ? {} : { key }),
        source: requireAttribute(el, "source", "an <edge>"),
        target: requireAttribute(el, "target", "an <edge>"),
        undirected: directed === "false" || (undirectedByDefault && directed !== "true"),
        attributes,
      });
    }
  }
}

function requireAttribute(el: Element, name: string, what: string): string {
  const value = el.getAttribute(name);
  if (!value) throw new Error(`${what} has no ${name} attribute`);
  return value;
}

function readData(el: Element, domain: string, keys: Map<string, DeclaredKey>): Attributes {
  const attributes: Attributes = {};
  for (const data of childElements(el, "data")) {
    const id = data.getAttribute("key") ?? "";
    const spec = keys.get(id);
    if (spec?.graphics) {
      readGraphics(data, attributes);
      continue;
    }
    const value = cast(spec, data.textContent ?? "");
    if (value !== undefined) setOwn(attributes, spec?.name ?? id, value);
  }
  for (const spec of keys.values()) {
    if (
      (spec.domain === domain || spec.domain === "all") &&
      spec.default !== undefined &&
      !Object.hasOwn(attributes, spec.name)
    ) {
      const value = cast(spec, spec.default);
      if (value !== undefined) setOwn(attributes, spec.name, value);
    }
  }
  // Undo what the writer added for drawing tools: r, g, b (folded into color when it is
  // missing, as other tools write only those), then the derived colours and sizes.
  const { r, g, b } = attributes;
  if (isFiniteNumber(r) && isFiniteNumber(g) && isFiniteNumber(b)) {
    if (attributes.color === undefined) attributes.color = rgbToHex(r, g, b);
    delete attributes.r;
    delete attributes.g;
    delete attributes.b;
  }
  if (typeof attributes[DERIVED_ATTRIBUTE] === "string") {
    for (const name of (attributes[DERIVED_ATTRIBUTE] as string).split(" ")) delete attributes[name];
  }
  delete attributes[DERIVED_ATTRIBUTE];
  return restoreExactStrings(attributes);
}

function cast(spec: DeclaredKey | undefined, text: string): unknown {
  if (!spec) return text;
  if (spec.json) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  switch (spec.type) {
    case "boolean":
      return /^\s*(true|1)\s*$/i.test(text);
    case "int":
    case "long":
    case "float":
    case "double": {
      const n = Number(text.trim());
      return text.trim() !== "" && Number.isFinite(n) ? n : undefined;
    }
    default:
      return text;
  }
}

/** yEd's <y:ShapeNode>/<y:PolyLineEdge>: label text, centre position and fill colour. */
function readGraphics(data: Element, attributes: Attributes): void {
  const first = (name: string) => {
    const all = data.getElementsByTagName("*");
    for (let i = 0; i < all.length; i++) if (localNameOf(all[i]) === name) return all[i];
    return undefined;
  };
  const label = first("NodeLabel") ?? first("EdgeLabel");
  const text = label?.textContent?.trim();
  if (text && attributes.label === undefined) attributes.label = text;
  const geometry = first("Geometry");
  if (geometry && attributes.x === undefined) {
    const [x, y, w, h] = ["x", "y", "width", "height"].map((n) => Number(geometry.getAttribute(n) ?? 0));
    if ([x, y, w, h].every(Number.isFinite)) {
      attributes.x = x + w / 2;
      attributes.y = y + h / 2;
    }
  }
  const fill = first("Fill")?.getAttribute("color");
  if (fill && attributes.color === undefined) attributes.color = fill.slice(0, 7);
}
