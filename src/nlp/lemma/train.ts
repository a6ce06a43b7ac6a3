// Learning the lemmatizer's edit scripts from (form, XPOS, lemma) triples.
import { pack } from "../model/container";
import { lemmaBase, lemmatize, type LemmaRule } from "./index";

export interface LemmaExample {
  form: string;
  xpos: string;
  lemma: string;
}

export interface LemmaTrainOptions {
  /** longest suffix a rule is keyed on */
  maxSuffix?: number;
  /** a suffix needs this many examples to carry a rule */
  minCount?: number;
}

export function trainLemmatizer(examples: readonly LemmaExample[], options: LemmaTrainOptions = {}): Uint8Array {
  const { maxSuffix = 5, minCount = 2 } = options;
  // xpos -> suffix -> "strip add" -> count
  const counts = new Map<string, Map<string, Map<string, number>>>();
  for (const e of examples) {
    if (!e.lemma || e.lemma === "_") continue;
    const base = lemmaBase(e.form, e.xpos);
    const rule = editScript(base, e.lemma);
    if (!rule) continue;
    const key = `${rule.strip} ${rule.add}`;
    let byXpos = counts.get(e.xpos);
    if (!byXpos) counts.set(e.xpos, (byXpos = new Map()));
    for (let n = 0; n <= Math.min(maxSuffix, base.length); n++) {
      const suf = base.slice(base.length - n);
      if (rule.strip > n && n < base.length) continue; // a rule is keyed on a suffix at least as long as what it strips
      let m = byXpos.get(suf);
      if (!m) byXpos.set(suf, (m = new Map()));
      m.set(key, (m.get(key) ?? 0) + 1);
    }
  }
  const rules = new Map<string, Map<string, LemmaRule>>();
  for (const [xpos, bySuffix] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const out = new Map<string, LemmaRule>();
    for (const [suf, m] of [...bySuffix].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      let total = 0;
      let best = "";
      let bestN = 0;
      for (const [k, n] of [...m].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
        total += n;
        if (n > bestN) [best, bestN] = [k, n];
      }
      if (total < minCount && suf.length > 0) continue;
      const [strip, ...add] = best.split(" ");
      out.set(suf, { strip: Number(strip), add: add.join(" ") });
    }
    rules.set(xpos, withoutRedundant(out));
  }
  const known = knownLemmas(examples);
  const model = { rules, maxSuffix, known };
  const exceptions = new Map<string, string>();
  const seen = new Map<string, Map<string, number>>();
  for (const e of examples) {
    if (!e.lemma || e.lemma === "_") continue;
    const k = `${lemmaBase(e.form, e.xpos).toLowerCase()} ${e.xpos}`;
    let m = seen.get(k);
    if (!m) seen.set(k, (m = new Map()));
    m.set(e.lemma, (m.get(e.lemma) ?? 0) + 1);
  }
  for (const [k, m] of seen) {
    const [form, xpos] = splitKey(k);
    if (xpos === "NNP") continue;
    let best = "";
    let bestN = 0;
    for (const [l, n] of [...m].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (n > bestN) [best, bestN] = [l, n];
    const predicted = lemmatize({ ...model, exceptions: new Map() }, form, xpos);
    if (predicted !== best) exceptions.set(k, best);
  }
  return pack({
    meta: {
      kind: "lemmatizer",
      maxSuffix,
      known: knownLevels(known),
      exceptions: [...exceptions].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
      rules: [...rules].map(([x, m]) => [x, [...m].map(([suf, r]) => [suf, r.strip, r.add])]),
    },
    arrays: {},
  });
}

/**
 * Drops every rule that says what the rule of its longest shorter suffix says: lookup takes the
 * longest known suffix, so it then reaches that one and answers the same. Lossless, and most of the
 * table (a file a third smaller, which pays for the known lemmas).
 */
function withoutRedundant(bySuffix: Map<string, LemmaRule>): Map<string, LemmaRule> {
  const kept = new Map<string, LemmaRule>();
  const same = (a: LemmaRule, b: LemmaRule | undefined) => b !== undefined && a.strip === b.strip && a.add === b.add;
  const inherited = (suf: string): LemmaRule | undefined => {
    for (let n = suf.length - 1; n >= 0; n--) {
      const r = kept.get(suf.slice(suf.length - n));
      if (r) return r;
    }
    return undefined;
  };
  for (const [suf, rule] of [...bySuffix].sort((a, b) => a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1)))
    if (suf.length === 0 || !same(rule, inherited(suf))) kept.set(suf, rule);
  return kept;
}

/** Lower-case lemmas of verbs, common nouns and adjectives seen at least twice -> log2 of the count, plus one. */
function knownLemmas(examples: readonly LemmaExample[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of examples) {
    if (!/^(VB|NN$|NNS|JJ)/.test(e.xpos) || !/^[a-z]{3,}$/.test(e.lemma)) continue;
    counts.set(e.lemma, (counts.get(e.lemma) ?? 0) + 1);
  }
  return new Map([...counts].filter(([, n]) => n >= 2).map(([l, n]) => [l, Math.floor(Math.log2(n))]));
}

/** The levels as the file stores them: list k holds the lemmas of level k + 1, sorted. */
function knownLevels(known: Map<string, number>): string[][] {
  const out: string[][] = [];
  for (const [l, level] of known) (out[level - 1] ??= []).push(l);
  for (let k = 0; k < out.length; k++) out[k] = (out[k] ?? []).sort();
  return out;
}

function splitKey(k: string): [string, string] {
  const i = k.lastIndexOf(" ");
  return [k.slice(0, i), k.slice(i + 1)];
}

/** The shortest suffix rewrite turning `base` into `lemma`, or undefined when they share no prefix. */
export function editScript(base: string, lemma: string): LemmaRule | undefined {
  const b = base.toLowerCase() === base ? base : base;
  const l = lemma;
  let p = 0;
  while (p < b.length && p < l.length && b[p].toLowerCase() === l[p].toLowerCase()) p++;
  if (p === 0 && b.length && l.length) return undefined;
  return { strip: b.length - p, add: l.slice(p) };
}
