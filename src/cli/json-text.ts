// GRAPH.json as pieces to write one after another, for the CLI. The article's text is most of
// the file (64 MB of it at the largest), and graphToJSONText builds the whole file as one string,
// copying that text at every level of nesting (as a two-byte string when the article has one
// curly quote): several hundred MB of strings for a 64 MB article, all alive at once. Here the
// graph is serialised with a short marker in place of the text, and the text is escaped and
// written in slices where the marker was. The bytes are graphToJSONText's: JSON.stringify
// escapes each character alone, and no slice splits a surrogate pair.
import { graphToJSONText, type NewsGraph } from "../schema/model";

/** No article holds it: input with a NUL byte is refused, and JSON.stringify escapes NUL. */
const MARKER = "\u0000newsgraph: source text\u0000";
const SLICE = 1 << 20;

export function graphJSONPieces(graph: NewsGraph): Iterable<string> {
  const source = graph.getAttribute("source");
  if (typeof source?.text !== "string" || source.text.length < SLICE) return [graphToJSONText(graph)];
  const text = source.text;
  let json: string;
  try {
    graph.setAttribute("source", { ...source, text: MARKER });
    json = graphToJSONText(graph);
  } finally {
    graph.setAttribute("source", source);
  }
  const marker = JSON.stringify(MARKER);
  const at = json.indexOf(marker);
  if (at < 0 || json.indexOf(marker, at + 1) >= 0) return [graphToJSONText(graph)];
  return pieces(json.slice(0, at), text, json.slice(at + marker.length));
}

function* pieces(head: string, text: string, tail: string): Iterable<string> {
  yield head + '"';
  for (let from = 0; from < text.length;) {
    let to = Math.min(from + SLICE, text.length);
    if (to < text.length && /[\uD800-\uDBFF]/.test(text[to - 1])) to--; // keep a pair whole
    yield JSON.stringify(text.slice(from, to)).slice(1, -1);
    from = to;
  }
  yield '"' + tail;
}
