// Rewrites trained model files in the current file layout without retraining: each sparse model is read
// (any layout sparse-file.ts reads) and packed again, so a format change can be measured side by side
// (scripts/nlp/exp.ts) before `npm run train` makes it for real. What training would write from the same
// 16-bit weights: packing is a function of the frozen model alone.
//   tsx scripts/nlp/repack.ts --from DIR --to DIR
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { pack, unpack, type Container, type Typed } from "../../src/nlp/model/container";
import { sparseArrays, sparseFrom, sparseMeta, type SparseMeta } from "../../src/nlp/model/sparse-file";

const { values } = parseArgs({ options: { from: { type: "string" }, to: { type: "string" } } });
if (!values.from || !values.to) throw new Error("usage: repack.ts --from DIR --to DIR");

/** The header entries that describe a sparse model: their key is the arrays' prefix. */
const isSparseMeta = (v: unknown): v is SparseMeta =>
  typeof v === "object" && v !== null && "nClasses" in v && "scale" in v;

export function repack(c: Container): Uint8Array {
  const meta: Record<string, unknown> = { ...c.meta };
  const arrays: Record<string, Typed> = {};
  const prefixes = Object.keys(c.meta).filter((k) => isSparseMeta(c.meta[k]));
  for (const p of prefixes) {
    const m = sparseFrom(c, p, c.meta[p] as SparseMeta).data;
    meta[p] = sparseMeta(m);
    Object.assign(arrays, sparseArrays(p, m));
  }
  // arrays of anything else (the lemmatizer's tables) pass through unchanged
  for (const [name, a] of Object.entries(c.arrays)) if (!prefixes.includes(name.split(".")[0])) arrays[name] = a;
  return pack({ meta, arrays });
}

mkdirSync(values.to, { recursive: true });
for (const f of readdirSync(values.from).filter((f) => f.endsWith(".bin"))) {
  const bytes = new Uint8Array(readFileSync(join(values.from, f)));
  const out = repack(unpack(bytes));
  writeFileSync(join(values.to, f), out);
  console.log(`${f}: ${bytes.length} -> ${out.length} bytes`);
}
