// The one format registry: every file format newsgraph writes or reads, enumerated by the CLI
// (output extensions, help text), the app's export menu and docs/formats.md. No Node APIs.
// Pictures (SVG, PNG) are drawn by src/render (CLI) or the viewer (app), not by this layer:
// they are listed here, with `picture: true`, so every menu and help text names them too.
// Names, extensions and MIME types come from format-info.ts, which carries no code.
import type { NewsGraph } from "../schema/model";
import { writeCSV } from "./csv";
import { FORMAT_INFO, READABLE_FORMAT_IDS } from "./format-info";
import { readGEXF, writeGEXF } from "./gexf";
import { readGraphML } from "./graphml/read";
import { writeGraphML } from "./graphml/write";
import { readJSON, writeJSON } from "./json";

/** One file of an export: its name is the output's stem plus `suffix`. */
export interface OutputPart {
  suffix: string;
  data: string;
}

export interface GraphFormat {
  id: string;
  label: string;
  /** lower-case, without the dot; the first is the one written */
  extensions: readonly string[];
  mime: string;
  write?: (graph: NewsGraph) => OutputPart[];
  read?: (text: string, fileName: string) => NewsGraph;
  /** drawn from the graph by a renderer rather than written by this layer */
  picture?: true;
  /** the files of an export written as several, by the suffix each adds to the output's stem */
  parts?: readonly string[];
}

export { GRAPH_FILE_EXTENSIONS, SNIFFED_GRAPH_EXTENSIONS } from "./format-info";

const single = (extension: string, write: (graph: NewsGraph) => string) => (graph: NewsGraph) => [
  { suffix: `.${extension}`, data: write(graph) },
];

const CSV_PARTS = [".nodes.csv", ".edges.csv"] as const;

export const FORMATS = [
  { ...FORMAT_INFO.json, write: single("json", writeJSON), read: readJSON },
  { ...FORMAT_INFO.graphml, write: single("graphml", writeGraphML), read: readGraphML },
  { ...FORMAT_INFO.gexf, write: single("gexf", writeGEXF), read: readGEXF },
  {
    ...FORMAT_INFO.csv,
    parts: CSV_PARTS,
    write: (graph: NewsGraph) => {
      const { nodes, edges } = writeCSV(graph);
      return [
        { suffix: CSV_PARTS[0], data: nodes },
        { suffix: CSV_PARTS[1], data: edges },
      ];
    },
  },
  { ...FORMAT_INFO.svg, picture: true },
  { ...FORMAT_INFO.png, picture: true },
] as const satisfies readonly GraphFormat[];

export type FormatId = (typeof FORMATS)[number]["id"];
export type ReadableFormatId = Extract<(typeof FORMATS)[number], { read: unknown }>["id"];

// format-info.ts names the readable formats for code that must not load the readers (the app's
// file picker): a reader added or removed here without it fails to compile.
const readersMatchFormatInfo: [ReadableFormatId] extends [(typeof READABLE_FORMAT_IDS)[number]]
  ? [(typeof READABLE_FORMAT_IDS)[number]] extends [ReadableFormatId]
    ? true
    : never
  : never = true;
void readersMatchFormatInfo;

export const FORMAT_IDS: readonly FormatId[] = FORMATS.map((f) => f.id);
export const READABLE_FORMATS: readonly GraphFormat[] = FORMATS.filter((f: GraphFormat) => f.read);

export function formatById(id: string): GraphFormat | undefined {
  return (FORMATS as readonly GraphFormat[]).find((f) => f.id === id);
}

/** The format a file name's extension names, if any. */
export function formatOfFileName(fileName: string): GraphFormat | undefined {
  const ext = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase();
  return ext === undefined ? undefined : (FORMATS as readonly GraphFormat[]).find((f) => f.extensions.includes(ext));
}

/** ".json .graphml …": for help texts and error messages. */
export function extensionList(formats: readonly GraphFormat[] = FORMATS): string {
  return formats.map((f) => "." + f.extensions[0]).join(" ");
}
