// Feature templates, as data: Zhang & Nivre (2011)-style conjunctions of atoms
// over the stack, the buffer and the children built so far, read by the move
// classifier (SHIFT / LEFT / RIGHT) and by the label classifier (the relation of
// the arc just chosen). A template is a list of atoms "slot.attr"; the feature
// is the hash of the template's number and the atoms' values.
import { ATTRS, type EncodedSentence } from "./words";
import type { Config } from "./transition";
import { FeatureBuffer } from "../model/hash";

// word slots of a configuration (move templates) ...
const MOVE_SLOTS = [
  "s0",
  "s1",
  "s2",
  "b0",
  "b1",
  "b2",
  "s0l1",
  "s0l2",
  "s0r1",
  "s0r2",
  "s1l1",
  "s1l2",
  "s1r1",
  "s1r2",
  "b0l1",
  "b0l2",
] as const;
// ... and of an arc (label templates): head, dependent, their children, the word after the head
const ARC_SLOTS = ["h", "d", "hl1", "hr1", "dl1", "dl2", "dr1", "dr2", "hn", "dn"] as const;

// attributes of a slot beyond the word's own: its label, valency, label sets
const STATE_ATTRS = ["L", "vl", "vr", "sl", "sr"] as const;
const ALL_ATTRS = [...ATTRS, ...STATE_ATTRS];
// atoms of the configuration itself: bucketed distances
const GLOBAL_ATOMS = ["d01", "d10", "dhd"] as const;

const MOVE_TEMPLATES = `
s0.w s0.p s0.u s0.l s0.x s0.h s0.w+s0.p
b0.w b0.p b0.u b0.l b0.x b0.h b0.w+b0.p
b1.w b1.p b1.w+b1.p b1.u
b2.w b2.p b2.w+b2.p
s1.w s1.p s1.u s1.l s1.w+s1.p
s2.w s2.p
s0.w+s0.p+b0.w+b0.p s0.w+s0.p+b0.w s0.w+b0.w+b0.p s0.w+s0.p+b0.p s0.p+b0.w+b0.p s0.w+b0.w s0.p+b0.p s0.l+b0.l s0.u+b0.u
s1.w+s1.p+s0.w+s0.p s1.w+s1.p+s0.p s1.p+s0.w+s0.p s1.w+s0.w s1.p+s0.p s1.l+s0.l s1.u+s0.u s1.w+s0.p s1.p+s0.w
s1.p+b0.p s1.w+b0.w s1.p+b0.w s1.w+b0.p
b0.p+b1.p b0.w+b1.w b0.w+b1.p b0.p+b1.w
b0.p+b1.p+b2.p s0.p+b0.p+b1.p s1.p+s0.p+b0.p s2.p+s1.p+s0.p s1.u+s0.u+b0.u
s0.p+s0l1.p+b0.p s0.p+s0r1.p+b0.p s0.p+b0.p+b0l1.p s1.p+s0.p+s0l1.p s1.p+s1r1.p+s0.p s1.p+s0.p+s0r1.p s1.p+s1l1.p+s0.p
s0.w+d01 s0.p+d01 b0.w+d01 b0.p+d01 s0.w+b0.w+d01 s0.p+b0.p+d01 s1.p+s0.p+d10 s1.w+s0.w+d10 s1.p+s0.p+b0.p+d01
s0.w+s0.vr s0.p+s0.vr s0.w+s0.vl s0.p+s0.vl b0.w+b0.vl b0.p+b0.vl s1.p+s1.vr s1.p+s1.vl s1.w+s1.vr
s0l1.w s0l1.p s0l1.L s0r1.w s0r1.p s0r1.L b0l1.w b0l1.p b0l1.L s1r1.w s1r1.p s1r1.L s1l1.p s1l1.L
s0l2.w s0l2.p s0l2.L s0r2.w s0r2.p s0r2.L b0l2.w b0l2.p b0l2.L s1r2.p s1r2.L
s0.p+s0l1.L+s0l2.L s0.p+s0r1.L+s0r2.L b0.p+b0l1.L+b0l2.L s1.p+s1r1.L+s1r2.L s0.p+s0l1.L+s0r1.L
s0.w+s0.sr s0.p+s0.sr s0.w+s0.sl s0.p+s0.sl b0.w+b0.sl b0.p+b0.sl s1.p+s1.sr s1.p+s1.sl
s0.p+s0.sl+b0.p s1.p+s1.sr+s0.p s0.p+b0.p+b0.sl
s0.h+b0.h s1.h+s0.h b0.h+b1.h s0.h+b0.h+b0.p s1.h+s0.h+s0.p
s1.p+s0.p+b0.w s0.p+b0.w+b1.p
s1.l+s0l1.w s1.p+s0l1.w s1.p+s0.p+s0l1.w s2.p+s0l1.w s1.l+s0.l+s0l1.w b0.l+s0l1.w
s1.p+s0.p+s0l1.L
`;

