// The GraphML key model of a graph: which <key> elements to declare, with which attr.type,
// for the schema's attributes and for any extra attribute an imported graph carries.
import { isNmtoken, jsonForXml, toNmtoken, xmlSafe } from "../xml";

export type KeyDomain = "graph" | "node" | "edge";
export type KeyType = "boolean" | "int" | "long" | "double" | "string";

export interface KeySpec {
  /** the key's id: "<domain>.<name>", plus ".json" when the value is JSON text */
  id: string;
  domain: KeyDomain;
  /** the attribute it carries (attr.name) */
  name: string;
  type: KeyType;
  /** value written as JSON text in a string key (lists and objects) */
  json: boolean;
}

/** Key ids ending in this carry JSON text; read.ts parses them back. */
export const JSON_KEY_SUFFIX = ".json";
/** Data key holding an element's original key when it is not a valid GraphML id. */
export const KEY_ATTRIBUTE = "newsgraph.key";

type Known = [name: string, type: KeyType, json?: true];

/** The schema's attributes, in the order written; drawing keys (x, y, size, r, g, b, color) as Gephi reads them. */
const KNOWN: Record<KeyDomain, Known[]> = {
  graph: [
    ["title", "string"],
    ["source", "string", true],
    ["generator", "string", true],
  ],
  node: [
    ["label", "string"],
    ["type", "string"],
    ["aliases", "string", true],
    ["mentions", "int"],
    ["evidence", "string", true],
    ["role", "string"],
    ["kind", "string"],
    ["cameo", "string"],
    ["date", "string"],
    ["isoDate", "string"],
    ["place", "string"],
    ["x", "double"],
    ["y", "double"],
    ["size", "double"],
    ["color", "string"],
    ["r", "int"],
    ["g", "int"],
    ["b", "int"],
  ],
  edge: [
    ["label", "string"],
    ["kind", "string"],
    ["role", "string"],
    ["evidence", "string", true],
    ["mentions", "int"],
    ["size", "double"],
    ["color", "string"],
    ["r", "int"],
    ["g", "int"],
    ["b", "int"],
  ],
};

const BOOKKEEPING: Known[] = [
  [KEY_ATTRIBUTE, "string"],
  ["newsgraph.derived", "string"],
];

/**
 * Declares one key per attribute name used in `domain`: known names with their fixed types,
 * others (sorted) with the narrowest type holding every value.
 */
export function keysFor(domain: KeyDomain, elements: Record<string, unknown>[]): KeySpec[] {
  const used = new Map<string, unknown[]>();
  for (const attributes of elements) {
    for (const [name, value] of Object.entries(attributes)) {
      if (value === undefined || value === null) continue;
      let values = used.get(name);
      if (!values) used.set(name, (values = []));
      values.push(value);
    }
  }
  const specs: KeySpec[] = [];
  const known = domain === "graph" ? KNOWN.graph : [...KNOWN[domain], ...BOOKKEEPING];
  for (const [name, type, json] of known) {
    const values = used.get(name);
    if (!values) continue;
    used.delete(name);
    // A known name holding a value of another type (imported graphs) is written as JSON; so
    // are original keys with characters XML cannot hold, which must come back exact.
    const fits =
      json ||
      (values.every((v) => typeof v === scalarOf(type) && (type !== "int" || Number.isInteger(v))) &&
        (name !== KEY_ATTRIBUTE || values.every((v) => xmlSafe(v as string) === v)));
    specs.push({
      id: `${domain}.${name}${json || !fits ? JSON_KEY_SUFFIX : ""}`,
      domain,
      name,
      type: fits ? type : "string",
      json: !!json || !fits,
    });
  }
  const ids = new Set(specs.map((s) => s.id));
  for (const name of [...used.keys()].sort()) {
    const type = inferType(used.get(name)!);
    const json = type === undefined;
    // attr.name must be an NMTOKEN: names of other tools' attributes may need sanitising.
    const safeName = isNmtoken(name) ? name : toNmtoken(name);
    let id = `${domain}.${safeName}${json ? JSON_KEY_SUFFIX : ""}`;
    for (let n = 2; ids.has(id); n++) id = `${domain}.${safeName}.${n}${json ? JSON_KEY_SUFFIX : ""}`;
    ids.add(id);
    specs.push({ id, domain, name, type: type ?? "string", json });
  }
  return specs;
}

function scalarOf(type: KeyType): string {
  return type === "boolean" ? "boolean" : type === "string" ? "string" : "number";
}

/** The narrowest GraphML type for these values, or undefined when they need JSON. */
function inferType(values: unknown[]): KeyType | undefined {
  if (values.every((v) => typeof v === "boolean")) return "boolean";
  if (values.every((v) => typeof v === "number" && Number.isFinite(v))) {
    if (!values.every((v) => Number.isInteger(v))) return "double";
    return values.every((v) => Math.abs(v as number) <= 0x7fffffff) ? "int" : "long";
  }
  if (values.every((v) => typeof v === "string")) return "string";
  return undefined;
}

/** The text of a <data> element, or undefined to leave it out. */
export function formatValue(spec: KeySpec, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (spec.json) return jsonForXml(value);
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : undefined;
  return String(value);
}
