import type { CommandArgs } from "../main";
import { UsageError } from "../errors";
import { importGraphFile } from "../load";

/** The single input path and the -o path of a command, or a usage error. */
export function inputAndOutput(command: string, args: CommandArgs, inputName: string): { input: string; output: string } {
  const [input, ...extra] = args.positionals;
  if (!input) throw new UsageError(`${command}: missing ${inputName}; run newsgraph ${command} --help`);
  if (extra.length) throw new UsageError(`${command}: unexpected argument "${extra[0]}"`);
  const output = args.values.output;
  if (typeof output !== "string" || !output) throw new UsageError(`${command}: missing -o OUTPUT`);
  return { input, output };
}

export { importGraphFile };
