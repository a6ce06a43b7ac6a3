// The CLI command registry: main.ts dispatches on it, help.ts lists it. Add a command here.
import type { Command } from "../command";
import { build } from "./build";
import { embed } from "./embed";
import { exportCommand } from "./export";
import { parse } from "./parse";
import { report } from "./report";

export const COMMANDS: readonly Command[] = [build, exportCommand, embed, report, parse];

export function commandNamed(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}
