// `npm run bench`: throughput of newsgraph's build pipeline on ~1 MB of news text, beside
// compromise's NER pass on the same text in the same run, and how cost grows with size.
// Each measurement runs in its own process (fair peak memory); each is repeated and the
// median taken, because this machine is shared and noisy.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { REPO_ROOT } from "../tools/paths";
import { MB, type Sample } from "./sample";

const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);

function measure(task: string, bytes: number): Sample {
  const runs: Sample[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const res = spawnSync(
      process.execPath,
      ["--import", "tsx", join(REPO_ROOT, "bench/worker.ts"), task, String(bytes)],
      {
        encoding: "utf8",
        cwd: REPO_ROOT,
        maxBuffer: 1 << 24,
      },
    );
    if (res.status !== 0) throw new Error(`${task} failed: ${res.stderr}`);
    runs.push(JSON.parse(res.stdout.trim().split("\n").pop()!));
    process.stderr.write(".");
  }
  runs.sort((a, b) => a.ms - b.ms);
  return { ...runs[Math.floor(runs.length / 2)], maxRssMB: Math.max(...runs.map((r) => r.maxRssMB)) };
}

const wps = (s: Sample) => Math.round(s.words / (s.ms / 1000));
const row = (cells: (string | number)[]) => cells.map((c, i) => String(c).padStart(i ? 14 : 24)).join("");

process.stderr.write(`measuring (${REPEATS} runs each, median)`);
// Interleave the two tools so drift in machine load hits both alike.
const ours = measure("newsgraph", MB);
const extractOnly = measure("extract", MB);
const theirs = measure("compromise", MB);
const growth = [1, 4, 16].map((k) => measure("newsgraph", (MB / 4) * k));
process.stderr.write("\n");

console.log(
  `\nThroughput on ${(ours.bytes / MB).toFixed(2)} MB of news text (${ours.words} words), median of ${REPEATS}`,
);
console.log(row(["", "ms", "words/s", "peak RSS MB"]));
for (const [name, s] of [
  ["newsgraph build (all)", ours],
  ["newsgraph extract only", extractOnly],
  ["compromise NER", theirs],
] as const) {
  console.log(row([name, s.ms, wps(s), s.maxRssMB]));
}
console.log(`\nratio newsgraph build / compromise NER (words per second): ${(wps(ours) / wps(theirs)).toFixed(2)}×`);

console.log(`\nGrowth (newsgraph build), base = 0.25 MB`);
console.log(row(["size", "ms", "ms per MB", "peak RSS MB", "JSON / text"]));
for (const [i, s] of growth.entries()) {
  const jsonRatio = `${(Number(s.output) / s.bytes).toFixed(2)}×`; // GRAPH.json bytes per article byte (issue 10: at most 3×)
  console.log(
    row([
      `${[1, 4, 16][i]}× (${(s.bytes / MB).toFixed(2)} MB)`,
      s.ms,
      Math.round(s.ms / (s.bytes / MB)),
      s.maxRssMB,
      jsonRatio,
    ]),
  );
}
const slope = growth[2].ms / growth[2].bytes / (growth[0].ms / growth[0].bytes);
console.log(`cost per byte at 16× relative to 1×: ${slope.toFixed(2)} (1.00 = linear)`);
