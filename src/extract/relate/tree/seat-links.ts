// Where a body sits, read from the tree: a seat verb's place phrase and the body the
// verb tells of, whether it is the verb's subject ("Nordvik is based in Bergen"), the
// noun a relative clause or a participle hangs from ("Nordvik, which is headquartered
// in Bergen,", "Nordvik, registered in Malta,") or a description that stands for it
// ("The company is based in Bergen"). Labelled by the verb as written: "based in".
import type { Doc, RelationRecord } from "../../types";
import type { SentenceView, Span } from "../view";
import { entityAt } from "./entities";
import { addLinks } from "./links";
import { caseOf, withConjuncts, type SentenceTree } from "./tree";

/** Verbs that say where a body has its seat, by lemma and by the participle the tagger may leave unlemmatised. */
const SEAT_VERBS = new Set([
  "base",
  "based",
  "headquarter",
  "headquartered",
  "locate",
  "located",
  "register",
  "registered",
  "incorporate",
  "incorporated",
]);
const SEAT_PREPS = new Set(["in", "at"]);
/** Relations by which a participle or relative clause hangs from the noun it tells of. */
const CLAUSE_OF_NOUN = new Set(["acl", "acl:relcl"]);
const SUBJECTS = new Set(["nsubj", "nsubj:pass"]);

export function seatLinks(doc: Doc, view: SentenceView, tree: SentenceTree): RelationRecord[] {
  const out: RelationRecord[] = [];
  const entities = (nodes: number[]): Span[] =>
    nodes.flatMap((n) => withConjuncts(tree, n)).flatMap((c) => entityAt(view, tree, c, false) ?? []);
  for (let i = 0; i < tree.n; i++) {
    if (!SEAT_VERBS.has(tree.lemma[i]) || view.spanAt[i] || tree.xpos[i] !== "VBN") continue;
    const placePhrases = tree.children[i].filter(
      (c) => tree.deprel[c] === "obl" && SEAT_PREPS.has(caseOf(tree, c) ?? ""),
    );
    const seats = entities(placePhrases).filter((s) => s.mention.type === "place" || s.mention.type === "country");
    if (!seats.length) continue;
    const subjects = tree.children[i].filter((c) => SUBJECTS.has(tree.deprel[c]));
    // "Nordvik, registered in Malta,": no subject of its own, the noun it hangs from
    const holders = subjects.length
      ? subjects
      : CLAUSE_OF_NOUN.has(tree.deprel[i]) && tree.head[i] >= 0
        ? [tree.head[i]]
        : [];
    const bodies = entities(holders).filter((b) => b.mention.type === "organization");
    // labelled by the verb's first place phrase's preposition
    addLinks(out, doc, view, bodies, seats, `${view.words[i]} ${caseOf(tree, placePhrases[0])}`, i);
  }
  return out;
}
