// What "Open…" and drag-and-drop accept comes from the format registry: the readable formats'
// extensions (and .xml, read by content), plus .txt for articles; index.html lists none itself.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { checkOpenable, isArticleFile, OPEN_EXTENSIONS, OPENABLE_FILES } from "../../src/app/graph-io";
import { FORMATS, READABLE_FORMATS, SNIFFED_GRAPH_EXTENSIONS } from "../../src/formats/registry";
import { REPO_ROOT } from "../helpers/paths";

describe("the accepted file types", () => {
  it("are the registry's readable formats' extensions, the sniffed .xml, and .txt", () => {
    const expected = [...READABLE_FORMATS.flatMap((f) => f.extensions), ...SNIFFED_GRAPH_EXTENSIONS, "txt"].map(
      (e) => `.${e}`,
    );
    expect(OPEN_EXTENSIONS).toEqual(expected);
    expect(OPEN_EXTENSIONS).toEqual([".json", ".graphml", ".gexf", ".xml", ".txt"]);
    // formats only written (CSV) or drawn (SVG, PNG) do not open
    for (const f of FORMATS.filter((f) => !("read" in f)))
      for (const e of f.extensions) expect(OPEN_EXTENSIONS).not.toContain(`.${e}`);
  });

  it("are said the same way in the app's texts", () => {
    expect(OPENABLE_FILES).toBe(".json, .graphml or .gexf graph, or a .txt article");
  });

  it("decide what opens, whatever the case of the extension", () => {
    for (const name of ["a.json", "B.GraphML", "c.gexf", "download.xml", "story.TXT"])
      expect(() => checkOpenable(name), name).not.toThrow();
    expect(() => checkOpenable("nodes.csv")).toThrow(
      'unsupported file type ".csv": open a .json, .graphml or .gexf graph, or a .txt article',
    );
    expect(() => checkOpenable("README")).toThrow('unsupported file type "README"');
    expect([isArticleFile("story.TXT"), isArticleFile("graph.json")]).toEqual([true, false]);
  });

  it("are not listed by hand in index.html: main.ts sets them from the registry", () => {
    const html = readFileSync(join(REPO_ROOT, "index.html"), "utf8");
    const input = /<input[^>]*data-role="file"[^>]*>/.exec(html)?.[0];
    expect(input).toBeDefined();
    expect(input).not.toMatch(/accept=/);
    expect(html).not.toMatch(/\.(json|graphml|gexf|xml|txt)\b/);
  });
});

describe("a format added to the registry", () => {
  afterEach(() => {
    vi.doUnmock("../../src/formats/format-info");
    vi.resetModules();
  });

  it("is accepted without another edit", async () => {
    vi.resetModules();
    vi.doMock("../../src/formats/format-info", async (original) => {
      const info = await original<typeof import("../../src/formats/format-info")>();
      const FORMAT_INFO = {
        ...info.FORMAT_INFO,
        dot: { id: "dot", label: "DOT", extensions: ["dot", "gv"], mime: "text/vnd.graphviz" },
      };
      const READABLE_FORMAT_IDS = [...info.READABLE_FORMAT_IDS, "dot"];
      return {
        ...info,
        FORMAT_INFO,
        READABLE_FORMAT_IDS,
        GRAPH_FILE_EXTENSIONS: [...info.GRAPH_FILE_EXTENSIONS.slice(0, -1), "dot", "gv", "xml"],
      };
    });
    const io = await import("../../src/app/graph-io");
    expect(io.OPEN_EXTENSIONS).toEqual([".json", ".graphml", ".gexf", ".dot", ".gv", ".xml", ".txt"]);
    expect(io.OPENABLE_FILES).toBe(".json, .graphml, .gexf or .dot graph, or a .txt article");
    expect(() => io.checkOpenable("g.gv")).not.toThrow();
  });
});
