// Statements read from the tree: a speech verb whose subject names a speaker is an event of its
// own — the speaker says something of the entities its reported clause (or its object) names —
// where the clause it reports tells of no event that stands (one naming two entities with the
// speaker, or any promised act: then the speaker is that event's source, frames.ts). "The union
// said the company had broken its word" is the union's statement about the company; "The union
// said the two sides met" is the meeting.
import type { ParticipantRole } from "../../../schema/graph";
import type { AffiliationOf, Arg, Frame } from "../frame";
import { resolvePossessive } from "../frames";
import { phraseBodies } from "./frames";
import { SPEECH_SENSES } from "../triggers";
import type { SentenceView } from "../view";
import { MODALS } from "../../lexicon/vocabulary";
import { LEMMA_SETS } from "./argument-rules";
import { entityAt } from "./entities";
import { negated, pickSense } from "./senses";
import { caseOf, withConjuncts, type SentenceTree } from "./tree";

/** What a speech verb reports, by its relation to the verb. */
const REPORTED = new Set(["ccomp", "parataxis"]);
/** Who is spoken to or of, as the verb's own dependents ("told reporters", "warned the board"). */
const ADDRESSED = new Set(["obj", "iobj"]);
/** Prepositions that say where something happened. */
const LOCATIVE = new Set(["in", "at", "near", "around", "across", "outside", "inside", "throughout"]);
/** Prepositions of what a statement is about ("said of X", "spoke about X"). */
const ABOUT = new Set(["about", "of", "on"]);

/** Statement frames for the sentence's speech verbs (none when the kinds have no speech sense). */
export function statementFrames(
  view: SentenceView,
  tree: SentenceTree,
  frames: readonly Frame[],
  affiliationOf: AffiliationOf,
): Frame[] {
  const sense = SPEECH_SENSES[0];
  if (!sense) return [];
  const frameAt = new Map(frames.map((f) => [f.at, f]));
  const out: Frame[] = [];
  for (let i = 0; i < tree.n; i++) {
    if (tree.upos[i] !== "VERB" || !LEMMA_SETS.speech.has(tree.lemma[i]) || view.spanAt[i] || negated(tree, i))
      continue;
    const subject = tree.children[i].find((c) => tree.deprel[c] === "nsubj");
    if (subject === undefined) continue;
    // "X met Y, officials said": a trailing attribution reports the clause it hangs from
    const reported = [
      ...tree.children[i].filter((c) => REPORTED.has(tree.deprel[c])),
      ...(tree.deprel[i] === "parataxis" && tree.head[i] >= 0 ? [tree.head[i]] : []),
    ];
    const inside = (root: number) => subtree(tree, root, i);
    const clauses = reported.map(inside);
    const speaker = entityAt(view, tree, subject)?.entity;
    if (reported.some((root, k) => hidesStatement(view, tree, frameAt, clauses[k], root, speaker))) continue;

    const args: Arg[] = [];
    const roleOf = new Map<string, ParticipantRole>();
    const add = (node: number, role: ParticipantRole) => {
      for (const c of withConjuncts(tree, node)) {
        const span = entityAt(view, tree, c);
        if (!span || roleOf.has(span.entity)) continue;
        roleOf.set(span.entity, role);
        args.push(resolvePossessive(view, { entity: span.entity, role, span }, affiliationOf));
      }
    };
    add(subject, "agent");
    if (!args.length) continue;
    for (const c of tree.children[i]) {
      if (ADDRESSED.has(tree.deprel[c])) add(c, "target");
      else if (tree.deprel[c] === "obl" && ABOUT.has(caseOf(tree, c) ?? "")) add(c, "target");
    }
    // of whom it speaks: the names its reported clause holds, but where things happened ("in villages around X")
    for (const nodes of clauses)
      for (const n of nodes) if (view.spanAt[n] && !merePlace(view, tree, n)) add(n, "target");
    // "X, the union's president, said": the body the speaker's own phrase names speaks too, unnamed in the label
    for (const b of phraseBodies(view, tree, subject)) {
      const span = entityAt(view, tree, b);
      if (!span || roleOf.has(span.entity)) continue;
      roleOf.set(span.entity, "participant");
      args.push({ entity: span.entity, role: "participant", span, unnamed: true });
    }
    if (args.length < 2) continue;
    out.push({ sense, at: i, start: view.tokens[i].start, end: view.tokens[i].end, args });
  }
  return out;
}

/**
 * Whether a reported clause tells of an event, which then carries the speaker as its source: one
 * that stands, naming two entities with the speaker ("X said it would sue Y"), or any trigger of
 * a promised act ("X said she would appeal the ruling": told by its own event or not at all).
 * "X said it welcomed the ruling" names no one but X there: it is X's statement.
 */
function hidesStatement(
  view: SentenceView,
  tree: SentenceTree,
  frameAt: ReadonlyMap<number, Frame>,
  clause: readonly number[],
  root: number,
  speaker: string | undefined,
): boolean {
  const stands = (f: Frame | undefined) => {
    if (!f || new Set([...f.args.map((a) => a.entity), ...(speaker ? [speaker] : [])]).size < 2) return false;
    // what takes two named parties (a match) needs both without the speaker, as the events keep it (events.ts)
    const sides = (roles: readonly string[]) =>
      new Set(f.args.filter((a) => !roles.includes(a.role)).map((a) => a.entity)).size;
    return !(f.sense.twoParties && sides(["source", "location"]) < 2);
  };
  const promised = tree.children[root].some((c) => tree.deprel[c] === "aux" && MODALS.has(tree.lemma[c]));
  return clause.some((n) => stands(frameAt.get(n)) || (promised && !!pickSense(view, tree, n)));
}

/** The words under `root` (itself included), not entering `stop`'s own subtree. */
function subtree(tree: SentenceTree, root: number, stop: number): number[] {
  const out: number[] = [];
  const stack = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n === stop) continue;
    out.push(n);
    stack.push(...tree.children[n]);
  }
  return out.sort((a, b) => a - b);
}

/** A place named as where something happens ("in X", "near X"), not as who acts or is acted on. */
function merePlace(view: SentenceView, tree: SentenceTree, n: number): boolean {
  if (view.spanAt[n]?.mention.type !== "place") return false;
  let head = n;
  while (tree.deprel[head] === "flat" || tree.deprel[head] === "compound") head = tree.head[head];
  return head >= 0 && LOCATIVE.has(caseOf(tree, head) ?? "");
}
