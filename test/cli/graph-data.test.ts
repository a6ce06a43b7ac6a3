// graph-data/ holds the showcase article and the graph built from it. This fails when the
// committed graph is not what the current code builds: run `npm run graph-data`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/build";
import { graphToJSONText } from "../../src/schema/model";
import { REPO_ROOT, SEED_ARTICLE } from "../helpers/paths";

describe("graph-data/seed", () => {
  const article = readFileSync(join(REPO_ROOT, "graph-data/seed/article.txt"), "utf8");

  it("holds the showcase article unchanged", () => {
    expect(article).toBe(readFileSync(SEED_ARTICLE, "utf8"));
  });

  it("holds the graph the current code builds (regenerate with npm run graph-data)", () => {
    const committed = readFileSync(join(REPO_ROOT, "graph-data/seed/graph.json"), "utf8");
    const built = graphToJSONText(buildGraph(article, { name: "article.txt" }));
    expect(committed === built, "graph-data/seed/graph.json is stale: run npm run graph-data").toBe(true);
  });
});
