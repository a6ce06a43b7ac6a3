// docs/formats.md lists the format registry's entries: the table between its markers has one
// row per format, in the registry's order, with the registry's id, label, extensions and MIME
// type, and says which ones are written, drawn and read.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FORMATS } from "../../src/formats/registry";
import { REPO_ROOT } from "../helpers/paths";

const DOC = readFileSync(join(REPO_ROOT, "docs", "formats.md"), "utf8");

/** The table's body rows, as trimmed cells with the code quotes taken off. */
function documentedRows(): string[][] {
  const table = DOC.split("<!-- formats-table:begin -->")[1]?.split("<!-- formats-table:end -->")[0] ?? "";
  return table
    .split("\n")
    .filter((line) => line.startsWith("|"))
    .slice(2)
    .map((line) =>
      line
        .slice(1, -1)
        .split("|")
        .map((cell) => cell.trim().replace(/`/g, "")),
    );
}

describe("docs/formats.md", () => {
  it("has the registry's formats, in its order, with their ids, labels, extensions and MIME types", () => {
    const rows = documentedRows();
    expect(rows.map(([label, id, extensions, mime]) => ({ label, id, extensions, mime }))).toEqual(
      FORMATS.map((f) => ({
        label: f.label,
        id: f.id,
        extensions: f.extensions.map((e) => `.${e}`).join(", "),
        mime: f.mime,
      })),
    );
  });

  it("says which are written, drawn and read back, as the registry does", () => {
    const rows = documentedRows();
    FORMATS.forEach((f, i) => {
      const [, , , , written, read] = rows[i];
      expect(written.startsWith("picture" in f ? "drawn" : "yes"), f.id).toBe(true);
      expect(read, f.id).toBe("read" in f ? "yes" : "no");
    });
  });
});
