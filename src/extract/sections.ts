// A text longer than SECTION_CHARS (far beyond any news article: a corpus, a dump) is read in
// sections of at most that size, cut at a blank line where there is one. Each section goes
// through segment -> recognise -> analyse -> resolve -> relate on its own, and only what the
// graph keeps (entities with their evidence, events, relations; see Merged) outlives it: its
// tokens, trees, sentences and mentions are dropped before the next one is read, so memory is
// bounded by one section plus the graph, and every document-wide stage works on a bounded
// document, so time stays linear. Sections are merged by key: an entity or event named alike in two sections is
// one node. What is lost at a cut: a pronoun or a surname does not reach back into the section
// before. A text of one section takes exactly the whole-document path.
import type { NlpModels } from "../nlp/pipeline";
import { analyse } from "./analyse";
import { recognise } from "./recognise";
import { relate } from "./relate";
import { completeResolution, resolveEntities } from "./resolve";
import { segment } from "./segment";
import { slugify } from "./slug";
import { entityEvidence, type AssembledEntity, type MergedEntity } from "./assemble";
import { mergeEvidence } from "./evidence";
import type { Doc, EventRecord, Mention, RelationRecord, Relations } from "./types";

/** 1 Mi UTF-16 units; the longest news articles are under a tenth of it. */
export const SECTION_CHARS = 1 << 20;

export interface Extraction {
  /** for assemble: a one-section text's sentences and tokens; of a longer text, only its text */
  doc: Doc;
  /** a one-section text's entities and mentions; a longer text's entities as evidence, no mentions */
  resolution: { entities: AssembledEntity[]; mentions: Mention[] };
  relations: Relations;
}

/**
 * Offsets where sections start, then text.length: cuts after the last blank line in the second
 * half of each `size` window, else after its last line break, else after its last sentence end,
 * else after its last space, else at `size` (never between the halves of a surrogate pair).
 */
export function sectionCuts(text: string, size = SECTION_CHARS): number[] {
  const cuts = [0];
  let from = 0;
  while (text.length - from > size) {
    const lo = from + size / 2;
    const hi = from + size;
    let cut = text.lastIndexOf("\n\n", hi - 2) + 2;
    if (cut - 2 < lo) cut = text.lastIndexOf("\n", hi - 1) + 1;
    if (cut - 1 < lo) cut = lastSentenceEnd(text, lo, hi);
    if (cut < 0) cut = text.lastIndexOf(" ", hi - 1) + 1;
    if (cut - 1 < lo) cut = /[\uDC00-\uDFFF]/.test(text[hi]) ? hi - 1 : hi;
    cuts.push(cut);
    from = cut;
  }
  cuts.push(text.length);
  return cuts;
}

