// A clean clone anywhere, with shared/ beside it, passes: no tracked file names the machine's own
// checkout folder. Data paths come from the one paths module (tools/paths.ts, test/helpers/paths.ts).
import { execFileSync } from "node:child_process";
import { lstatSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../helpers/paths";

// Spelled in two pieces, so this file does not hold the string it looks for.
const WORK = "/" + "work/";

describe("tracked files", () => {
  it(`hold no absolute ${WORK} path`, () => {
    const files = execFileSync("git", ["ls-files", "-z"], { cwd: REPO_ROOT, encoding: "utf8" })
      .split("\0")
      .filter((f) => f && !f.split("/").includes("node_modules"));
    expect(files.length).toBeGreaterThan(100);
    const offenders = files.filter((f) => {
      const path = join(REPO_ROOT, f);
      try {
        if (!lstatSync(path).isFile()) return false;
      } catch {
        return false; // deleted in the working tree
      }
      return readFileSync(path).includes(WORK);
    });
    expect(offenders).toEqual([]);
  });
});
