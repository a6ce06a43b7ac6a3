// Runs a small Python script with the system python (the one with networkx and igraph) and
// returns the JSON it prints: how real third-party readers see our files.
import { execFileSync } from "node:child_process";

export const PYTHON = "/usr/bin/python3";

export function runPython<T = unknown>(script: string, ...args: string[]): T {
  const out = execFileSync(PYTHON, ["-c", script, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out) as T;
}
