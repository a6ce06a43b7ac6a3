// Debug view of the relate stage on one article: per sentence, the entity
// mentions it sees, the frames it reads and the events/relations that result.
//   npx tsx scripts/debug-relate.ts ARTICLE.(txt|json) [--sentences]
import { readFileSync } from "node:fs";
import "../src/models/node-register";
import { analyse } from "../src/extract/analyse";
import { registeredModels } from "../src/nlp/models";
import { recognise } from "../src/extract/recognise";
import { relate } from "../src/extract/relate";
import { framesOf } from "../src/extract/relate/frames";
import { mentionsBySentence, viewSentence } from "../src/extract/relate/view";
import { resolve } from "../src/extract/resolve";
import { segment } from "../src/extract/segment";
import { treeFrames } from "../src/extract/relate/tree/frames";
import { sentenceTree } from "../src/extract/relate/tree/tree";

const path = process.argv[2];
const raw = readFileSync(path, "utf8");
const text = path.endsWith(".json") ? JSON.parse(raw).text : raw;
const segmented = segment(text);
const mentions = recognise(segmented);
const doc = analyse(segmented, registeredModels(), mentions);
const resolution = resolve(doc, mentions);
const bySentence = mentionsBySentence(resolution.mentions);
if (process.argv.includes("--sentences")) {
  for (const s of doc.sentences) {
    const view = viewSentence(doc, s, bySentence.get(s.index) ?? []);
    console.log(`\n[${s.index}] ${s.text}`);
    console.log(
      "   mentions: " +
        view.spans
          .map((sp) => `${sp.mention.text}=${sp.entity}${sp.mention.kind !== "name" ? `(${sp.mention.kind})` : ""}`)
          .join(" | "),
    );
    const tree = sentenceTree(doc, view.sentence);
    if (tree)
      for (const f of treeFrames(view, tree, () => undefined).frames)
        console.log(
          `   tree  ${f.sense.kind}/${f.sense.pos} "${view.words[f.at]}": ${f.args.map((a) => `${a.role}=${a.entity}`).join(", ")}`,
        );
    for (const f of framesOf(view, () => undefined)) {
      console.log(
        `   frame ${f.sense.kind}/${f.sense.pos} "${view.words[f.at]}": ${f.args.map((a) => `${a.role}=${a.entity}`).join(", ")}${f.topic ? ` topic="${f.topic}"` : ""}${f.date ? ` date="${f.date}"` : ""}`,
      );
    }
  }
}
const r = relate(doc, resolution);
console.log("\nEVENTS");
for (const e of r.events)
  console.log(`  ${e.label}  [${e.participants.map((p) => `${p.role}=${p.entity}`).join(", ")}]`);
console.log("RELATIONS");
for (const x of r.relations) console.log(`  ${x.source} -${x.label}-> ${x.target}`);
