// Registers the dependency parser's loader with the model set (kept apart so
// src/nlp/models.ts does not depend on the parser's code).
import { registerParserLoader } from "./models";
import { loadParser, parse } from "./parser/index";

registerParserLoader((bytes) => {
  const model = loadParser(bytes);
  return { parse: (words) => parse(model, words) };
});
