// Document-level typing (the recogniser's last step before mentions): every occurrence
// of a surface takes the strongest typing any occurrence got; a lone surname or first
// name of a known person is that person; a bracketed acronym and its name agree.
import type { EntityType } from "../../schema/graph";
import type { Doc, Token } from "../types";
import { spanText, type Strength, type Typing } from "./classify";
import { initialsOf, isAcronym, normalizeName } from "./normalize";

/** A name span on its way to becoming a mention. */
export interface Candidate {
  toks: Token[];
  typing?: Typing;
  role?: string;
  affiliation?: string;
  gender?: "m" | "f";
}

/**
 * Document-level typing: every occurrence of a surface takes the strongest
 * typing any occurrence got; a lone surname or first name of a known person
 * is that person; an acronym of a known name takes its type.
 */
export function settleTypes(doc: Doc, candidates: Candidate[]): void {
  const best = new Map<string, Typing>();
  const votes = new Map<string, Map<EntityType, number>>();
  const personParts = new Map<string, number>();
  const initials = new Map<string, Typing>();
  // first, so a later bare "DRIN" takes the type its bracketed "(DRIN)" got from the name before it
  const redefined = typeAcronymPairs(doc, candidates);
  // "Orvanto Haulage" guessed a person, "Orvanto's chief executive" an organization: the short name's evidence wins
  const orgShortNames = new Set(
    candidates
      .filter((c) => c.toks.length === 1 && c.typing?.type === "organization" && c.typing.strength >= 2)
      .map((c) => c.toks[0].lower),
  );
  for (const c of candidates) {
    if (
      c.typing?.type === "person" &&
      c.typing.strength === 1 &&
      c.toks.length >= 2 &&
      orgShortNames.has(c.toks[0].lower)
    )
      c.typing = { type: "organization", strength: 1 };
  }
  for (const c of candidates) {
    if (!c.typing) continue;
    const key = normalizeName(spanText(doc.text, c.toks));
    const prev = best.get(key);
    if (!prev || c.typing.strength > prev.strength) best.set(key, c.typing);
    const v = votes.get(key) ?? new Map<EntityType, number>();
    v.set(c.typing.type, (v.get(c.typing.type) ?? 0) + c.typing.strength);
    votes.set(key, v);
    if (c.typing.type === "person" && c.toks.length >= 2) {
      for (const t of c.toks) if (t.text.length > 1) personParts.set(t.lower, (personParts.get(t.lower) ?? 0) + 1);
    }
    if (c.typing.type !== "person" && c.toks.length >= 2) {
      const acr = initialsOf(spanText(doc.text, c.toks));
      if (acr.length >= 2) initials.set(acr, c.typing);
    }
  }
  for (const c of candidates) {
    const text = spanText(doc.text, c.toks);
    const key = normalizeName(text);
    const b = best.get(key);
    if (b && (!c.typing || c.typing.strength < b.strength)) c.typing = b;
    if (c.typing && c.typing.strength >= 2) continue;
    if (c.toks.length === 1) {
      const t = c.toks[0];
      if (personParts.has(t.lower)) c.typing = { type: "person", strength: 2 };
      else if (isAcronym(t.text) && initials.has(t.text.replace(/\./g, "")))
        c.typing = { ...initials.get(t.text.replace(/\./g, ""))!, canonical: undefined, strength: 2 };
    } else if (c.toks.every((t) => personParts.has(t.lower))) {
      c.typing = { type: "person", strength: 2 };
    }
  }
  // weak typings lose to a stronger vote for the same surface
  for (const c of candidates) {
    if (!c.typing || c.typing.strength > 1) continue;
    const v = votes.get(normalizeName(spanText(doc.text, c.toks)));
    if (!v) continue;
    let top: EntityType | undefined;
    let topScore = 0;
    for (const [t, n] of v) if (n > topScore) [top, topScore] = [t, n];
    if (top && top !== c.typing.type) c.typing = { type: top, strength: 1 as Strength };
  }
  // "the Orvik Labour Party (DRC)": the article's own spelling-out wins over what the acronym means elsewhere
  for (const c of candidates) {
    const typing = c.toks.length === 1 ? redefined.get(c.toks[0].text) : undefined;
    if (typing) c.typing = typing;
  }
}

/**
 * "Lista 7 Colli (L7C)", "FBN (Nordic Bakers Federation)": a name and
 * its acronym in brackets share a type; an organization unless one says otherwise.
 */
function typeAcronymPairs(doc: Doc, candidates: Candidate[]): Map<string, Typing> {
  const redefined = new Map<string, Typing>();
  const byFirst = new Map<number, Candidate>();
  const byLast = new Map<number, Candidate>();
  for (const c of candidates) {
    byFirst.set(c.toks[0].index, c);
    byLast.set(c.toks[c.toks.length - 1].index, c);
  }
  const tok = (i: number) => doc.tokens[i];
  for (const c of candidates) {
    if (c.toks.length !== 1 || !isAcronym(c.toks[0].text)) continue;
    const i = c.toks[0].index;
    let other: Candidate | undefined;
    if (tok(i - 1)?.text === "(" && tok(i + 1)?.text === ")") other = byLast.get(i - 2);
    else if (tok(i + 1)?.text === "(") {
      const o = byFirst.get(i + 2);
      if (o && tok(o.toks[o.toks.length - 1].index + 1)?.text === ")") other = o;
    }
    if (!other || other.toks.length < 2) continue;
    // a known acronym spelled out as a name the lexicons do not know: the article defines it anew
    // ("the Orvik Labour Party (DRC)" is no DR Congo)
    if (c.typing?.canonical && !other.typing?.canonical) {
      const own = other.typing && other.typing.strength >= 2 ? other.typing.type : "organization";
      other.typing = { type: own, strength: 2 };
      c.typing = { type: own, strength: 2 };
      redefined.set(c.toks[0].text, c.typing);
      continue;
    }
    const typing =
      other.typing && other.typing.strength >= 2
        ? other.typing
        : c.typing && c.typing.strength >= 2
          ? c.typing
          : { type: "organization" as EntityType, strength: 2 as Strength };
    if (!other.typing || other.typing.strength < 2) other.typing = { type: typing.type, strength: 2 };
    if (!c.typing || c.typing.strength < 2 || c.typing.type !== typing.type)
      c.typing = { type: typing.type, strength: 2 };
  }
  return redefined;
}
