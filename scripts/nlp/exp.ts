// Quick side-by-side measure of a models directory: UPOS/XPOS/lemma from the tagger and lemmatizer,
// UAS/LAS of the greedy (and, with --beam, the beam) parser on predicted tags, news and EWT test.
//   tsx scripts/nlp/exp.ts --dir DIR [--beam] [--no-parse]
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { loadParser, parse } from "../../src/nlp/parser";
import { loadTagger, tagSentence } from "../../src/nlp/tagger/index";
import { lemmatize, loadLemmatizer } from "../../src/nlp/lemma/index";
import { ewt, news } from "./corpus";

const { values } = parseArgs({
  options: {
    dir: { type: "string", default: "models" },
    beam: { type: "boolean", default: false },
    "no-parse": { type: "boolean", default: false },
  },
});
const dir = values.dir!;
const tagger = loadTagger(new Uint8Array(readFileSync(join(dir, "tagger.bin"))));
const lemm = loadLemmatizer(new Uint8Array(readFileSync(join(dir, "lemmatizer.bin"))));
const parsers: [string, ReturnType<typeof loadParser>, number][] = [];
if (!values["no-parse"] && existsSync(join(dir, "parser-greedy.bin")))
  parsers.push(["greedy", loadParser(new Uint8Array(readFileSync(join(dir, "parser-greedy.bin")))), 1]);
if (values.beam && existsSync(join(dir, "parser.bin")))
  parsers.push(["beam8", loadParser(new Uint8Array(readFileSync(join(dir, "parser.bin")))), 8]);
const f = (x: number) => x.toFixed(4);
for (const [name, set] of [
  ["news", news()],
  ["ewt-test", ewt("test")],
] as const) {
  let n = 0,
    up = 0,
    xp = 0,
    lm = 0;
  const input = set.map((s) => {
    const forms = s.words.map((w) => w.form);
    const t = tagSentence(tagger, forms);
    return forms.map((form, i) => ({
      form,
      upos: t.upos[i],
      xpos: t.xpos[i],
      lemma: lemmatize(lemm, form, t.xpos[i]),
    }));
  });
  set.forEach((s, si) =>
    s.words.forEach((w, i) => {
      n++;
      const p = input[si][i];
      if (p.upos === w.upos) up++;
      if (p.xpos === w.xpos) xp++;
      if (p.lemma === w.lemma) lm++;
    }),
  );
  let line = `${dir} ${name.padEnd(8)} UPOS ${f(up / n)} XPOS ${f(xp / n)} lemma ${f(lm / n)}`;
  for (const [pn, m, beam] of parsers) {
    let ua = 0,
      la = 0;
    const t0 = performance.now();
    set.forEach((s, si) => {
      const r = parse(m, input[si], { beam });
      s.words.forEach((w, i) => {
        if (r.head[i] === w.head) {
          ua++;
          if (r.deprel[i].split(":")[0] === w.deprel.split(":")[0]) la++;
        }
      });
    });
    line += ` | ${pn} UAS ${f(ua / n)} LAS ${f(la / n)} (${Math.round(n / ((performance.now() - t0) / 1000))} w/s)`;
  }
  console.log(line);
}
