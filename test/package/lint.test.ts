// The layer rules ESLint enforces (eslint.config.js): checked on code that breaks them.
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../helpers/paths";

const eslint = new ESLint({ cwd: REPO_ROOT });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe("layers", () => {
  const cases: [string, string, RegExp | null][] = [
    [
      "src/extract/x.ts",
      'import { FORMATS } from "../formats/registry";\nexport const f = FORMATS;\n',
      /extraction knows the schema/,
    ],
    [
      "src/schema/x.ts",
      'import { buildGraph } from "../build";\nexport const b = buildGraph;\n',
      /the schema is the bottom layer/,
    ],
    ["src/formats/x.ts", 'import { readFileSync } from "node:fs";\nexport const r = readFileSync;\n', /no Node APIs/],
    [
      "src/viewer/x.ts",
      'import { segment } from "../extract/segment/index";\nexport const s = segment;\n',
      /never imports extraction/,
    ],
    [
      "src/viewer/x.ts",
      'import { segment } from "../extract/segment";\nexport const s = segment;\n',
      /never imports extraction/,
    ],
    [
      "test/extract/x.test.ts",
      'import { BLIND_SETS } from "../../evaluation/graph";\nexport const b = BLIND_SETS;\n',
      /unit tests import src\/ and tools\/ only/,
    ],
    [
      "test/viewer/x.test.ts",
      'import { g } from "../../bench/corpus";\nexport const x = g;\n',
      /unit tests import src\/ and tools\/ only/,
    ],
    [
      "bench/x.ts",
      'import { launchBrowser } from "../test/e2e/helpers";\nexport const l = launchBrowser;\n',
      /never import tests/,
    ],
    [
      "evaluation/x.ts",
      'import { REPO_ROOT } from "../test/helpers/paths";\nexport const r = REPO_ROOT;\n',
      /never import tests/,
    ],
    [
      "evaluation/x.test.ts",
      'import { REPO_ROOT } from "../tools/paths";\nimport { BLIND_SETS } from "./graph";\nexport const r = [REPO_ROOT, BLIND_SETS];\n',
      null,
    ],
    ["src/render/x.ts", 'import { x } from "../../test/helpers/paths";\nexport const y = x;\n', /never imports tests/],
    ["src/spans/x.ts", 'import { h } from "../viewer/dom";\nexport const x = h;\n', /mention spans are pure/],
    ["src/spans/x.ts", 'import { readFileSync } from "node:fs";\nexport const r = readFileSync;\n', /no Node APIs/],
    ["src/spans/x.ts", 'import type { NewsGraph } from "../schema/model";\nexport type G = NewsGraph;\n', null],
    [
      "src/cli/x.ts",
      'import { readFileSync } from "node:fs";\nimport { FORMATS } from "../formats/registry";\nexport const r = [readFileSync, FORMATS];\n',
      null,
    ],
  ];
  for (const [file, code, message] of cases) {
    it(`${file}: ${message ? "refused" : "allowed"}`, async () => {
      const found = await problems(file, code);
      if (message) expect(found.join("\n")).toMatch(message);
      else expect(found).toEqual([]);
    });
  }
});
