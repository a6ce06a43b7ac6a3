// The relate stage: resolved mentions -> events (with participants, time and
// place) and relations between entities, each with its evidence.
// Works sentence by sentence over bounded windows, so time grows linearly.
import { evidenceAt } from "../evidence";
import type { Doc, EventRecord, RelationRecord, Relations, Resolution } from "../types";
import { positionsBySentence, withPositionBody, withPreviousAgent } from "./carry";
import { datelineEnd } from "./clause";
import { articleDate } from "./dates";
import { draftOf, mergeDrafts, toRecords, type Draft, type EntityInfo } from "./events";
import type { AffiliationOf, Arg, Frame } from "./frame";
import { framesOf } from "./frames";
import { companyOffices, homeOffices } from "./home-country";
import { mentionRoles, sentenceRelations } from "./roles";
import { svoRelations } from "./svo";
import { mentionsBySentence, viewSentence, type SentenceView } from "./view";
import { preferTree, treeFrames } from "./tree/frames";
import { treeLinks } from "./tree/links";
import { nounLinks } from "./tree/noun-links";
import { seatLinks } from "./tree/seat-links";
import { sentenceTree, type SentenceTree } from "./tree/tree";
import { statementFrames } from "./tree/statements";

export function relate(doc: Doc, resolution: Resolution): Relations {
  const info = new Map<string, EntityInfo>(resolution.entities.map((e) => [e.key, { label: e.label, type: e.type }]));
  const bySentence = mentionsBySentence(resolution.mentions);
  const views = doc.sentences.map((s) => viewSentence(doc, s, bySentence.get(s.index) ?? []));
  // built once: the frames and the links below both read every sentence's tree (nothing changes one)
  const trees = views.map((view) => sentenceTree(doc, view.sentence));

  // Relations first: who holds which position tells whose country acts.
  const relations: RelationRecord[] = [...mentionRoles(doc, resolution.mentions)];
  for (const view of views) relations.push(...sentenceRelations(doc, view));
  relations.push(...homeOffices(doc, resolution.mentions, relations));
  relations.push(...companyOffices(doc, resolution.mentions, relations));
  const countryOf = affiliations(relations, info);

  const positions = positionsBySentence(relations);
  const drafts: Draft[] = [];
  let previous: Frame[] = [];
  for (const [v, view] of views.entries()) {
    const tree = trees[v];
    const aff = (e: string) => countryOf.get(e);
    const read = tree ? treeReading(view, tree, aff) : framesOf(view, aff);
    const dateline = datelineEnd(view);
    const frames = read.map((f) => withoutBasedModifiers(datelineNotAgent(f, dateline), view.words));
    for (const found of frames) {
      const frame = withPreviousAgent(
        withPositionBody(found, positions.get(view.sentence.start)),
        previous,
        view.words,
      );
      drafts.push(
        draftOf(frame, evidenceAt(doc, view.sentence.index, frame.start, frame.end), (e) =>
          info.get(e)?.type === "person" ? countryOf.get(e) : undefined,
        ),
      );
    }
    // quote fragments and empty lines do not break the chain to the sentence before
    if (frames.length || view.spans.length) previous = frames;
  }
  const events = statementsLast(toRecords(mergeDrafts(drafts), (k) => info.get(k), articleDate(doc.text)));
  const stated = views.flatMap((view, v) => {
    const tree = trees[v];
    return tree
      ? preferTreeLinks(svoRelations(doc, view), [
          ...treeLinks(doc, view, tree),
          ...nounLinks(doc, view, tree),
          ...seatLinks(doc, view, tree),
        ])
      : svoRelations(doc, view);
  });
  return { events, relations: [...withoutWeakerDuplicates(relations), ...notYetLinked(stated, relations, events)] };
}

/** What was done before what was said of it: statements after the other events, each group in text order. */
const statementsLast = (events: EventRecord[]): EventRecord[] => [
  ...events.filter((e) => e.kind !== "statement"),
  ...events.filter((e) => e.kind === "statement"),
];

