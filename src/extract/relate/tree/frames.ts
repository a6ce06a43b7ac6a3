// Event frames read from the dependency tree: every word whose form is a
// trigger of the lexicon and whose part of speech fits takes its participants
// by the argument rules (argument-rules.ts), its sources from attribution
// ("X said ...", "according to X") and its time from what hangs from it.
import type { ParticipantRole } from "../../../schema/graph";
import { splitTitle } from "../../recognise/titles";
import { BODY_PREPOSITIONS } from "../../lexicon/vocabulary";
import type { AffiliationOf, Arg, Frame } from "../frame";
import { resolvePossessive, withSentenceContext } from "../frames";
import { timeExpressions, timeTokens, type TimeExpr } from "../time";
import { KINDS } from "../kinds/index";
import { TRIGGERS, type TriggerSense } from "../triggers";
import type { SentenceView } from "../view";
import { COMPILED_RULES, LEMMA_SETS, type CompiledRule } from "./argument-rules";
import { follow } from "./paths";
import { entityAt, speakerAt } from "./entities";
import { predicateOf } from "./predicate";
import { deniedComplement, eventObject, hasParticle, negated, pickSense, triggerPos } from "./senses";
import { caseOf, hasChild, withConjuncts, type SentenceTree } from "./tree";

/** Dependents a trailing "X said" never has: it reports the clause it hangs from, not one of its own. */
const ATTRIBUTION_BREAKERS = new Set(["mark", "ccomp", "obj", "iobj", "xcomp"]);

/** Clause links an attribution climbs through to its speech verb. */
const CLAUSE_LINKS = new Set(["conj", "xcomp", "ccomp", "advcl", "parataxis"]);

/** The frames the tree reads, and the triggers it reads as not happening ("did not meet"). */
export interface TreeReading {
  frames: Frame[];
  denied: Set<number>;
  /** triggers that hand their event to another word ("held talks", "agreed to buy"): no event of their own */
  handedOver: Set<number>;
  /** by trigger: the name a lone actor's phrase holds (nearestInPhrase), added where the tree's frame is taken */
  phraseNames: Map<number, Arg[]>;
}

