// One measurement of a bench task in its own process, as bench/worker.ts and the newsgraph
// command report it.
export interface Sample<Output = unknown> {
  task: string;
  bytes: number;
  words: number;
  ms: number;
  maxRssMB: number;
  output: Output;
}

export const MB = 1 << 20;
