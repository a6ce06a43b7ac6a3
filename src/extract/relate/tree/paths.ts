// A small matcher over dependency paths, in the spirit of Semgrex and spaCy's
// DependencyMatcher: ">nsubj" goes to a child by that relation, "<xcomp" to the
// head when the word hangs from it by that relation; steps are joined by spaces
// ("<xcomp >nsubj": the subject of the verb this one is the complement of).
import type { SentenceTree } from "./tree";

export interface Step {
  down: boolean;
  /** relation, exact ("obl:agent") */
  rel: string;
}

export type Path = readonly Step[];

export function compilePath(spec: string): Path {
  return spec
    .trim()
    .split(/\s+/)
    .map((s) => {
      if (!/^[<>][a-z:]+$/.test(s)) throw new Error(`bad dependency path step "${s}" in "${spec}"`);
      return { down: s[0] === ">", rel: s.slice(1) };
    });
}

/** Every word the path reaches from `from`, in tree order, without repeats. */
export function follow(tree: SentenceTree, from: number, path: Path): number[] {
  let at = [from];
  for (const step of path) {
    const next: number[] = [];
    for (const i of at) {
      if (step.down) {
        for (const c of tree.children[i]) if (tree.deprel[c] === step.rel && !next.includes(c)) next.push(c);
      } else if (tree.head[i] >= 0 && tree.deprel[i] === step.rel && !next.includes(tree.head[i])) {
        next.push(tree.head[i]);
      }
    }
    if (!next.length) return [];
    at = next;
  }
  return at;
}
