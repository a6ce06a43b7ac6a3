// One sentence's dependency tree, in local word indexes, with the children
// of every word listed once, so argument rules walk it in constant time per step.
import type { Doc, Sentence } from "../../types";

export interface SentenceTree {
  n: number;
  /** lower-cased words */
  form: string[];
  /** local index of each word's head, -1 for the root */
  head: Int32Array;
  deprel: string[];
  lemma: string[];
  upos: string[];
  xpos: string[];
  children: number[][];
}

/** The sentence's tree, or undefined when the document was not analysed. */
export function sentenceTree(doc: Doc, sentence: Sentence): SentenceTree | undefined {
  const words = doc.parsed?.[sentence.index];
  if (!words) return undefined;
  const n = words.length;
  const head = new Int32Array(n);
  const form: string[] = [];
  const deprel: string[] = [];
  const lemma: string[] = [];
  const upos: string[] = [];
  const xpos: string[] = [];
  const children: number[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++) {
    const w = words[i];
    head[i] = w.head >= 0 && w.head < n ? w.head : -1;
    form.push(doc.tokens[sentence.tokenStart + i].lower);
    deprel.push(w.deprel);
    lemma.push(w.lemma.toLowerCase());
    upos.push(w.upos);
    xpos.push(w.xpos);
  }
  for (let i = 0; i < n; i++) if (head[i] >= 0) children[head[i]].push(i);
  return { n, form, head, deprel, lemma, upos, xpos, children };
}

/** The preposition introducing a nominal ("with", "according to"), from its case (and fixed) children. */
export function caseOf(tree: SentenceTree, i: number): string | undefined {
  for (const c of tree.children[i]) {
    if (tree.deprel[c] !== "case") continue;
    // forms, not lemmas: "according" is no form of "accord" here
    const fixed = tree.children[c].filter((f) => tree.deprel[f] === "fixed").map((f) => tree.form[f]);
    return [tree.form[c], ...fixed].join(" ");
  }
  return undefined;
}

/** Does the word have a child attached by this relation? */
export const hasChild = (tree: SentenceTree, i: number, rel: string): boolean =>
  tree.children[i].some((c) => tree.deprel[c] === rel);

/** The word and its conjuncts ("X, Y and Z"), in order. */
export function withConjuncts(tree: SentenceTree, i: number): number[] {
  const out = [i];
  for (let k = 0; k < out.length && out.length < 32; k++)
    for (const c of tree.children[out[k]]) if (tree.deprel[c] === "conj" && !out.includes(c)) out.push(c);
  return out;
}
