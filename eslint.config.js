// ESLint: the layers of src/ and no import cycles, enforced (npm run lint, part of npm test).
// Style is Prettier's job (npm run format), so no formatting rules here.
import tseslint from "typescript-eslint";
import { createNodeResolver, importX } from "eslint-plugin-import-x";

const NODE_BUILTINS = { group: ["node:*"], message: "this layer runs in the browser too: no Node APIs" };

const GRAPHOLOGY = {
  regex: "^graphology(/.*)?$",
  allowTypeImports: true,
  message:
    'import graphology\'s classes from src/schema/graphology.ts: it makes node keys such as "constructor" and "__proto__" safe before any graph exists',
};

const NOT_TESTS = {
  group: ["**/test/**", "**/scripts/**", "**/bench/**", "**/evaluation/**", "**/tools/**"],
  message: "src/ never imports tests, scripts, benchmarks, the evaluation or dev tools",
};

/**
 * Folders outside src/ and what they must not import: unit tests never lean on the evaluation
 * glue, scripts or benchmarks; those never import tests. What they share lives in tools/.
 */
const OUTSIDE_SRC = [
  {
    files: ["test/**"],
    forbid: ["**/evaluation/**", "**/scripts/**", "**/bench/**"],
    why: "unit tests import src/ and tools/ only, never the evaluation, scripts or benchmarks",
  },
  {
    files: ["evaluation/**", "scripts/**", "bench/**", "tools/**"],
    forbid: ["**/test/**"],
    why: "the evaluation, scripts, benchmarks and tools never import tests (shared helpers live in tools/)",
  },
];

/**
 * Layers a folder of src/ must not import (by path pattern), with the reason. ESLint keeps the
 * last matching setting of a rule, so the general src/** entry comes first and each layer
 * repeats its patterns.
 */
const LAYERS = [
  { files: ["src/**"], forbid: [], why: "" },
  {
    files: ["src/schema/**"],
    forbid: ["../*", "!../schema/*"],
    why: "the schema is the bottom layer: it imports nothing of ours",
  },
  { files: ["src/input/**"], forbid: ["../*"], why: "input decoding depends on nothing of ours" },
  {
    files: ["src/spans/**"],
    forbid: [
      "**/input/**",
      "**/extract/**",
      "**/nlp/**",
      "**/models/**",
      "**/formats/**",
      "**/layout/**",
      "**/appearance/**",
      "**/render/**",
      "**/viewer/**",
      "**/app/**",
      "**/embed/**",
      "**/report/**",
      "**/cli/**",
    ],
    why: "mention spans are pure: they read the schema only",
  },
  {
    files: ["src/extract/**", "src/nlp/**"],
    forbid: [
      "**/formats/**",
      "**/viewer/**",
      "**/app/**",
      "**/embed/**",
      "**/report/**",
      "**/render/**",
      "**/cli/**",
      "**/layout/**",
    ],
    why: "extraction knows the schema and its own parts only",
  },
  {
    files: ["src/formats/**"],
    forbid: [
      "**/extract/**",
      "**/nlp/**",
      "**/viewer/**",
      "**/app/**",
      "**/embed/**",
      "**/report/**",
      "**/render/**",
      "**/cli/**",
    ],
    why: "formats read and write the schema; they do not draw or extract",
  },
  {
    files: ["src/viewer/**", "src/render/**", "src/layout/**", "src/appearance/**"],
    forbid: ["**/extract/**", "**/nlp/**", "**/cli/**", "**/app/**"],
    why: "drawing code never imports extraction, the CLI or the app",
  },
];

const BROWSER_SAFE = [
  "src/schema/**",
  "src/input/**",
  "src/extract/**",
  "src/nlp/**",
  "src/formats/**",
  "src/spans/**",
  "src/viewer/**",
  "src/layout/**",
  "src/appearance/**",
];

export default tseslint.config(
  {
    ignores: [
      "build/**",
      "dist/**",
      "dist-embed/**",
      "node_modules/**",
      "coverage/**",
      "test-artifacts/**",
      "**/*.generated.ts",
    ],
  },
  {
    files: ["**/*.ts"],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: "module" },
    plugins: { "import-x": importX },
    settings: {
      "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".js", ".mjs", ".json"] })],
      // dependencies are parsed too (for cycles): as TypeScript
      "import-x/extensions": [".ts", ".js", ".mjs"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts"] },
    },
    rules: {
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      "import-x/no-self-import": "error",
    },
  },
  ...LAYERS.map((layer) => layerRules(layer, [GRAPHOLOGY])),
  // the one module that imports graphology itself: the schema's rules but that one (the last matching entry wins)
  layerRules(
    { ...LAYERS.find((l) => l.files.includes("src/schema/**")), files: ["src/schema/graphology.ts"] },
    [],
    true,
  ),
  ...OUTSIDE_SRC.map(({ files, forbid, why }) => ({
    files,
    rules: { "no-restricted-imports": ["error", { patterns: [{ group: forbid, message: why }] }] },
  })),
);

/** A layer's no-restricted-imports: never tests, never what it forbids, then `more`; no Node APIs where browser-safe. */
function layerRules({ files, forbid, why }, more, browserSafe = files.some((f) => BROWSER_SAFE.includes(f))) {
  return {
    files,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            NOT_TESTS,
            ...(forbid.length ? [{ group: forbid, message: why }] : []),
            ...(browserSafe ? [NODE_BUILTINS] : []),
            ...more,
          ],
        },
      ],
    },
  };
}