const LABEL_TEMPLATES = `
h.w h.p h.u h.l d.w d.p d.u d.l d.x d.h h.w+h.p d.w+d.p
h.p+d.p h.l+d.l h.w+d.p h.p+d.w h.u+d.u h.p+d.p+dhd h.l+d.p h.p+d.l
dl1.w dl1.L dl1.p dr1.L dr1.w dr1.p dl2.L dr2.L d.p+dl1.w d.p+dl1.L d.p+dr1.L h.p+d.p+dl1.w h.p+d.p+dl1.L h.p+d.p+dr1.L
dl1.L+dl2.L dr1.L+dr2.L d.sl d.sr d.p+d.sl d.p+d.sr h.p+d.p+d.sl h.p+d.p+d.sr d.l+d.sl
d.vl+d.vr d.p+d.vl+d.vr
h.sl h.sr h.p+h.sl h.p+d.p+h.sl h.p+d.p+h.sr hl1.L hr1.L h.p+hl1.L h.p+d.p+hl1.L h.p+hr1.L hl1.w
hn.p hn.w h.p+hn.p h.p+d.p+hn.p dn.p d.p+dn.p dn.w
`;

interface Compiled {
  slots: readonly string[];
  /** templates as lists of atom ids; atom id = slot * ALL_ATTRS.length + attr, or after all slot atoms a global one */
  templates: Int32Array[];
  /** every template's atom ids end to end, template t's ending at ends[t]: one flat array for the hot loop */
  atoms: Int32Array;
  ends: Int32Array;
  /** the atoms some template reads, with each one's slot and attribute (or -1, global index) */
  atomsUsed: Int32Array;
  usedSlot: Int32Array;
  usedAttr: Int32Array;
  nAtoms: number;
}

function compile(slots: readonly string[], spec: string): Compiled {
  const A = ALL_ATTRS.length;
  const nSlotAtoms = slots.length * A;
  const atomId = (atom: string): number => {
    const g = (GLOBAL_ATOMS as readonly string[]).indexOf(atom);
    if (g >= 0) return nSlotAtoms + g;
    const [slot, attr] = atom.split(".");
    const si = slots.indexOf(slot);
    const ai = ALL_ATTRS.indexOf(attr as never);
    if (si < 0 || ai < 0) throw new Error(`unknown feature atom "${atom}"`);
    return si * A + ai;
  };
  const templates = spec
    .trim()
    .split(/\s+/)
    .map((t) => Int32Array.from(t.split("+").map(atomId)));
  const used = new Set<number>();
  for (const t of templates) for (const a of t) used.add(a);
  const atomsUsed = Int32Array.from([...used].sort((a, b) => a - b));
  let end = 0;
  return {
    slots,
    templates,
    atoms: Int32Array.from(templates.flatMap((t) => [...t])),
    ends: Int32Array.from(templates.map((t) => (end += t.length))),
    atomsUsed,
    usedSlot: atomsUsed.map((a) => (a < nSlotAtoms ? (a / A) | 0 : -1)),
    usedAttr: atomsUsed.map((a) => (a < nSlotAtoms ? a % A : a - nSlotAtoms)),
    nAtoms: nSlotAtoms + GLOBAL_ATOMS.length,
  };
}

const MOVE = compile(MOVE_SLOTS, MOVE_TEMPLATES);
const LABEL = compile(ARC_SLOTS, LABEL_TEMPLATES);
const MOVE_SEEDS = templateSeeds(MOVE.templates.length, 0);
// the label templates are salted by the side the head is on
const HEAD_RIGHT_SEEDS = templateSeeds(LABEL.templates.length, 2000);
const HEAD_LEFT_SEEDS = templateSeeds(LABEL.templates.length, 1000);

/** Changes whenever the templates do, so a model trained on others is refused. */
export const FEATURE_VERSION = `${hashString(MOVE_TEMPLATES)}-${hashString(LABEL_TEMPLATES)}`;

function hashString(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16);
}

function bucket(d: number): number {
  return d <= 4 ? d : d <= 6 ? 5 : d <= 9 ? 6 : d <= 14 ? 7 : 8;
}

function slotAtom(sent: EncodedSentence, c: Config, word: number, attr: number): number {
  if (word < 0) return 0;
  if (attr < ATTRS.length) return sent.attrs[attr][word];
  switch (attr - ATTRS.length) {
    case 0:
      return c.label[word] + 2; // unattached (-1) is 1, "no word" stays 0
    case 1:
      return c.nLeft[word] + 1;
    case 2:
      return c.nRight[word] + 1;
    case 3:
      return c.leftLabels[word] + 1;
    default:
      return c.rightLabels[word] + 1;
  }
}

const child = (arr: Int32Array, w: number) => (w < 0 ? -1 : arr[w]);