/** Just after the last ". X" (a terminal mark, a space, a capital) in [lo, hi), or -1. */
function lastSentenceEnd(text: string, lo: number, hi: number): number {
  const end = /[.!?]["'\u201d\u2019)]*\s+(?=\p{Lu})/gu;
  const window = text.slice(lo, hi);
  let cut = -1;
  for (let m = end.exec(window); m; m = end.exec(window)) cut = lo + m.index + m[0].length;
  return cut;
}

function extractSection(text: string, from: number, to: number, models: NlpModels): Extraction {
  const segmented = from === 0 && to === text.length ? segment(text) : sectionDoc(text, from, to);
  const mentions = recognise(segmented);
  // entities first, from the words: the sentences naming none need no tree
  const entities = resolveEntities(segmented, mentions);
  const doc = analyse(segmented, models, mentions);
  const resolution = completeResolution(doc, mentions, entities);
  const relations = relate(doc, resolution);
  return { doc, resolution, relations };
}

/** The section [from, to) segmented, its offsets (and `text`) those of the whole text. */
function sectionDoc(text: string, from: number, to: number): Doc {
  const doc = segment(text.slice(from, to));
  for (const t of doc.tokens) {
    t.start += from;
    t.end += from;
  }
  for (const s of doc.sentences) {
    s.start += from;
    s.end += from;
    s.text = text.slice(s.start, s.end); // not a view of the section's copy, which is let go
  }
  return { ...doc, text };
}

/** `size`: SECTION_CHARS, smaller in tests. */
export function extractSections(text: string, models: NlpModels, size = SECTION_CHARS): Extraction {
  const cuts = sectionCuts(text, size);
  if (cuts.length === 2) return extractSection(text, 0, text.length, models);
  const merged = new Merged();
  for (let i = 0; i + 1 < cuts.length; i++) merged.add(extractSection(text, cuts[i], cuts[i + 1], models));
  return { doc: { text, sentences: [], tokens: [] }, ...merged.result() };
}

/**
 * Sections' entities, events and relations, merged by key in text order. What a section leaves
 * here is what the graph keeps and no more: an entity's mentions become its evidence (merged, as
 * assemble merges it) and a count, and a relation's records one record per edge, so no Mention,
 * Sentence or Token of a section outlives it (they were most of the memory a long text kept:
 * about 280 bytes a mention, 170 a sentence). Merging per section then appending gives what
 * merging the whole text's list gives: sections are disjoint and in text order.
 */
class Merged {
  private entities = new Map<string, MergedEntity>();
  private events = new Map<string, EventRecord>();
  private eventCount = new Map<string, number>();
  private relations = new Map<string, RelationRecord>();

  add({ doc, resolution, relations }: Extraction): void {
    for (const e of resolution.entities) {
      const evidence = entityEvidence(doc, e);
      const count = "mentions" in e ? e.mentions.length : e.mentionCount;
      const known = this.entities.get(e.key);
      if (!known) {
        const { key, type, label, aliases, role } = e;
        this.entities.set(key, { key, type, label, aliases: [...aliases], role, evidence, mentionCount: count });
        continue;
      }
      for (const ev of evidence) known.evidence.push(ev);
      known.mentionCount += count;
      for (const a of e.aliases) if (!known.aliases.includes(a)) known.aliases.push(a);
      known.role ??= e.role;
    }
    for (const ev of relations.events) this.addEvent(ev);
    for (const r of relations.relations) {
      const key = `${r.source}->${r.target}:${r.label}`;
      const known = this.relations.get(key);
      if (known) for (const ev of mergeEvidence(r.evidence)) known.evidence.push(ev);
      else this.relations.set(key, { ...r, evidence: mergeEvidence(r.evidence) });
    }
  }

  /** The same event (label, participants and their roles) as one before joins it (its evidence, not its sources'); another of its label gets the next number. */
  private addEvent(ev: EventRecord): void {
    const base = `event:${slugify(ev.label)}`;
    const cast = castOf(ev);
    const count = this.eventCount.get(base) ?? 0;
    for (let n = 1; n <= count; n++) {
      const known = this.events.get(n === 1 ? base : `${base}-${n}`)!;
      if (castOf(known) !== cast) continue;
      for (const p of known.participants) {
        const q = ev.participants.find((q) => q.entity === p.entity && q.role === p.role)!;
        // as relate merges mentions of one event: who said one of them does not tell it again
        if (p.role !== "source") p.evidence = [...(p.evidence ?? known.evidence), ...(q.evidence ?? ev.evidence)];
      }
      for (const e of ev.evidence) known.evidence.push(e);
      return;
    }
    const key = count === 0 ? base : `${base}-${count + 1}`;
    this.eventCount.set(base, count + 1);
    this.events.set(key, { ...ev, key, evidence: [...ev.evidence] });
  }

  result(): Omit<Extraction, "doc"> {
    return {
      resolution: { entities: [...this.entities.values()], mentions: [] },
      relations: { events: [...this.events.values()], relations: [...this.relations.values()] },
    };
  }
}

const castOf = (ev: EventRecord) =>
  `${ev.kind}|${ev.participants
    .map((p) => `${p.entity}=${p.role}`)
    .sort()
    .join("|")}`;
