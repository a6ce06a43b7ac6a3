// newsgraph's command line: `newsgraph <command> [options]`. Every failure is one line on
// stderr and a non-zero exit, and leaves no output file behind.
import { parseArgs } from "node:util";
// models first: extraction needs the trained models registered (Node: read from models/)
import "../models/node-register";
import { GENERATOR } from "../extract/index";
import { SHARED_OPTIONS } from "./command";
import { commandNamed } from "./commands/index";
import { CliError, UsageError } from "./errors";
import { mainHelp } from "./help";

async function main(argv: string[]): Promise<void> {
  const [name, ...rest] = argv;
  if (!name || name === "-h" || name === "--help" || name === "help") {
    process.stdout.write((name === "help" && rest[0] && commandNamed(rest[0])?.help) || mainHelp());
    return;
  }
  if (name === "-v" || name === "--version") {
    process.stdout.write(`${GENERATOR.name} ${GENERATOR.version}\n`);
    return;
  }
  const command = commandNamed(name);
  if (!command) throw new UsageError(`unknown command "${name}"; run newsgraph --help`);
  let parsed;
  try {
    parsed = parseArgs({ args: rest, allowPositionals: true, options: { ...SHARED_OPTIONS, ...command.options } });
  } catch (e) {
    throw new UsageError(`${(e as Error).message.split("\n")[0]}; run newsgraph ${name} --help`);
  }
  if (parsed.values.help) {
    process.stdout.write(command.help);
    return;
  }
  await command.run(parsed as { positionals: string[]; values: Record<string, string | boolean | undefined> });
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof CliError) {
      process.stderr.write(`newsgraph: ${error.message}\n`);
      process.exit(error.exitCode);
    }
    process.stderr.write(`newsgraph: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exit(70);
  },
);
