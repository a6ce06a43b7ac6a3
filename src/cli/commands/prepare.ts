// The checks every writing command runs before any work: a known output, writable, and never
// the input it reads.
import { refuseOverwritingInput } from "../io";
import { checkWritable } from "../write";

export function prepareOutputs(input: string, outputs: string[]): void {
  for (const output of outputs) checkWritable(output);
  refuseOverwritingInput(input, outputs);
}
