// Links two entities stated through one common noun of the tree, labelled by that
// noun and its preposition: "X, a lecturer at Y" (X lecturer at Y), "Y's founder, X"
// (X founder of Y), "Y's plant in Z" (Y plant in Z), "X is the owner of Y"; and a name
// with its own "of" phrase ("X of Y"). Rules as data: a pivot noun, a path from it to
// each entity (paths.ts), and an invented example.
import { NOUN_LINK_PREPOSITIONS } from "../../lexicon/vocabulary";
import type { Doc, RelationRecord } from "../../types";
import type { SentenceView, Span } from "../view";
import { entityAt } from "./entities";
import { addLinks } from "./links";
import { compilePath, follow } from "./paths";
import { caseOf, withConjuncts, type SentenceTree } from "./tree";

export interface NounLinkRule {
  id: string;
  /** path from the pivot noun to the entity the link starts from */
  from: string;
  /** path from the pivot noun to the entity it goes to */
  to: string;
  /** how the label ends: the preposition of the `to` entity, or "of" (a possessor) */
  prep: "case" | "of";
  /** only these prepositions (default NOUN_LINK_PREPOSITIONS) */
  preps?: readonly string[];
  example: string;
}

export const NOUN_LINK_RULES: readonly NounLinkRule[] = [
  {
    id: "apposed-noun",
    from: "<appos",
    to: ">nmod",
    prep: "case",
    example: "Maria Lind, a lecturer at Uppsala University, said",
  },
  {
    id: "possessor-apposed",
    from: ">appos",
    to: ">nmod:poss",
    prep: "of",
    example: "Nordfisk's founder, Ola Berg, said",
  },
  {
    id: "possessor-noun",
    from: ">nmod:poss",
    to: ">nmod",
    prep: "case",
    // where the possessor is: "X's relationship with Y" tells of no place of X's
    preps: ["in", "at"],
    example: "Nordfisk's plant in Bergen closed",
  },
  {
    id: "relative-possession",
    from: "<obj <acl:relcl",
    to: ">nmod",
    prep: "case",
    preps: ["in", "at"],
    example: "Nordfisk, which has a plant in Bergen, said",
  },
  {
    id: "relative-possession-oblique",
    from: "<obj <acl:relcl",
    to: "<obj >obl",
    prep: "case",
    preps: ["in", "at"],
    example: "Nordfisk, which has its headquarters in Bergen, said",
  },
  {
    id: "apposed-possessor",
    from: "<appos",
    to: ">nmod:poss",
    prep: "of",
    example: "Ola Berg, Nordfisk's chief engineer, said",
  },
  { id: "copula-noun", from: ">nsubj", to: ">nmod", prep: "case", example: "Ola Berg is the founder of Nordfisk." },
  // the country a demonym names: "X, the Danish ferry operator" is a ferry operator of Denmark
  {
    id: "apposed-demonym",
    from: "<appos",
    to: ">amod",
    prep: "of",
    example: "Nordvik, the Danish ferry operator, said",
  },
];

/** Words for a kind of place that name the place by "of": "the town of Varno", "the province of Lugo". */
const PLACE_NOUNS = new Set(
  "town city village region province state district county island port capital municipality commune township".split(
    " ",
  ),
);

const COMPILED = NOUN_LINK_RULES.map((r) => ({ ...r, fromPath: compilePath(r.from), toPath: compilePath(r.to) }));

export function nounLinks(doc: Doc, view: SentenceView, tree: SentenceTree): RelationRecord[] {
  const out: RelationRecord[] = [];
  const entitiesAt = (nodes: number[]): Span[] =>
    nodes.flatMap((n) => withConjuncts(tree, n)).flatMap((c) => entityOf(view, tree, c) ?? []);
  const add = (sources: Span[], targets: Span[], label: string, pivot: number) =>
    addLinks(out, doc, view, sources, targets, label, pivot);
  for (let n = 0; n < tree.n; n++) {
    if (!isNominal(tree, n) || view.spanAt[n]) continue;
    for (const rule of COMPILED) {
      if (rule.id === "copula-noun" && !tree.children[n].some((c) => tree.deprel[c] === "cop")) continue;
      const sources = entitiesAt(follow(tree, n, rule.fromPath));
      if (!sources.length) continue;
      for (const end of follow(tree, n, rule.toPath)) {
        const prep = rule.prep === "of" ? "of" : caseOf(tree, end);
        if (!prep || !(rule.preps?.includes(prep) ?? NOUN_LINK_PREPOSITIONS.has(prep))) continue;
        add(sources, entitiesAt([end]), `${nounPhrase(view, tree, n)} ${prep}`, n);
      }
    }
  }
  // "the village of Varno in the Lugo region", "Norway's Vestland county": a noun that is a place's name
  for (let n = 0; n < tree.n; n++) {
    if (!isNominal(tree, n) || view.spanAt[n]) continue;
    const own = entityOf(view, tree, n);
    if (!own || (own.mention.type !== "place" && own.mention.type !== "country")) continue;
    for (const c of tree.children[n]) {
      const prep = tree.deprel[c] === "nmod:poss" ? "of" : tree.deprel[c] === "nmod" ? caseOf(tree, c) : undefined;
      if (prep !== "of" && prep !== "in") continue;
      const places = entitiesAt([c]).filter((t) => t.mention.type === "place" || t.mention.type === "country");
      add([own], places, `${tree.form[n]} ${prep}`, n);
    }
  }
  // "Ola Berg of Nordfisk": a name's own "of" phrase
  for (let a = 0; a < tree.n; a++) {
    const own = view.spanAt[a];
    if (!own || own.mention.kind !== "name") continue;
    for (const c of tree.children[a])
      if (tree.deprel[c] === "nmod" && caseOf(tree, c) === "of") add([own], entitiesAt([c]), "of", a);
  }
  return out;
}

/** A common noun, or an adjective the tagger took for one that heads its own phrase ("the chief executive of Y"). */
function isNominal(tree: SentenceTree, n: number): boolean {
  if (tree.upos[n] === "NOUN") return true;
  return tree.upos[n] === "ADJ" && tree.children[n].some((c) => tree.deprel[c] === "det");
}

/** A named entity the word is, a name apposed to it, or the place a place noun names ("the town of Varno"). */
function entityOf(view: SentenceView, tree: SentenceTree, node: number): Span | undefined {
  const own = view.spanAt[node] ?? entityAt(view, tree, node, false);
  if (own || !PLACE_NOUNS.has(tree.form[node])) return own;
  for (const c of tree.children[node])
    if (tree.deprel[c] === "nmod" && caseOf(tree, c) === "of" && view.spanAt[c]?.mention.type === "place")
      return view.spanAt[c];
  return undefined;
}

/** The noun with the adjectives and nouns right before it: "former law lecturer". */
function nounPhrase(view: SentenceView, tree: SentenceTree, n: number): string {
  let first = n;
  while (
    first > 0 &&
    tree.head[first - 1] === n &&
    (tree.deprel[first - 1] === "amod" || tree.deprel[first - 1] === "compound") &&
    !view.spanAt[first - 1]
  )
    first--;
  return view.words.slice(first, n + 1).join(" ");
}