export function treeFrames(view: SentenceView, tree: SentenceTree, affiliationOf: AffiliationOf): TreeReading {
  const denied = new Set<number>();
  const handedOver = new Set<number>();
  const phraseNames = new Map<number, Arg[]>();
  const times = timeExpressions(view);
  const timeAt = new Map<number, TimeExpr>();
  for (const t of times) for (let i = t.first; i <= t.last; i++) timeAt.set(i, t);
  const frames: Frame[] = [];
  for (let i = 0; i < tree.n; i++) {
    if (view.spanAt[i] || timeAt.has(i)) continue;
    const pick = pickSense(view, tree, i);
    if (!pick) {
      // "was sent off", "gave up": a particle no sense takes makes another verb, not the trigger
      if (TRIGGERS.has(view.words[i]) && triggerPos(tree, i) === "verb" && hasParticle(tree, i)) denied.add(i);
      continue;
    }
    const { sense, particleAt, contentAt } = pick;
    // "a breach notification": a noun modifying a noun is no event
    if (sense.pos === "noun" && tree.deprel[i] === "compound") continue;
    // "did not meet", "refused to meet", "ruled out offering": told as not happening
    if (sense.pos === "verb" && (negated(tree, i) || deniedComplement(view, tree, i))) {
      denied.add(i);
      continue;
    }
    // "X announced a partnership with Y": the event noun is the event; "X agreed to buy Y": the purchase is
    if (
      sense.pos === "verb" &&
      ((LEMMA_SETS.light.has(tree.lemma[i]) && eventObject(view, tree, i)) ||
        (sense.yieldsToComplement &&
          tree.children[i].some((c) => tree.deprel[c] === "xcomp" && pickSense(view, tree, c)?.sense.pos === "verb")))
    ) {
      handedOver.add(i);
      continue;
    }
    const args: Arg[] = [];
    const roleOf = new Map<string, ParticipantRole>();
    const actorNodes: number[] = [];
    const add = (node: number, role: ParticipantRole, unnamed = false) => {
      for (const c of withConjuncts(tree, node)) {
        const span = entityAt(view, tree, c);
        if (!span || roleOf.has(span.entity)) continue;
        if (role === "agent" || role === "target") actorNodes.push(c);
        roleOf.set(span.entity, role);
        args.push(
          resolvePossessive(view, { entity: span.entity, role, span, ...(unnamed ? { unnamed } : {}) }, affiliationOf),
        );
      }
    };
    for (const rule of COMPILED_RULES) {
      if (!applies(rule, tree, i, sense, [...roleOf.values()])) continue;
      for (const node of follow(tree, i, rule.steps)) {
        if (node === particleAt) continue;
        if (rule.via && !LEMMA_SETS[rule.via].has(tree.lemma[viaNode(tree, i, rule)])) continue;
        const role = rule.role === "preposition" ? prepositionRole(tree, node, sense) : rule.role;
        if (role) add(node, role);
      }
    }
    // "called for sanctions", "demanded that X leave": what is asked for is the target
    if (particleAt >= 0) add(particleAt, "target");
    for (const c of contentAt)
      for (const a of tree.children[c]) if (/^(nsubj|obj|nsubj:pass)$/.test(tree.deprel[a])) add(a, "target");
    for (const s of sources(view, tree, i)) add(s, "source");
    // "the head of X, Y, stepped down", "Y, a director at X, was arrested": a lone actor brings the body its own phrase names
    if (args.filter((a) => a.role !== "source").length === 1)
      for (const a of actorNodes)
        for (const b of [...phraseBodies(view, tree, a), titledPartner(view, a)])
          if (b >= 0) add(b, "participant", true);
    // "X was elected in 2016 for the Y party": still alone, it may take the nearest name its own
    // phrase holds, where the word-order reading has no more to offer (preferTree)
    const readArgs = args.length;
    if (args.filter((a) => a.role !== "source").length === 1) {
      const b = nearestInPhrase(view, tree, i, roleOf);
      if (b >= 0) add(b, "participant");
    }
    if (args.length > readArgs) phraseNames.set(i, args.splice(readArgs));
    const date = timeOf(tree, i, timeAt);
    const topic = topicOf(view, tree, i, sense);
    const phrase = sense.pos === "verb" ? predicateOf(view, tree, i, sense, timeAt) : undefined;
    frames.push({
      sense,
      at: i,
      start: view.tokens[i].start,
      end: view.tokens[particleAt >= 0 && particleAt === i + 1 ? i + 1 : i].end,
      args,
      ...(date ? { date } : {}),
      ...(topic ? { topic } : {}),
      ...(phrase ? { phrase } : {}),
    });
  }
  for (const f of frames) if (KINDS[f.sense.kind].sentencePlace) withSentencePlace(view, f);
  return { frames: withSentenceContext(view, frames, times, timeTokens(times)), denied, handedOver, phraseNames };
}

/** Relations a trigger's own phrase is searched through (obliques and noun modifiers, not clauses or objects). */
const PHRASE_RELS = new Set(["obl", "nmod"]);
/** How deep below the trigger the search goes ("the decision of the board of the X group"). */
const PHRASE_DEPTH = 3;

/**
 * The nearest name below a trigger through obliques and noun modifiers, breadth first, not
 * into another trigger's phrase nor past a name already read: -1 when there is none.
 */
function nearestInPhrase(
  view: SentenceView,
  tree: SentenceTree,
  i: number,
  roleOf: ReadonlyMap<string, ParticipantRole>,
): number {
  let level = [i];
  for (let depth = 0; depth < PHRASE_DEPTH && level.length; depth++) {
    const next: number[] = [];
    for (const n of level)
      for (const c of tree.children[n]) {
        if (!PHRASE_RELS.has(tree.deprel[c])) continue;
        const sp = view.spanAt[c];
        if (sp && sp.mention.kind === "name" && !roleOf.has(sp.entity)) return c;
        if (sp) continue;
        if (pickSense(view, tree, c)) continue;
        next.push(c);
      }
    level = next;
  }
  return -1;
}

/** Entities named inside an actor's own phrase: "X of Y", "X, the head of Y", "X, Y's general secretary", "the head of Y, X". */
export function phraseBodies(view: SentenceView, tree: SentenceTree, node: number): number[] {
  const out: number[] = [];
  const bodiesOf = (n: number, possessor: boolean) => {
    for (const c of tree.children[n])
      if (
        (tree.deprel[c] === "nmod" && BODY_PREPOSITIONS.has(caseOf(tree, c) ?? "")) ||
        (possessor && tree.deprel[c] === "nmod:poss" && isBody(view, tree, c))
      )
        out.push(c);
  };
  bodiesOf(node, false);
  // "X, the union's general secretary,": the possessor of an apposed description is a body X acts for
  for (const c of tree.children[node]) if (tree.deprel[c] === "appos") bodiesOf(c, true);
  // "the head of Y, X": the name is apposed to the title that heads the phrase
  if (tree.deprel[node] === "appos" && tree.head[node] >= 0) bodiesOf(tree.head[node], false);
  return out;
}

