// Features of one word for the entity recogniser: the word and its
// neighbours (forms, shapes, affixes), part-of-speech tags, the dependency
// tree around it when there is one, gazetteer marks, and what the rest of the
// document says about the word (seen lower-case? seen capitalised mid-sentence?).
import { FeatureBuffer, hash1, hash2, hash3 } from "../model/hash";
import { normWord, prefix, shape, suffix } from "../model/shape";

export interface NerSentence {
  forms: readonly string[];
  upos: readonly string[];
  /** 1-based heads (0 root, -1 unknown) and relations, when parsed */
  head?: readonly number[];
  deprel?: readonly string[];
  lemma?: readonly string[];
}

/** What a whole document says about its words. */
export interface DocumentStats {
  /** normalised forms seen in lower case */
  lower: Set<string>;
  /** normalised forms seen capitalised, not first in their sentence */
  capitalisedInside: Set<string>;
}

export function documentStats(sentences: readonly { forms: readonly string[] }[]): DocumentStats {
  const lower = new Set<string>();
  const capitalisedInside = new Set<string>();
  for (const s of sentences) {
    s.forms.forEach((f, i) => {
      const n = normWord(f);
      if (f === n) lower.add(n);
      else if (i > 0 && /^\p{Lu}/u.test(f) && !/^\p{P}/u.test(s.forms[i - 1])) capitalisedInside.add(n);
    });
  }
  return { lower, capitalisedInside };
}

export interface NerContext {
  s: NerSentence;
  norms: string[];
  shapes: string[];
  marks: string[][];
  stats: DocumentStats;
}

export function nerContext(s: NerSentence, marks: string[][], stats: DocumentStats): NerContext {
  return { s, norms: s.forms.map(normWord), shapes: s.forms.map(shape), marks, stats };
}

const at = (arr: readonly string[], i: number, pad: string) =>
  i < 0 ? `${pad}<` : i >= arr.length ? `${pad}>` : arr[i];

export function nerFeatures(ctx: NerContext, i: number, out: FeatureBuffer): void {
  out.clear();
  const { s, norms, shapes, marks, stats } = ctx;
  const w = norms[i];
  const form = s.forms[i];
  const first = i === 0 || /^["“‘'(\[:—-]$/.test(s.forms[i - 1]);
  out.push(hash1(0, ""));
  out.push(hash1(1, w));
  out.push(hash1(2, form));
  out.push(hash1(3, shapes[i]));
  out.push(hash2(4, shapes[i], first ? "first" : "inside"));
  out.push(hash1(5, suffix(w, 3)));
  out.push(hash1(6, suffix(w, 2)));
  out.push(hash1(7, prefix(w, 3)));
  out.push(hash1(8, suffix(w, 4)));
  for (let d = -2; d <= 2; d++) {
    if (d === 0) continue;
    out.push(hash2(10 + d, at(norms, i + d, "w"), ""));
    out.push(hash2(20 + d, at(s.upos, i + d, "p"), ""));
    if (d === -1 || d === 1) out.push(hash2(30 + d, at(shapes, i + d, "s"), ""));
  }
  out.push(hash1(35, s.upos[i]));
  out.push(hash2(36, s.upos[i], shapes[i]));
  out.push(hash2(37, at(s.upos, i - 1, "p"), s.upos[i]));
  out.push(hash2(38, s.upos[i], at(s.upos, i + 1, "p")));
  out.push(hash2(39, at(norms, i - 1, "w"), w));
  out.push(hash2(40, w, at(norms, i + 1, "w")));
  out.push(hash3(41, at(shapes, i - 1, "s"), shapes[i], at(shapes, i + 1, "s")));
  // document: a capitalised sentence-initial word that the text also writes in lower case is likely no name
  const cap = /^\p{Lu}/u.test(form);
  if (cap) {
    out.push(hash2(42, stats.lower.has(w) ? "seenLower" : "neverLower", first ? "first" : "inside"));
    out.push(hash2(43, stats.capitalisedInside.has(w) ? "seenCapInside" : "notCapInside", first ? "first" : "inside"));
  }
  for (const m of marks[i]) {
    out.push(hash1(44, m));
    out.push(hash2(45, m, cap ? "cap" : "low"));
  }
  for (const m of i > 0 ? marks[i - 1] : []) out.push(hash1(46, m));
  for (const m of i + 1 < marks.length ? marks[i + 1] : []) out.push(hash1(47, m));
  // the tree: the word's relation, its head's lemma, and whether the head is a name too
  if (s.head && s.deprel && s.head[i] >= 0) {
    const h = s.head[i] - 1;
    const rel = s.deprel[i];
    out.push(hash1(50, rel));
    out.push(hash2(51, rel, h >= 0 ? (s.lemma?.[h] ?? norms[h]) : "ROOT"));
    out.push(hash2(52, rel, h >= 0 ? s.upos[h] : "ROOT"));
    if (h >= 0) for (const m of marks[h]) out.push(hash2(53, rel, m));
    // case marker of the word: "in X", "of X", "by X" (it stands just before the word or its modifiers)
    for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
      if (s.head[j] === i + 1 && s.deprel[j] === "case") out.push(hash1(54, norms[j]));
    }
  }
}
