// Stated links between two entities read from the tree, labelled by the verb
// that states them (the link verbs of link-verbs.ts, so the table stays the one
// place that says which verbs link): subject and object of one verb, its
// preposition where the verb takes one ("met with", "plays for"), the passive
// ("Y was acquired by X"), a participle ("Y, acquired by X,"), control ("X agreed
// to buy Y") and conjuncts ("X and Y sued Z").
import { evidenceAt } from "../../evidence";
import type { Doc, RelationRecord } from "../../types";
import { LINK_VERBS } from "../link-verbs";
import type { SentenceView, Span } from "../view";
import { entityAt, relativeAntecedent } from "./entities";
import { caseOf, withConjuncts, type SentenceTree } from "./tree";
import { MODALS, NEGATIONS } from "../../lexicon/vocabulary";

export function treeLinks(doc: Doc, view: SentenceView, tree: SentenceTree): RelationRecord[] {
  const out: RelationRecord[] = [];
  const named = (i: number): Span[] =>
    withConjuncts(tree, i).flatMap(
      // "Y, which is owned by X": a relative pronoun stands for the noun its clause hangs from
      (c) =>
        view.spanAt[c] ??
        (tree.upos[c] !== "PRON" || relativeAntecedent(tree, c) >= 0 ? entityAt(view, tree, c, false) : undefined) ??
        [],
    );
  const add = (sources: Span[], targets: Span[], label: string, verb: number) =>
    addLinks(out, doc, view, sources, targets, label, verb, (r) => r.label === label);
  for (let i = 0; i < tree.n; i++) {
    if (tree.upos[i] !== "VERB" || view.spanAt[i]) continue;
    const particles = LINK_VERBS[tree.lemma[i]];
    if (!particles) continue;
    const kids = tree.children[i];
    const rel = (r: string) => kids.filter((c) => tree.deprel[c] === r);
    let subjects = [...rel("nsubj"), ...rel("obl:agent")].flatMap(named);
    // "X agreed to buy Y", "X plans to meet Y": the controlling verb's subject
    if (!subjects.length && tree.deprel[i] === "xcomp" && tree.head[i] >= 0)
      subjects = tree.children[tree.head[i]].filter((c) => tree.deprel[c] === "nsubj").flatMap(named);
    // "Y, acquired by X,": the participle's noun undergoes it
    const participleOf =
      tree.deprel[i] === "acl" && tree.xpos[i] === "VBN" && tree.head[i] >= 0 ? named(tree.head[i]) : [];
    const objects = [...rel("obj"), ...rel("nsubj:pass"), ...rel("iobj")].flatMap(named).concat(participleOf);
    const label = labelOf(view, tree, i);
    add(subjects, objects, label, i);
    for (const o of rel("obl")) {
      const prep = caseOf(tree, o);
      if (prep && particles.includes(prep)) add(subjects, named(o), `${label} ${prep}`, i);
    }
  }
  return out;
}

/**
 * Links every source to every target, labelled, with the evidence from the first to the last
 * of the two names and the word that links them; not a name to itself, nor a pair `out` holds
 * already (`same` says which earlier link counts as the same).
 */
export function addLinks(
  out: RelationRecord[],
  doc: Doc,
  view: SentenceView,
  sources: readonly Span[],
  targets: readonly Span[],
  label: string,
  pivot: number,
  same: (r: RelationRecord) => boolean = () => true,
): void {
  for (const s of sources)
    for (const t of targets) {
      if (s.entity === t.entity || out.some((r) => r.source === s.entity && r.target === t.entity && same(r))) continue;
      const from = Math.min(s.first, t.first, pivot),
        to = Math.max(s.last, t.last, pivot);
      out.push({
        source: s.entity,
        target: t.entity,
        label,
        kind: "relation",
        evidence: [evidenceAt(doc, view.sentence.index, view.tokens[from].start, view.tokens[to].end)],
      });
    }
}

/** The verb as the clause says it: modal, negation and a controlling verb kept ("would not buy", "agreed to buy"). */
function labelOf(view: SentenceView, tree: SentenceTree, i: number): string {
  const words: number[] = [i];
  for (const c of tree.children[i])
    if (
      (tree.deprel[c] === "aux" && MODALS.has(tree.form[c])) ||
      (tree.deprel[c] === "advmod" && NEGATIONS.has(tree.form[c]))
    )
      words.push(c);
  const up = tree.head[i];
  if (tree.deprel[i] === "xcomp" && up >= 0 && tree.children[i].some((c) => tree.form[c] === "to"))
    words.push(up, ...tree.children[i].filter((c) => tree.form[c] === "to"));
  return words
    .sort((a, b) => a - b)
    .map((w) => view.words[w])
    .join(" ")
    .replace(/ n't/g, "n't");
}
