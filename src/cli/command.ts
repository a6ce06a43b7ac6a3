// What a CLI command is: its name, usage, help and options, and the function that runs it.
// Commands import this module, never main.ts, so the registry has no cycle back to main.
import type { ParseArgsConfig } from "node:util";
import { UsageError } from "./errors";

export interface CommandArgs {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
}

export interface Command {
  name: string;
  /** one line of the main help: "newsgraph build ARTICLE.txt -o GRAPH.(…)  what it does" */
  usage: string;
  /** the full text of `newsgraph help NAME` */
  help: string;
  /** options beyond the shared -o, -q and -h */
  options: NonNullable<ParseArgsConfig["options"]>;
  run(args: CommandArgs): Promise<void>;
}

export const SHARED_OPTIONS = {
  output: { type: "string", short: "o" },
  quiet: { type: "boolean", short: "q" },
  help: { type: "boolean", short: "h" },
} as const satisfies NonNullable<ParseArgsConfig["options"]>;

/** The single input path and the -o path of a command, or a usage error. */
export function inputAndOutput(
  command: string,
  args: CommandArgs,
  inputName: string,
): { input: string; output: string } {
  const [input, ...extra] = args.positionals;
  if (!input) throw new UsageError(`${command}: missing ${inputName}; run newsgraph ${command} --help`);
  if (extra.length) throw new UsageError(`${command}: unexpected argument "${extra[0]}"`);
  const output = args.values.output;
  if (typeof output !== "string" || !output) throw new UsageError(`${command}: missing -o OUTPUT`);
  return { input, output };
}

export function stringOption(args: CommandArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === "string" ? value : undefined;
}

/** The one-line summary on stderr, unless -q. */
export function say(args: CommandArgs, line: string): void {
  if (!args.values.quiet) process.stderr.write(`newsgraph: ${line}\n`);
}
