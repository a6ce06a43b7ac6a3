// Entity spans for training and measuring the recogniser, from the treebanks:
// GUM's named mentions (Entity= in MISC, CorefUD style) and Universal NER's
// IOB2 labels for EWT. A GUM mention counts as a name when its head word is a
// proper noun; the span is the run of name words around that head (as
// ../shared/corpus/gum-news was built), with leading titles and "the" left out,
// since the recogniser finds names and the extractor reads titles beside them.
import { readFileSync } from "node:fs";
import type { ConlluSentence } from "../../src/nlp/conllu";
import type { EntityLabel, EntitySpan } from "../../src/nlp/ner/tags";
import { HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS } from "../../src/extract/lexicon/titles";

const TYPES: Record<string, EntityLabel> = { person: "person", organization: "organization", place: "place" };
const CONNECTORS = new Set([
  "of",
  "the",
  "and",
  "&",
  "for",
  "de",
  "la",
  "le",
  "du",
  "von",
  "van",
  "del",
  "der",
  "al",
  "on",
]);

interface Mention {
  start: number;
  end: number;
  type: string;
}

/** Every entity mention of a sentence (word indices, end exclusive), nested ones included. */
export function gumMentions(s: ConlluSentence, open: Map<string, { start: number; type: string }>): Mention[] {
  const out: Mention[] = [];
  s.words.forEach((w, i) => {
    const ent = /(?:^|\|)Entity=([^|]*)/.exec(w.misc)?.[1];
    if (!ent) return;
    const re = /\((\d+)-([a-z]+)[^()]*?(\))?(?=\(|$|\d+\))|(\d+)\)/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(ent))) {
      if (m[1]) {
        if (m[3]) out.push({ start: i, end: i + 1, type: m[2] });
        else open.set(m[1], { start: i, type: m[2] });
      } else if (m[4]) {
        const o = open.get(m[4]);
        if (o) {
          out.push({ start: o.start, end: i + 1, type: o.type });
          open.delete(m[4]);
        }
      }
    }
  });
  return out;
}

const isTitleWord = (lower: string) => HONORIFICS.has(lower) || TITLE_HEADS.has(lower) || TITLE_MODIFIERS.has(lower);

/**
 * The name span inside a mention, or undefined when the mention is not a name.
 * Words of other mentions nested in a person's ("U.S." in "U.S. President Oren
 * Maddox") are not part of the name; in other names they are ("Mexico City").
 */
export function nameSpan(s: ConlluSentence, m: Mention, all: readonly Mention[] = []): EntitySpan | undefined {
  const type = TYPES[m.type];
  if (!type) return undefined;
  const words = s.words;
  const within = (i: number) => i >= m.start && i < m.end;
  let head = -1;
  for (let i = m.start; i < m.end; i++)
    if (!within(words[i].head - 1)) {
      head = i;
      break;
    }
  if (head < 0 || words[head].upos !== "PROPN") return undefined;
  const nested =
    type !== "person"
      ? []
      : all.filter(
          (o) =>
            o !== m &&
            o.start >= m.start &&
            o.end <= m.end &&
            (o.start > head || o.end <= head) &&
            o.end - o.start < m.end - m.start,
        );
  const inside = (i: number) => within(i) && !nested.some((o) => i >= o.start && i < o.end);
  const nameWord = (i: number) =>
    inside(i) &&
    (words[i].upos === "PROPN" ||
      (/^[\p{Lu}\d]/u.test(words[i].form) && ["ADJ", "NOUN", "NUM", "X"].includes(words[i].upos)));
  let a = head;
  let b = head + 1;
  for (;;) {
    if (nameWord(a - 1)) a--;
    else if (
      type !== "person" &&
      inside(a - 2) &&
      CONNECTORS.has(words[a - 1].form.toLowerCase()) &&
      words[a - 1].form !== "The" &&
      nameWord(a - 2)
    )
      a -= 2;
    else break;
  }
  for (;;) {
    if (nameWord(b)) b++;
    else if (type !== "person" && CONNECTORS.has(words[b]?.form.toLowerCase() ?? "") && nameWord(b + 1)) b += 2;
    else if (words[b]?.upos === "PART" && /^['’]s$/.test(words[b].form)) break;
    else break;
  }
  if (type === "person") while (a < head && isTitleWord(words[a].form.toLowerCase())) a++;
  while (a < b && /^the$/i.test(words[a].form)) a++;
  if (a >= b) return undefined;
  return { start: a, end: b, type };
}

/** GUM documents as recogniser examples: the outermost name spans of each sentence. */
export function gumExamples(sentences: readonly ConlluSentence[], document: string) {
  const open = new Map<string, { start: number; type: string }>();
  return sentences.map((s) => {
    const mentions = gumMentions(s, open);
    const spans = mentions.map((m) => nameSpan(s, m, mentions)).filter((x): x is EntitySpan => !!x);
    return { sentence: s, spans: outermost(spans), document };
  });
}

function outermost(spans: EntitySpan[]): EntitySpan[] {
  const sorted = [...spans].sort((x, y) => x.start - y.start || y.end - x.end);
  const out: EntitySpan[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) continue;
    out.push(s);
  }
  return out;
}

/** Universal NER's IOB2 file: sent_id -> spans (PER person, ORG organization, LOC place). */
export function readUner(path: string): Map<string, EntitySpan[]> {
  const out = new Map<string, EntitySpan[]>();
  let id = "";
  let tags: string[] = [];
  const flush = () => {
    if (id) out.set(id, iobSpans(tags));
    tags = [];
  };
  for (const line of readFileSync(path, "utf8").split(/\r?\n/)) {
    if (line.startsWith("# sent_id")) {
      flush();
      id = line.replace(/^# sent_id\s*=\s*/, "").trim();
    } else if (line && !line.startsWith("#")) tags.push(line.split("\t")[2] ?? "O");
  }
  flush();
  return out;
}

const UNER_TYPES: Record<string, EntityLabel> = { PER: "person", ORG: "organization", LOC: "place" };

function iobSpans(tags: string[]): EntitySpan[] {
  const out: EntitySpan[] = [];
  let cur: EntitySpan | undefined;
  tags.forEach((t, i) => {
    const [p, ty] = t.split("-");
    const type = UNER_TYPES[ty];
    if (p === "I" && cur && cur.type === type) cur.end = i + 1;
    else {
      if (cur) out.push(cur);
      cur = (p === "B" || p === "I") && type ? { start: i, end: i + 1, type } : undefined;
    }
  });
  if (cur) out.push(cur);
  return out;
}
