// newsgraph's command line: `newsgraph <command> [options]`. Every failure is one line on
// stderr and a non-zero exit, and leaves no output file behind.
import { parseArgs } from "node:util";
import "../models/node-register";
import { CliError, UsageError } from "./errors";
import { HELP, COMMAND_HELP } from "./help";
import { GENERATOR } from "../extract/index";
import { runBuild } from "./commands/build";
import { runExport } from "./commands/export";
import { runEmbed } from "./commands/embed";
import { runReport } from "./commands/report";

const COMMANDS = {
  build: runBuild,
  export: runExport,
  embed: runEmbed,
  report: runReport,
} as const;
type Command = keyof typeof COMMANDS;

export interface CommandArgs {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (!command || command === "-h" || command === "--help" || command === "help") {
    process.stdout.write(command === "help" && rest[0] && rest[0] in COMMAND_HELP ? COMMAND_HELP[rest[0] as Command] : HELP);
    return;
  }
  if (command === "-v" || command === "--version") {
    process.stdout.write(`${GENERATOR.name} ${GENERATOR.version}\n`);
    return;
  }
  if (!(command in COMMANDS)) throw new UsageError(`unknown command "${command}"; run newsgraph --help`);
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        output: { type: "string", short: "o" },
        title: { type: "string" },
        height: { type: "string" },
        compact: { type: "boolean" },
        quiet: { type: "boolean", short: "q" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    throw new UsageError(`${(e as Error).message.split("\n")[0]}; run newsgraph ${command} --help`);
  }
  if (parsed.values.help) {
    process.stdout.write(COMMAND_HELP[command as Command]);
    return;
  }
  await COMMANDS[command as Command](parsed);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof CliError) {
    process.stderr.write(`newsgraph: ${error.message}\n`);
    process.exit(error.exitCode);
  }
  process.stderr.write(`newsgraph: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
  process.exit(70);
});
