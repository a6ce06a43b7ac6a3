// Test runs leave nothing behind in the system's temporary folder: every tracked test, evaluation or
// benchmark file that makes a folder with mkdtempSync also removes it (rmSync, in an afterAll or a finally).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../helpers/paths";

describe("temporary folders", () => {
  it("are removed by the file that makes them", () => {
    const files = execFileSync("git", ["ls-files", "-z", "test", "evaluation", "bench"], {
      cwd: REPO_ROOT,
      encoding: "utf8",
    })
      .split("\0")
      .filter((f) => f.endsWith(".ts"));
    const makers = files.filter((f) => readFileSync(join(REPO_ROOT, f), "utf8").includes("mkdtempSync("));
    expect(makers.length).toBeGreaterThan(5);
    expect(makers.filter((f) => !readFileSync(join(REPO_ROOT, f), "utf8").includes("rmSync("))).toEqual([]);
  });
});
