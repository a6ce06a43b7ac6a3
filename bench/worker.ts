// One measurement in a fresh process, so peak memory (maxRSS) belongs to that task alone.
// Prints one JSON line: {task, bytes, words, ms, maxRssMB, output}.
// Usage: worker.ts TASK BYTES, on benchText(BYTES) (build.bench.ts; bench:scale runs the
// newsgraph command itself on its texts).
import { benchText, countWords } from "./corpus";

const [task, sizeArg] = process.argv.slice(2);
const text = benchText(Number(sizeArg));
const words = countWords(text);

async function runTask(text: string): Promise<() => unknown> {
  if (task === "newsgraph" || task === "extract") await import("../src/models/node-register");
  if (task === "newsgraph") {
    const { buildGraph } = await import("../src/build");
    const { graphToJSONText } = await import("../src/schema/model");
    return () => {
      const graph = buildGraph(text, { name: "bench.txt" });
      return Buffer.byteLength(graphToJSONText(graph));
    };
  }
  if (task === "extract") {
    const { extractGraph } = await import("../src/extract/index");
    return () => extractGraph(text, { name: "bench.txt" }).order;
  }
  if (task === "compromise") {
    const nlp = (await import("compromise")).default;
    return () => {
      const doc = nlp(text);
      return doc.people().length + doc.places().length + doc.organizations().length;
    };
  }
  throw new Error(`unknown task ${task}`);
}

const fn = await runTask(text);
// Warm up on a small slice so module compilation and JIT are not billed to the timed run.
(await runTask(text.slice(0, 50_000)))();
const t0 = performance.now();
const output = fn();
const ms = performance.now() - t0;
const maxRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
// output: for "newsgraph", the bytes of GRAPH.json
console.log(JSON.stringify({ task, bytes: Buffer.byteLength(text), words, ms: Math.round(ms), maxRssMB, output }));
