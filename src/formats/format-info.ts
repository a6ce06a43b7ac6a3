// What each file format of the registry is, without its code: names, extensions, MIME types and
// which ones are read back. registry.ts adds the readers and writers to these entries; the app's
// first paint imports only this module to know which files "Open…" and drag-and-drop accept, so
// the readers and writers (xmldom, graphology-gexf: over 40 KB gzipped) load when a file does.
// No imports at all.

export const FORMAT_INFO = {
  json: { id: "json", label: "JSON", extensions: ["json"], mime: "application/json" },
  graphml: { id: "graphml", label: "GraphML", extensions: ["graphml"], mime: "application/graphml+xml" },
  gexf: { id: "gexf", label: "GEXF", extensions: ["gexf"], mime: "application/gexf+xml" },
  csv: { id: "csv", label: "CSV", extensions: ["csv"], mime: "text/csv" },
  svg: { id: "svg", label: "SVG", extensions: ["svg"], mime: "image/svg+xml" },
  png: { id: "png", label: "PNG", extensions: ["png"], mime: "image/png" },
} as const;

/** The formats read back, in the registry's order: registry.ts gives exactly these a reader (checked when it compiles). */
export const READABLE_FORMAT_IDS = ["json", "graphml", "gexf"] as const;

/** Extensions whose content says the format: an .xml file holds GraphML or GEXF, told apart by its root element. */
export const SNIFFED_GRAPH_EXTENSIONS = ["xml"] as const;

/** Every extension a graph file may have (lower-case, without the dot): the readable formats', then the sniffed ones. */
export const GRAPH_FILE_EXTENSIONS: readonly string[] = [
  ...READABLE_FORMAT_IDS.flatMap((id) => FORMAT_INFO[id].extensions),
  ...SNIFFED_GRAPH_EXTENSIONS,
];
