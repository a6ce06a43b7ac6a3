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