/**
 * "Y Chief Executive X": the body before a title and the person after it are one phrase, read
 * by the words (the parser often heads such a run with the body): from either, the other.
 */
function titledPartner(view: SentenceView, node: number): number {
  const span = view.spanAt[node];
  const type = span?.mention.type;
  if (!span || (type !== "person" && type !== "organization")) return -1;
  const [from, to, wanted] =
    type === "person" ? [span.first - 1, -1, "organization"] : [span.last + 1, view.words.length, "person"];
  const step = from < to ? 1 : -1;
  let k = from;
  while (k !== to && !view.spanAt[k]) k += step;
  if (k === to || view.spanAt[k]!.mention.type !== wanted) return -1;
  // the words between are a title, all of them (recognise's own reading of titles)
  const between = step > 0 ? view.tokens.slice(from, k) : view.tokens.slice(k + 1, from + 1);
  const title = between.length ? splitTitle(between) : undefined;
  return title && !title.country && title.nameStart === between.length ? k : -1;
}

/** An organization or a country (as the resolver reads the word or the description it heads). */
function isBody(view: SentenceView, tree: SentenceTree, node: number): boolean {
  const type = entityAt(view, tree, node, false)?.mention.type;
  return type === "organization" || type === "country";
}

/** A frame of a kind that happens somewhere takes the sentence's first named place when it names none. */
function withSentencePlace(view: SentenceView, f: Frame): void {
  if (f.args.some((a) => a.role === "location")) return;
  const place = view.spans.find(
    (sp) =>
      sp.mention.kind === "name" &&
      (sp.mention.type === "place" || sp.mention.type === "country") &&
      !f.args.some((a) => a.entity === sp.entity),
  );
  if (place) f.args.push({ entity: place.entity, role: "location", span: place });
}

function applies(
  rule: CompiledRule,
  tree: SentenceTree,
  i: number,
  sense: TriggerSense,
  roles: ParticipantRole[],
): boolean {
  if (rule.on !== sense.pos) return false;
  if (rule.missing && roles.includes(rule.missing)) return false;
  if (rule.ifChild && !hasChild(tree, i, rule.ifChild)) return false;
  if (rule.unlessChild && hasChild(tree, i, rule.unlessChild)) return false;
  if (rule.xpos && tree.xpos[i] !== rule.xpos) return false;
  if (rule.needsObject && sense.objectless) return false;
  if (rule.subjectAgent && !sense.subjectAgent) return false;
  if (rule.notAfterNoun && i > 0 && (tree.upos[i - 1] === "NOUN" || tree.upos[i - 1] === "PROPN")) return false;
  return true;
}

/** The first word a rule's path reaches (the one `via` speaks of). */
function viaNode(tree: SentenceTree, i: number, rule: CompiledRule): number {
  return follow(tree, i, rule.steps.slice(0, 1))[0] ?? i;
}

function prepositionRole(tree: SentenceTree, node: number, sense: TriggerSense): ParticipantRole | undefined {
  const prep = caseOf(tree, node);
  return prep ? sense.preps[prep] : undefined;
}

/**
 * Who the trigger's clause is attributed to: the subject of the speech verb that
 * reports it ("X said (that) the two sides met"), and "according to X" in a clause
 * it belongs to ("the two sides met, according to X"; not "a group investigating
 * Y, according to X", where X tells of the main clause only).
 */
