// CoNLL-U, the Universal Dependencies exchange format: read into sentences of
// words (multi-word tokens and comments kept so a sentence writes back as it
// came), and write. Pure: strings in, strings out.

export interface Word {
  /** 1-based position in the sentence */
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  /** 0 for the root */
  head: number;
  deprel: string;
  deps: string;
  misc: string;
}

/** A multi-word token ("don't" = "do" + "n't") spanning words first..last. */
export interface MultiWord {
  first: number;
  last: number;
  form: string;
  misc: string;
}

export interface ConlluSentence {
  comments: string[];
  words: Word[];
  multiwords: MultiWord[];
}

export class ConlluError extends Error {}

/** Reads CoNLL-U text. Empty nodes (ids like 8.1) are enhanced-graph only and are dropped. */
export function readConllu(text: string): ConlluSentence[] {
  const out: ConlluSentence[] = [];
  let cur: ConlluSentence = { comments: [], words: [], multiwords: [] };
  // comments with no words after them (a blank line inside a document header) go to the next sentence
  const flush = () => {
    if (!cur.words.length) return;
    out.push(cur);
    cur = { comments: [], words: [], multiwords: [] };
  };
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    if (line === "" || /^\s+$/.test(line)) {
      flush();
      continue;
    }
    if (line.startsWith("#")) {
      cur.comments.push(line);
      continue;
    }
    const cols = line.split("\t");
    if (cols.length !== 10)
      throw new ConlluError(`line ${n + 1}: expected 10 tab-separated columns, found ${cols.length}`);
    const id = cols[0];
    if (/^\d+-\d+$/.test(id)) {
      const [a, b] = id.split("-").map(Number);
      cur.multiwords.push({ first: a, last: b, form: cols[1], misc: cols[9] });
      continue;
    }
    if (/^\d+\.\d+$/.test(id)) continue;
    if (!/^\d+$/.test(id)) throw new ConlluError(`line ${n + 1}: bad word id "${id}"`);
    const num = Number(id);
    if (num !== cur.words.length + 1) throw new ConlluError(`line ${n + 1}: word id ${num} out of sequence`);
    const head = cols[6] === "_" ? -1 : Number(cols[6]);
    if (cols[6] !== "_" && !/^\d+$/.test(cols[6])) throw new ConlluError(`line ${n + 1}: bad head "${cols[6]}"`);
    cur.words.push({
      id: num,
      form: cols[1],
      lemma: cols[2],
      upos: cols[3],
      xpos: cols[4],
      feats: cols[5],
      head,
      deprel: cols[7],
      deps: cols[8],
      misc: cols[9],
    });
  }
  flush();
  for (const s of out) {
    for (const w of s.words) {
      if (w.head > s.words.length)
        throw new ConlluError(`sentence "${sentenceId(s)}": head ${w.head} of word ${w.id} is past the sentence's end`);
    }
  }
  return out;
}

export function sentenceId(s: ConlluSentence): string {
  const c = s.comments.find((x) => x.startsWith("# sent_id"));
  return c
    ? c.replace(/^# sent_id\s*=\s*/, "")
    : s.words
        .map((w) => w.form)
        .join(" ")
        .slice(0, 40);
}

/** Writes sentences as CoNLL-U: comments, multi-word token lines before their first word, a blank line after each. */
export function writeConllu(sentences: readonly ConlluSentence[]): string {
  const lines: string[] = [];
  for (const s of sentences) {
    lines.push(...s.comments);
    const mwByFirst = new Map(s.multiwords.map((m) => [m.first, m]));
    for (const w of s.words) {
      const mw = mwByFirst.get(w.id);
      if (mw)
        lines.push(
          [`${mw.first}-${mw.last}`, clean(mw.form), "_", "_", "_", "_", "_", "_", "_", mw.misc || "_"].join("\t"),
        );
      lines.push(
        [
          String(w.id),
          clean(w.form),
          clean(w.lemma) || "_",
          w.upos || "_",
          w.xpos || "_",
          w.feats || "_",
          w.head < 0 ? "_" : String(w.head),
          w.deprel || "_",
          w.deps || "_",
          w.misc || "_",
        ].join("\t"),
      );
    }
    lines.push("");
  }
  return lines.join("\n") + (lines.length ? "\n" : "");
}

/** A field may not hold a tab or a line break; a space is allowed in FORM and LEMMA (UD v2). */
function clean(s: string): string {
  return s.replace(/[\t\n\r\u2028\u2029\u0085]/g, " ");
}

/** MISC as key=value pairs ("SpaceAfter=No|NER=B-person"), order kept. */
export function miscGet(misc: string, key: string): string | undefined {
  if (!misc || misc === "_") return undefined;
  for (const part of misc.split("|")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq) === key) return part.slice(eq + 1);
  }
  return undefined;
}

export function miscSet(misc: string, key: string, value: string | undefined): string {
  const parts = !misc || misc === "_" ? [] : misc.split("|").filter((p) => !p.startsWith(key + "="));
  if (value !== undefined) parts.push(`${key}=${value}`);
  return parts.length ? parts.join("|") : "_";
}
