// The size limits every entry point states and enforces (CLI, app, embed). Browser-safe.

const MB = 1048576;

/** Articles above this size are refused: far beyond any news story, and a sign of a wrong file. */
export const MAX_ARTICLE_BYTES = 64 * MB;

/**
 * Graph files above this size are refused before parsing (the JSON of a 64 MB article is at most
 * 3× that). Counted in bytes when reading a file, in UTF-16 units once it is text.
 */
export const MAX_GRAPH_BYTES = 256 * MB;
export const MAX_GRAPH_CHARS = MAX_GRAPH_BYTES;

/**
 * Graphs with more nodes and edges than this, counted together, are refused before a graph is
 * built from them: for JSON right after parsing, for GraphML and GEXF before the XML parser
 * runs. What an import and an export cost grows with the elements, not the bytes: a 237 MB JSON
 * of 850k nodes was under MAX_GRAPH_BYTES and took V8 past 4 GB exporting to GEXF.
 * Measured (README, Large inputs: `newsgraph export`, one process, generated graphs of 1.5 edges
 * a node): the worst case is importing an XML export back, GEXF at 40,000 peaked at 1349 MB RSS and
 * GraphML at 1260 MB; at 81,750 they reached 2141 and 2764 MB. Exports from JSON at 40,000 peak at
 * 554 MB (GEXF). So 40,000 keeps every import and export under the 2 GB bar with a margin.
 */
export const MAX_GRAPH_ELEMENTS = 40_000;

/**
 * GraphML and GEXF files with more XML elements than this are refused before parsing: the
 * DOM the parser builds costs about 1.7 KB an element (xmldom), whatever the element holds.
 * Our own exports of a graph at MAX_GRAPH_ELEMENTS stay below it (GraphML, the larger, writes
 * about 12 elements a node or edge).
 */
export const MAX_XML_ELEMENTS = 600_000;

const count = (n: number) => n.toLocaleString("en-US");

/** Throws, naming the limit, when a graph has more nodes and edges than `limit`. */
export function checkGraphElements(nodesAndEdges: number, limit = MAX_GRAPH_ELEMENTS): void {
  if (nodesAndEdges > limit) {
    throw new Error(
      `the graph has ${count(nodesAndEdges)} nodes and edges; graphs up to ${count(limit)} nodes and edges are accepted`,
    );
  }
}

/** Throws, naming the limit, when an XML file has more elements than `limit`. */
export function checkXmlElements(elements: number, limit = MAX_XML_ELEMENTS): void {
  if (elements > limit) {
    throw new Error(
      `the file has ${count(elements)} XML elements; graph files up to ${count(limit)} XML elements are accepted`,
    );
  }
}
