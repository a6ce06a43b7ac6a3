// BILOU entity tags: Begin, Inside, Last of a multi-word name, Unit (one word), Outside.
// Decoding only ever follows the transitions that make well-formed spans.

export const ENTITY_LABELS = ["person", "organization", "place"] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

export const NER_CLASSES: string[] = [
  "O",
  ...ENTITY_LABELS.flatMap((t) => ["B", "I", "L", "U"].map((p) => `${p}-${t}`)),
];
export const O = 0;
const index = new Map(NER_CLASSES.map((c, i) => [c, i]));

export interface EntitySpan {
  /** word indices, end exclusive */
  start: number;
  end: number;
  type: EntityLabel;
}

export function classIndex(tag: string): number {
  const i = index.get(tag);
  if (i === undefined) throw new Error(`unknown entity tag ${tag}`);
  return i;
}

const prefixOf = (c: number) => (c === O ? "O" : NER_CLASSES[c][0]);
const typeOf = (c: number) => (c === O ? "" : NER_CLASSES[c].slice(2));

/** May class `b` follow class `a`? (a = -1: sentence start; b = -1: sentence end) */
export function allowed(a: number, b: number): boolean {
  return ALLOWED[(a + 1) * (NER_CLASSES.length + 1) + (b + 1)] === 1;
}

function allowedSlow(a: number, b: number): boolean {
  const open = a >= 0 && (prefixOf(a) === "B" || prefixOf(a) === "I");
  if (b < 0) return !open;
  const pb = prefixOf(b);
  if (open) return (pb === "I" || pb === "L") && typeOf(b) === typeOf(a);
  return pb === "O" || pb === "B" || pb === "U";
}

export function spansToClasses(n: number, spans: readonly EntitySpan[]): number[] {
  const out = new Array<number>(n).fill(O);
  for (const s of spans) {
    if (s.end - s.start === 1) out[s.start] = classIndex(`U-${s.type}`);
    else {
      out[s.start] = classIndex(`B-${s.type}`);
      for (let i = s.start + 1; i < s.end - 1; i++) out[i] = classIndex(`I-${s.type}`);
      out[s.end - 1] = classIndex(`L-${s.type}`);
    }
  }
  return out;
}

export function classesToSpans(classes: readonly number[]): EntitySpan[] {
  const out: EntitySpan[] = [];
  let start = -1;
  for (let i = 0; i < classes.length; i++) {
    const p = prefixOf(classes[i]);
    const t = typeOf(classes[i]) as EntityLabel;
    if (p === "U") out.push({ start: i, end: i + 1, type: t });
    else if (p === "B") start = i;
    else if (p === "L" && start >= 0) {
      out.push({ start, end: i + 1, type: t });
      start = -1;
    }
  }
  return out;
}

/** BIO tags as CoNLL-U MISC writes them: "B-person", "I-person", "O". */
export function spansToBio(n: number, spans: readonly EntitySpan[]): string[] {
  const out = new Array<string>(n).fill("O");
  for (const s of spans) for (let i = s.start; i < s.end; i++) out[i] = `${i === s.start ? "B" : "I"}-${s.type}`;
  return out;
}

/** allowed(a, b) for every pair, computed once: decoding asks it K² times a word. */
const ALLOWED = (() => {
  const K = NER_CLASSES.length;
  const m = new Uint8Array((K + 1) * (K + 1));
  for (let a = -1; a < K; a++) for (let b = -1; b < K; b++) m[(a + 1) * (K + 1) + (b + 1)] = allowedSlow(a, b) ? 1 : 0;
  return m;
})();
