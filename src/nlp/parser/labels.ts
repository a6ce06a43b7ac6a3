// Which relations a word can take, by the side its head is on and its UPOS, as
// seen in training ("L DET" → det, det:predet, ...): the label classifier
// scores only those, which is most of its speed. Unseen pairs allow every
// relation but root (the root arc is never a choice).

export type Candidates = Record<string, number[]>;

export const candidateKey = (headIsLeft: boolean, upos: string) => `${headIsLeft ? "R" : "L"} ${upos}`;

export function collectCandidates(arcs: Iterable<{ headIsLeft: boolean; upos: string; label: number }>): Candidates {
  const sets = new Map<string, Set<number>>();
  for (const a of arcs) {
    const k = candidateKey(a.headIsLeft, a.upos);
    let s = sets.get(k);
    if (!s) sets.set(k, (s = new Set()));
    s.add(a.label);
  }
  const out: Candidates = {};
  for (const k of [...sets.keys()].sort()) out[k] = [...sets.get(k)!].sort((a, b) => a - b);
  return out;
}

/** Candidate lists as typed arrays, with a fallback for pairs never seen. */
export class CandidateIndex {
  private byKey = new Map<string, Int32Array>();
  readonly all: Int32Array;

  constructor(candidates: Candidates, nLabels: number, rootId: number) {
    for (const [k, v] of Object.entries(candidates)) this.byKey.set(k, Int32Array.from(v));
    this.all = Int32Array.from({ length: nLabels }, (_, i) => i).filter((i) => i !== rootId);
  }

  get(headIsLeft: boolean, upos: string): Int32Array {
    return this.byKey.get(candidateKey(headIsLeft, upos)) ?? this.all;
  }
}

/** Index of the best-scoring candidate (ties go to the first listed). */
export function bestCandidate(scores: Float64Array, candidates: Int32Array): number {
  let best = candidates[0];
  for (let j = 1; j < candidates.length; j++) if (scores[candidates[j]] > scores[best]) best = candidates[j];
  return best;
}
