// Which entity a word of the tree stands for.
import type { SentenceView, Span } from "../view";
import { caseOf, type SentenceTree } from "./tree";

/** Relations by which a modifier's name stands for the word it modifies ("the French delegation"). */
const NAME_PARTS = ["compound", "flat", "amod", "appos"];

/**
 * The entity a word stands for: its own mention, a name modifying it ("the French
 * delegation"), or (with `bodies`) the body it belongs to ("officials from the
 * ministry", "the city's police"); a stated link wants the word itself ("praised
 * the hospital's staff" praises no hospital).
 */
export function entityAt(view: SentenceView, tree: SentenceTree, node: number, bodies = true): Span | undefined {
  const own = view.spanAt[node];
  if (own) return own;
  if (tree.upos[node] !== "NOUN" && tree.upos[node] !== "PROPN") return undefined;
  for (const c of tree.children[node]) if (NAME_PARTS.includes(tree.deprel[c]) && view.spanAt[c]) return view.spanAt[c];
  if (!bodies) return undefined;
  for (const c of tree.children[node]) {
    if (!view.spanAt[c]) continue;
    if (tree.deprel[c] === "nmod:poss" || (tree.deprel[c] === "nmod" && BODY_PREPS.has(caseOf(tree, c) ?? ""))) return view.spanAt[c];
  }
  return undefined;
}

/** Prepositions linking people to the body they act for. */
const BODY_PREPS = new Set(["from", "of", "at"]);

