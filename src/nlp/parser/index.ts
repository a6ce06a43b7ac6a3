// The dependency parser: train, load, parse. Pure code (no Node or DOM APIs).
export { trainParser, type TrainOptions, type EpochStats } from "./train";
export { loadParser, parse, packParser, type ParserModel, type ParseResult } from "./model";
export type { ParserWord } from "./words";
export { attachmentScores, type AttachmentScores } from "./score";
