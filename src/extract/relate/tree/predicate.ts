// A verb trigger's predicate for its event's label, read from the tree: the verb in the
// present tense, its particle, and its object or complement as written.
import type { Predicate } from "../frame";
import { VERB_FORMS } from "../inflections.generated";
import type { TimeExpr } from "../time";
import type { TriggerSense } from "../triggers";
import type { SentenceView } from "../view";
import { caseOf, type SentenceTree } from "./tree";

/** Longest object phrase a label quotes, in words. */
const MAX_OBJECT_WORDS = 8;
const OBJECT_RELS = new Set(["obj", "xcomp"]);
const LABEL_STOPS = /^[\s"'“”‘’(),;:.!?\u2014-]+|[\s"'“”‘’(),;:.!?\u2014-]+$/g;

/**
 * The verb in the present tense with its particle and its object or complement
 * as written ("rules out" + " offering Georgia NATO membership"), for a label that
 * reads like a headline. Nothing when the object runs long: the kind's noun reads better then.
 */
export function predicateOf(
  view: SentenceView,
  tree: SentenceTree,
  i: number,
  sense: TriggerSense,
  timeAt: ReadonlyMap<number, TimeExpr>,
): Predicate | undefined {
  const forms = VERB_FORMS[tree.lemma[i]];
  if (!forms) return undefined;
  const particle = tree.children[i].filter((c) => tree.deprel[c] === "compound:prt").map((c) => view.words[c]);
  const verb = (form: string) => [form, ...particle].join(" ");
  // the object or complement; else the first oblique the kind reads ("withdraws from the pact")
  const object =
    tree.children[i].find((c) => OBJECT_RELS.has(tree.deprel[c]) && c > i) ??
    tree.children[i].find(
      (c) =>
        tree.deprel[c] === "obl" &&
        c > i &&
        !!sense.preps[caseOf(tree, c) ?? ""] &&
        (!view.spanAt[c] || view.spanAt[c]!.mention.kind === "name"),
    );
  // a verb alone says little ("Maddox and Dranko ask"), unless the kind is mutual ("meet", "speak")
  if (object === undefined && !sense.symmetric) return undefined;
  let rest = "";
  if (object !== undefined) {
    const [from, end] = extent(tree, object);
    // the time has its own field: "in Vienna on Monday" reads "in Vienna"
    let to = end;
    for (let k = from; k <= end; k++)
      if (timeAt.has(k)) {
        to = k - 1;
        break;
      }
    if (to < from || to - from + 1 > MAX_OBJECT_WORDS) return undefined;
    // "X launches her": a lone pronoun names nothing a reader can place
    if (to === from && tree.upos[from] === "PRON") return undefined;
    rest =
      " " +
      view.sentence.text
        .slice(view.tokens[from].start - view.sentence.start, view.tokens[to].end - view.sentence.start)
        .replace(LABEL_STOPS, "");
  }
  return { singular: verb(forms[0]), plural: verb(tree.lemma[i]), rest };
}

/** First and last word of a word's subtree. */
function extent(tree: SentenceTree, node: number): [number, number] {
  let from = node,
    to = node;
  const stack = [node];
  for (let k = 0; stack.length && k < 256; k++) {
    const w = stack.pop()!;
    if (w < from) from = w;
    if (w > to) to = w;
    stack.push(...tree.children[w]);
  }
  return [from, to];
}
