// Which entity a word of the tree stands for.
import type { SentenceView, Span } from "../view";
import { caseOf, type SentenceTree } from "./tree";
import { RELATIVE_PRONOUNS } from "../../lexicon/vocabulary";

/** Relations by which a modifier's name stands for the word it modifies ("the French delegation"). */
const NAME_PARTS = ["appos", "flat", "compound", "amod"];

/**
 * The entity a word stands for: its own mention, a name modifying it ("the French
 * delegation"), or (with `bodies`) the body it belongs to ("officials from the
 * ministry", "the city's police"); a stated link wants the word itself ("praised
 * the hospital's staff" praises no hospital).
 */
export function entityAt(view: SentenceView, tree: SentenceTree, node: number, bodies = true): Span | undefined {
  const own = view.spanAt[node];
  if (own) return own;
  const antecedent = relativeAntecedent(tree, node);
  if (antecedent >= 0) return entityAt(view, tree, antecedent, bodies);
  const reporter = reportingSubject(view, tree, node);
  if (reporter) return reporter;
  if (tree.upos[node] !== "NOUN" && tree.upos[node] !== "PROPN") return undefined;
  // "the Chilean sculptor X": the apposed name before the demonym
  for (const rel of NAME_PARTS)
    for (const c of tree.children[node]) if (tree.deprel[c] === rel && view.spanAt[c]) return view.spanAt[c];
  // "the opposition Green Dawn party": the name inside an apposed noun phrase
  for (const c of tree.children[node]) {
    if (tree.deprel[c] !== "appos" || (tree.upos[c] !== "NOUN" && tree.upos[c] !== "PROPN")) continue;
    for (const rel of NAME_PARTS)
      for (const d of tree.children[c]) if (tree.deprel[d] === rel && view.spanAt[d]) return view.spanAt[d];
  }
  return bodies ? bodyOf(view, tree, node) : undefined;
}

/**
 * Who speaks as a clause's subject: its own mention, the name apposed to it ("the union's
 * chairwoman, X, said") or a relative pronoun's noun ("the union, which said"); not a name
 * modifying it ("the X administration said" is no word of X's).
 */
export function speakerAt(view: SentenceView, tree: SentenceTree, node: number): Span | undefined {
  const antecedent = relativeAntecedent(tree, node);
  const at = antecedent >= 0 ? antecedent : node;
  if (view.spanAt[at]) return view.spanAt[at];
  // "Agriculture Minister Ana Lima said", read as one flat name headed by the title
  for (const c of tree.children[at])
    if ((tree.deprel[c] === "appos" || tree.deprel[c] === "flat") && view.spanAt[c]) return view.spanAt[c];
  return undefined;
}

/**
 * "X confirmed that it had sued Y", "X said they would appeal": a subject pronoun the
 * resolver left open, in a clause a speech verb reports, is that verb's subject (a body for
 * "it"/"they", a person for "he"/"she").
 */
function reportingSubject(view: SentenceView, tree: SentenceTree, node: number): Span | undefined {
  const wants = PRONOUN_TYPES[tree.form[node]];
  const clause = tree.head[node];
  if (!wants || tree.deprel[node] !== "nsubj" || clause < 0 || tree.deprel[clause] !== "ccomp") return undefined;
  const verb = tree.head[clause];
  if (verb < 0 || !REPORTING.has(tree.lemma[verb])) return undefined;
  for (const c of tree.children[verb]) {
    if (tree.deprel[c] !== "nsubj") continue;
    const speaker = speakerAt(view, tree, c);
    if (speaker && wants.includes(speaker.mention.type)) return speaker;
    // "the ministry's spokesman said it would appeal": a body speaking through its people
    const body = speaker ? undefined : bodyOf(view, tree, c);
    return body && wants.includes(body.mention.type) ? body : undefined;
  }
  return undefined;
}

/** The body a noun's own phrase names it part of: "the ministry's spokesman", "officials from the ministry". */
function bodyOf(view: SentenceView, tree: SentenceTree, node: number): Span | undefined {
  for (const c of tree.children[node]) {
    if (tree.deprel[c] !== "nmod:poss" && !(tree.deprel[c] === "nmod" && BODY_PREPS.has(caseOf(tree, c) ?? "")))
      continue;
    // "workers at the X plant": the name that stands for the place of work
    const body = view.spanAt[c] ?? entityAt(view, tree, c, false);
    if (body) return body;
  }
  return undefined;
}
const PRONOUN_TYPES: Record<string, readonly string[]> = {
  it: ["organization", "country"],
  they: ["organization", "country"],
  he: ["person"],
  she: ["person"],
};
const REPORTING = new Set("say announce confirm state tell add claim insist warn report disclose reveal".split(" "));

/** "the union, which said …", "the envoy, who met …": the noun a relative pronoun's clause modifies, or -1. */
export function relativeAntecedent(tree: SentenceTree, node: number): number {
  const verb = tree.head[node];
  return RELATIVE_PRONOUNS.has(tree.form[node]) && verb >= 0 && tree.deprel[verb] === "acl:relcl"
    ? tree.head[verb]
    : -1;
}

/** Prepositions linking people to the body they act for. */
const BODY_PREPS = new Set(["from", "of", "at"]);