function fill(
  compiled: Compiled,
  sent: EncodedSentence,
  c: Config,
  where: Int32Array,
  globals: Int32Array,
  vals: Int32Array,
): void {
  const { atomsUsed, usedSlot, usedAttr } = compiled;
  for (let i = 0; i < atomsUsed.length; i++) {
    const slot = usedSlot[i];
    vals[atomsUsed[i]] = slot < 0 ? globals[usedAttr[i]] : slotAtom(sent, c, where[slot], usedAttr[i]);
  }
}

/** Each template's starting hash: its number (offset by the salt) mixed once, as emit begins. */
function templateSeeds(count: number, salt: number): Int32Array {
  const seeds = new Int32Array(count);
  for (let t = 0; t < count; t++) seeds[t] = Math.imul(t + 1 + salt, 0x9e3779b1) ^ 0x5bd1e995;
  return seeds;
}

/** One hash per template: its seed mixed with its atoms' values in order, then finished. */
function emit(compiled: Compiled, vals: Int32Array, seeds: Int32Array, out: FeatureBuffer): void {
  const { atoms, ends } = compiled;
  const T = ends.length;
  if (out.data.length < T) out.data = new Int32Array(T);
  const data = out.data;
  let a = 0;
  for (let t = 0; t < T; t++) {
    let h = seeds[t];
    for (const end = ends[t]; a < end; a++) h = mixStep(h, vals[atoms[a]]);
    data[t] = finish(h);
  }
  out.length = T;
}

function mixStep(h: number, v: number): number {
  let k = Math.imul(v, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0; // signed, as the feature buffers hold them
}

/** Reusable scratch space for one sentence's feature extraction. */
export class FeatureScratch {
  readonly moveSlots = new Int32Array(MOVE_SLOTS.length);
  readonly arcSlots = new Int32Array(ARC_SLOTS.length);
  readonly moveVals = new Int32Array(MOVE.nAtoms);
  readonly labelVals = new Int32Array(LABEL.nAtoms);
  /** the values of GLOBAL_ATOMS for the configuration at hand */
  readonly globals = new Int32Array(GLOBAL_ATOMS.length);
  readonly moveBuf = new FeatureBuffer();
  readonly labelBuf = new FeatureBuffer();
}

export function moveFeatures(sent: EncodedSentence, c: Config, x: FeatureScratch): FeatureBuffer {
  const s0 = c.s(0);
  const s1 = c.s(1);
  const b0 = c.b; // n = the root
  const w = x.moveSlots;
  w[0] = s0;
  w[1] = s1;
  w[2] = c.s(2);
  w[3] = b0;
  // the buffer's next words (the root, at n, counts as one)
  w[4] = b0 < sent.n ? b0 + 1 : -1;
  w[5] = b0 + 1 < sent.n ? b0 + 2 : -1;
  w[6] = child(c.l1, s0);
  w[7] = child(c.l2, s0);
  w[8] = child(c.r1, s0);
  w[9] = child(c.r2, s0);
  w[10] = child(c.l1, s1);
  w[11] = child(c.l2, s1);
  w[12] = child(c.r1, s1);
  w[13] = child(c.r2, s1);
  w[14] = child(c.l1, b0);
  w[15] = child(c.l2, b0);
  const d01 = s0 < 0 ? 0 : b0 === sent.n ? 9 : bucket(b0 - s0);
  const d10 = s0 < 0 || s1 < 0 ? 0 : bucket(s0 - s1);
  const g = x.globals;
  g[0] = d01 + 1;
  g[1] = d10 + 1;
  g[2] = 0;
  fill(MOVE, sent, c, w, g, x.moveVals);
  emit(MOVE, x.moveVals, MOVE_SEEDS, x.moveBuf);
  return x.moveBuf;
}

/** Features for labelling the arc head→dep about to be made (dir folded into every template). */
export function labelFeatures(
  sent: EncodedSentence,
  c: Config,
  head: number,
  dep: number,
  x: FeatureScratch,
): FeatureBuffer {
  const w = x.arcSlots;
  w[0] = head;
  w[1] = dep;
  w[2] = c.l1[head];
  w[3] = c.r1[head];
  w[4] = c.l1[dep];
  w[5] = c.l2[dep];
  w[6] = c.r1[dep];
  w[7] = c.r2[dep];
  w[8] = head + 1 < sent.n ? head + 1 : -1;
  w[9] = dep + 1 < sent.n ? dep + 1 : -1;
  const dist = head === sent.n ? 9 : bucket(Math.abs(head - dep));
  const g = x.globals;
  g[0] = 0;
  g[1] = 0;
  g[2] = dist + 1;
  fill(LABEL, sent, c, w, g, x.labelVals);
  emit(LABEL, x.labelVals, head < dep ? HEAD_LEFT_SEEDS : HEAD_RIGHT_SEEDS, x.labelBuf);
  return x.labelBuf;
}
