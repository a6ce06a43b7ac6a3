// Builds the embed bundle with vite's JS build() API in library mode: one entry
// (src/embed/entry.ts, the <newsgraph-view> element and the viewer it mounts) as an
// ES module and as an IIFE that can be inlined in a classic <script>. Each format is ONE
// self-contained file. Node only.
import { build, type Plugin, type Rollup } from "vite";
import { join } from "node:path";
import { sigmaKeysAsData } from "./sigma-keys";

export interface EmbedBuild {
  /** classic-script form, defines <newsgraph-view> when run */
  iife: string;
  /** ES module form, for `<script type="module" src="newsgraph-view.js">` */
  es: string;
  /** absolute paths of the project source files that went into the bundle */
  sources: string[];
}

/** The element puts the viewer's CSS string in each shadow root: a stylesheet imported as a
 * .css file would be emitted on the side and silently missing from the embed, so fail loudly. */
function forbidCssFiles(): Plugin {
  return {
    name: "newsgraph:no-css-files",
    generateBundle(_options, bundle) {
      const css = Object.keys(bundle).filter((name) => name.endsWith(".css"));
      if (css.length) throw new Error(`embed build: ${css.join(", ")} emitted; export CSS as a string instead`);
    },
  };
}

function outputsOf(result: Awaited<ReturnType<typeof build>>): Rollup.RollupOutput[] {
  if (Array.isArray(result)) return result as Rollup.RollupOutput[];
  if ("output" in (result as object)) return [result as Rollup.RollupOutput];
  throw new Error("embed build: vite returned a watcher, expected bundle output");
}

async function buildFormat(root: string, format: "es" | "iife"): Promise<{ code: string; sources: string[] }> {
  const result = await build({
    configFile: false,
    root,
    logLevel: "error",
    mode: "production",
    publicDir: false,
    define: { "process.env.NODE_ENV": JSON.stringify("production") },
    plugins: [forbidCssFiles(), sigmaKeysAsData()],
    build: {
      write: false,
      target: "es2020",
      minify: true,
      sourcemap: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      assetsInlineLimit: Number.MAX_SAFE_INTEGER,
      lib: {
        entry: join(root, "src/embed/entry.ts"),
        name: "NewsgraphView",
        formats: [format],
        fileName: () => `newsgraph-view.${format}.js`,
      },
      rollupOptions: {
        // the schema's zod validators are built at module level; nothing in the browser uses them,
        // so calls on `z` are declared pure and zod (~60 KB) drops out of the bundle
        treeshake: { manualPureFunctions: ["z"] },
        // lib mode leaves ES output unminified by default
        output: { codeSplitting: false, minify: true },
      },
    },
  });
  const chunks = outputsOf(result)
    .flatMap((o) => o.output)
    .filter((c): c is Rollup.OutputChunk => c.type === "chunk");
  if (chunks.length !== 1) throw new Error(`embed build: expected one ${format} chunk, got ${chunks.length}`);
  const chunk = chunks[0]!;
  const sources = Object.keys(chunk.modules).filter((id) => id.startsWith(root) && !id.includes("/node_modules/"));
  return { code: chunk.code, sources };
}

export async function buildEmbed(root: string): Promise<EmbedBuild> {
  const iife = await buildFormat(root, "iife");
  const es = await buildFormat(root, "es");
  const sources = [...new Set([...iife.sources, ...es.sources])].map((id) => id.replace(/\?.*$/, "")).sort();
  return { iife: iife.code, es: es.code, sources };
}