function sources(view: SentenceView, tree: SentenceTree, i: number): number[] {
  const out: number[] = [];
  let at = i;
  // "according to" speaks for its own clause and the clauses coordinated with or controlled by it
  let ownClause = true;
  for (let step = 0; step < 8; step++) {
    if (ownClause)
      for (const c of tree.children[at]) {
        if (tree.deprel[c] !== "obl" || caseOf(tree, c) !== "according to") continue;
        // "according to a report by X": the report's author
        const author = entityAt(view, tree, c)
          ? c
          : tree.children[c].find((d) => tree.deprel[d] === "nmod" && view.spanAt[d]);
        if (author !== undefined) out.push(author);
      }
    // "the two sides met on Monday, officials said": the speech verb hangs from the clause it reports
    if (ownClause && at !== i)
      for (const c of tree.children[at]) {
        if (
          (tree.deprel[c] !== "parataxis" && tree.deprel[c] !== "advcl") ||
          c < at ||
          !LEMMA_SETS.speech.has(tree.lemma[c])
        )
          continue;
        // an attribution says nothing of its own: not "…, while X told reporters that …"
        if (tree.children[c].some((d) => ATTRIBUTION_BREAKERS.has(tree.deprel[d]))) continue;
        for (const d of tree.children[c]) if (tree.deprel[d] === "nsubj" && speakerAt(view, tree, d)) out.push(d);
      }
    const rel = tree.deprel[at];
    const up = tree.head[at];
    if (up < 0) break;
    if ((rel === "ccomp" || rel === "parataxis") && LEMMA_SETS.speech.has(tree.lemma[up])) {
      for (const c of tree.children[up]) if (tree.deprel[c] === "nsubj" && speakerAt(view, tree, c)) out.push(c);
      break;
    }
    // a noun trigger climbs from its own phrase to its clause once
    if (!CLAUSE_LINKS.has(rel) && !(at === i && tree.upos[i] === "NOUN")) break;
    if (rel !== "conj" && rel !== "xcomp" && at !== i) ownClause = false;
    if (rel === "advcl" || rel === "ccomp" || rel === "parataxis") ownClause = false;
    at = up;
  }
  return out;
}

/** A time expression attached to the trigger (or to the light verb whose object it is). */
function timeOf(tree: SentenceTree, i: number, timeAt: ReadonlyMap<number, TimeExpr>): string | undefined {
  const anchors = [i];
  if (tree.head[i] >= 0 && (tree.deprel[i] === "obj" || tree.deprel[i] === "nsubj")) anchors.push(tree.head[i]);
  for (const a of anchors) for (const c of tree.children[a]) if (timeAt.has(c)) return timeAt.get(c)!.text;
  // "met in Vienna on Monday": a time the parser hung from the trigger's oblique
  for (const a of anchors)
    for (const c of tree.children[a])
      if (/^(obl|nmod|obj)/.test(tree.deprel[c]))
        for (const d of tree.children[c]) if (timeAt.has(d)) return timeAt.get(d)!.text;
  return undefined;
}

/** The words naming what a demand, suspension, appeal or agreement is about: its object without entities. */
function topicOf(view: SentenceView, tree: SentenceTree, i: number, sense: TriggerSense): string | undefined {
  if (!KINDS[sense.kind].topic) return undefined;
  const object = tree.children[i].find(
    (c) => tree.deprel[c] === (sense.pos === "verb" ? "obj" : "nmod") && !view.spanAt[c] && tree.upos[c] === "NOUN",
  );
  if (object === undefined) return undefined;
  const words = [
    ...tree.children[object].filter(
      (c) => (tree.deprel[c] === "amod" || tree.deprel[c] === "compound") && c < object && !view.spanAt[c],
    ),
    object,
  ].sort((a, b) => a - b);
  return words.map((w) => view.tokens[w].text).join(" ");
}

/**
 * The tree's reading of a trigger replaces the word-order reading where it finds
 * at least as many participants; triggers only the tree reads join when they
 * relate an actor to another entity; what the tree reads as not happening goes. (The word-order frames go as the tree's rules cover them.)
 */
/** Someone doing it and someone or somewhere it is done to: a trigger the tree alone reads must show both. */
const relatesTwo = (f: Frame) =>
  f.args.some((a) => a.role === "agent" || a.role === "participant") &&
  f.args.filter((a) => a.role !== "source").length >= 2;

export function preferTree(byWordOrder: readonly Frame[], reading: TreeReading): Frame[] {
  const byTree = reading.frames;
  const treeAt = new Map(byTree.map((f) => [f.at, f]));
  const out: Frame[] = [];
  for (const f of byWordOrder) {
    if (reading.denied.has(f.at) || reading.handedOver.has(f.at)) continue;
    const t = treeAt.get(f.at);
    out.push(t && t.args.length >= f.args.length ? withPhraseNames(t, reading) : f);
  }
  const read = new Set(byWordOrder.map((f) => f.at));
  for (const t of byTree) {
    const named = withPhraseNames(t, reading);
    if (!read.has(t.at) && relatesTwo(named)) out.push(named);
  }
  return out.sort((a, b) => a.at - b.at);
}

function withPhraseNames(f: Frame, reading: TreeReading): Frame {
  const extra = reading.phraseNames.get(f.at)?.filter((a) => !f.args.some((b) => b.entity === a.entity));
  return extra?.length ? { ...f, args: [...f.args, ...extra] } : f;
}
