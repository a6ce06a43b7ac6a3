// Registers the dependency parser's loader with the model set, when the parser is built in.
// (Kept apart so src/nlp/models.ts does not import the parser's code.)
export {};
