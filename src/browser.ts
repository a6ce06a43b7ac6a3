// newsgraph as a library, for the browser (and any runtime without Node APIs):
// import { extractGraph, buildGraph, toGraphML, importGraph } from "newsgraph".
// Extraction needs the trained models: fetch the files of the package's models/ folder and
// pass their bytes to loadModels(), then registerModels() (Node's entry does this itself).
export { loadModels, registerModels, MODEL_FILES, type ModelBytes } from "./nlp/models";
export { extractGraph, GENERATOR, type ExtractOptions } from "./extract/index";
export { buildGraph } from "./build";
export { layoutGraph } from "./layout/index";
export {
  exportGraph,
  importGraph,
  sniffFormat,
  readGEXF,
  readGraphML,
  readJSON,
  writeCSV as toCSV,
  writeGEXF as toGEXF,
  writeGraphML as toGraphML,
  writeJSON as toJSON,
  FORMATS,
  formatById,
  formatOfFileName,
  type CSVTables,
  type GraphFormat,
  type FormatId,
} from "./formats/index";
export * from "./schema/index";
export { renderSvg, type SvgOptions } from "./render/svg";
export { decodeArticle, checkArticleText, InputError } from "./input/article";
export { MAX_ARTICLE_BYTES, MAX_GRAPH_BYTES } from "./input/limits";
