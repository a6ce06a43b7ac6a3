// Non-projective training trees made projective by lifting (Nivre & Nilsson
// 2005 without label encoding): the dependent of the shortest crossing arc is
// re-attached to its head's head until no arc crosses. Labels are kept, so a
// lifted word still learns its own relation; only its head moves.
//
// Heads here are 0-based word indices with `root` (= n) for the root.

/** True when the arc head→dep is projective: every word between them descends from head. */
function arcIsProjective(heads: readonly number[], dep: number, root: number): boolean {
  const head = heads[dep];
  const lo = Math.min(head, dep);
  const hi = Math.max(head, dep);
  for (let k = lo + 1; k < hi; k++) {
    let a = k;
    // climb from k; projective iff we meet `head` before leaving the span or hitting the root
    let steps = 0;
    while (a !== head && a !== root && steps++ <= heads.length) a = heads[a];
    if (a !== head) return false;
  }
  return true;
}

export function isProjective(heads: readonly number[]): boolean {
  const root = heads.length;
  for (let d = 0; d < heads.length; d++) if (!arcIsProjective(heads, d, root)) return false;
  return true;
}

/** A projective copy of the tree (0-based heads, root = n); the input is not changed. */
export function projectivize(heads: readonly number[]): number[] {
  const out = heads.slice();
  const root = out.length;
  for (;;) {
    let best = -1;
    let bestLen = Infinity;
    for (let d = 0; d < out.length; d++) {
      if (out[d] === root) continue;
      const len = Math.abs(out[d] - d);
      if (len < bestLen && !arcIsProjective(out, d, root)) {
        best = d;
        bestLen = len;
      }
    }
    if (best < 0) return out;
    out[best] = out[out[best]];
  }
}
