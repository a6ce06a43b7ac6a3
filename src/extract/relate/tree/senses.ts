// Which sense of a trigger word a tree node is (by part of speech and particle), and
// whether the tree tells it as not happening ("did not meet", "refused to meet").
import { TRIGGERS, type TriggerSense } from "../triggers";
import type { SentenceView } from "../view";
import { caseOf, type SentenceTree } from "./tree";
import { NEGATIONS } from "../../lexicon/vocabulary";

export interface Pick {
  sense: TriggerSense;
  /** the particle's or phrasal preposition's word ("out" of "rule out"; the object of "call for"), or -1 */
  particleAt: number;
  /** content clauses a demand reads its target from */
  contentAt: number[];
}

export const hasParticle = (tree: SentenceTree, i: number) =>
  tree.children[i].some((c) => tree.deprel[c] === "compound:prt");

export const triggerPos = (tree: SentenceTree, i: number): TriggerSense["pos"] | undefined =>
  tree.upos[i] === "VERB" ? "verb" : tree.upos[i] === "NOUN" ? "noun" : undefined;

export function pickSense(view: SentenceView, tree: SentenceTree, i: number): Pick | undefined {
  const senses = TRIGGERS.get(view.words[i]);
  if (!senses) return undefined;
  const pos = triggerPos(tree, i);
  if (!pos) return undefined;
  const content = (s: TriggerSense) => (s.content ? tree.children[i].filter((c) => tree.deprel[c] === "ccomp") : []);
  for (const s of senses) {
    if (s.pos !== pos) continue;
    if (!s.particle) {
      if (hasParticle(tree, i)) continue;
      return { sense: s, particleAt: -1, contentAt: content(s) };
    }
    for (const c of tree.children[i]) {
      if (tree.deprel[c] === "compound:prt" && tree.lemma[c] === s.particle)
        return { sense: s, particleAt: -1, contentAt: content(s) };
      if (tree.deprel[c] === "obl" && caseOf(tree, c) === s.particle)
        return { sense: s, particleAt: c, contentAt: content(s) };
    }
  }
  return undefined;
}

/** Does the verb take an event noun as object ("announced a partnership")? */
export function eventObject(view: SentenceView, tree: SentenceTree, i: number): boolean {
  return tree.children[i].some(
    (c) =>
      tree.deprel[c] === "obj" && tree.upos[c] === "NOUN" && TRIGGERS.get(view.words[c])?.some((s) => s.pos === "noun"),
  );
}

export const negated = (tree: SentenceTree, i: number) =>
  tree.children[i].some((c) => tree.deprel[c] === "advmod" && NEGATIONS.has(tree.form[c]));

/** Is the verb the complement of a refusal or rejection ("refused to meet", "ruled out offering")? */
export function deniedComplement(view: SentenceView, tree: SentenceTree, i: number): boolean {
  const up = tree.head[i];
  if (up < 0 || (tree.deprel[i] !== "xcomp" && tree.deprel[i] !== "ccomp")) return false;
  return !!TRIGGERS.get(view.words[up])?.some((s) => s.kind === "rejection" && s.pos === "verb");
}
