// The main help text, from the command registry.
import { COMMANDS } from "./commands/index";

export function mainHelp(): string {
  return `newsgraph — turn a news article into a knowledge graph

Usage:
${COMMANDS.map((c) => `  ${c.usage}`).join("\n")}
  newsgraph --version | --help | help COMMAND

A .csv output writes two files: NAME.nodes.csv and NAME.edges.csv.
An output never replaces the input it is made from.
Errors are one line on stderr; nothing is written when a command fails.
`;
}