/** The sentence's frames, the tree's preferred to the word order's, and its statements, in the order of their triggers. */
function treeReading(view: SentenceView, tree: SentenceTree, aff: AffiliationOf): Frame[] {
  const frames = preferTree(framesOf(view, aff), treeFrames(view, tree, aff));
  const statements = statementFrames(view, tree, frames, aff);
  return statements.length ? [...frames, ...statements].sort((a, b) => a.at - b.at) : frames;
}

/**
 * "OSLO, Norway — X beat Y": a reading that makes the dateline's places act beside the
 * sentence's own subject has run the two together; the dateline says where it happened.
 */
function datelineNotAgent(frame: Frame, end: number): Frame {
  if (!end) return frame;
  const inDateline = (a: Arg) => a.span.first < end;
  if (!frame.args.some((a) => a.role === "agent" && inDateline(a))) return frame;
  if (!frame.args.some((a) => a.role === "agent" && !inDateline(a))) return frame;
  return {
    ...frame,
    args: frame.args.map((a) => (a.role === "agent" && inDateline(a) ? { ...a, role: "location" as const } : a)),
  };
}

/**
 * "X, the Oslo-based group, urged Y": a place before "-based" says where a body sits; it takes
 * no part in what the body does (the link "based in" is read elsewhere).
 */
function withoutBasedModifiers(frame: Frame, words: readonly string[]): Frame {
  const modifier = (a: Arg) => words[a.span.last + 1] === "-" && words[a.span.last + 2]?.toLowerCase() === "based";
  return frame.args.some(modifier) ? { ...frame, args: frame.args.filter((a) => !modifier(a)) } : frame;
}

/**
 * A verb's link is redundant where the same sentence already links the pair, by a
 * position, a pattern or an event that has both as participants: the graph keeps one.
 */
function notYetLinked(
  stated: RelationRecord[],
  relations: readonly RelationRecord[],
  events: readonly EventRecord[],
): RelationRecord[] {
  const linked = new Set<string>();
  const pairKey = (a: string, b: string, sentence: number) => `${a < b ? a + "|" + b : b + "|" + a}@${sentence}`;
  for (const r of relations) for (const ev of r.evidence) linked.add(pairKey(r.source, r.target, ev.sentenceStart));
  for (const e of events) {
    for (const p of e.participants)
      for (const q of e.participants) {
        if (p.entity >= q.entity) continue;
        const sentences = new Set([...(p.evidence ?? e.evidence)].map((x) => x.sentenceStart));
        for (const x of q.evidence ?? e.evidence)
          if (sentences.has(x.sentenceStart)) linked.add(pairKey(p.entity, q.entity, x.sentenceStart));
      }
  }
  return stated.filter((r) => !linked.has(pairKey(r.source, r.target, r.evidence[0].sentenceStart)));
}

/** "affiliated with" says less than a position held between the same two entities: drop it then. */
function withoutWeakerDuplicates(relations: RelationRecord[]): RelationRecord[] {
  const positioned = new Set(relations.filter((r) => r.kind === "role").map((r) => `${r.source}|${r.target}`));
  return relations.filter((r) => r.label !== "affiliated with" || !positioned.has(`${r.source}|${r.target}`));
}

/** entity -> the country it serves, from position edges (first stated wins). */
function affiliations(
  relations: readonly RelationRecord[],
  info: ReadonlyMap<string, EntityInfo>,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of relations) {
    if (out.has(r.source) || info.get(r.target)?.type !== "country") continue;
    if (r.kind === "role" || r.label === "affiliated with") out.set(r.source, r.target);
  }
  return out;
}

/** The tree's links and the word-order ones for pairs the tree does not link (one per pair and label). */
function preferTreeLinks(byWordOrder: RelationRecord[], byTree: RelationRecord[]): RelationRecord[] {
  const pair = (r: RelationRecord) => `${r.source}|${r.target}`;
  const linked = new Set(byTree.map(pair));
  return [...byTree, ...byWordOrder.filter((r) => !linked.has(pair(r)))];
}
