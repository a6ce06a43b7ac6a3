// Mentions for resolve to link: third-person pronouns ("he", "her") and role
// descriptions ("the U.S. president", "his Russian counterpart").
import { lookupCountry, lookupDemonym } from "../lexicon/countries";
import { ROLE_NOUNS, TITLE_MODIFIERS } from "../lexicon/titles";
import { DEFINITE_DETERMINERS, GENDERED_PRONOUNS } from "../lexicon/vocabulary";
import type { Doc, Mention } from "../types";
import type { DocContext } from "./context";
import { countryKey } from "./country-key";

const EXTRA_MODIFIERS = new Set(["security", "foreign", "top", "new", "chief", "former"]);

export function pronounMentions(doc: Doc, ctx: DocContext): Mention[] {
  const out: Mention[] = [];
  for (const t of doc.tokens) {
    if (ctx.headline.has(t.sentence)) continue;
    const gender = GENDERED_PRONOUNS.male.has(t.lower) ? "m" : GENDERED_PRONOUNS.female.has(t.lower) ? "f" : undefined;
    if (!gender) continue;
    out.push({
      start: t.start,
      end: t.end,
      text: t.text,
      sentence: t.sentence,
      type: "person",
      kind: "pronoun",
      gender,
    });
  }
  return out;
}

export function descriptionMentions(doc: Doc, ctx: DocContext): Mention[] {
  const out: Mention[] = [];
  const toks = doc.tokens;
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i];
    if (t.cap || !ROLE_NOUNS.has(t.lower) || ctx.headline.has(t.sentence)) continue;
    const next = toks[i + 1];
    if (next && next.sentence === t.sentence && next.cap) continue; // "host Marla Penhallow": a title, not a description
    let j = i - 1;
    let country: string | undefined;
    while (j >= 0 && toks[j].sentence === t.sentence) {
      const w = toks[j];
      if (!w.cap && (TITLE_MODIFIERS.has(w.lower) || EXTRA_MODIFIERS.has(w.lower))) j--;
      else if (w.cap && !country && (lookupDemonym(w.text) || lookupCountry(w.text))) {
        country = (lookupDemonym(w.text) ?? lookupCountry(w.text))!.name;
        j--;
      } else break;
    }
    if (j < 0 || toks[j].sentence !== t.sentence || !DEFINITE_DETERMINERS.has(toks[j].lower)) continue;
    const roleStart = toks.slice(j + 1, i + 1).findIndex((w) => !w.cap) + j + 1;
    const role = doc.text.slice(toks[roleStart].start, t.end);
    out.push({
      start: toks[j].start,
      end: t.end,
      text: doc.text.slice(toks[j].start, t.end),
      sentence: t.sentence,
      type: "person",
      kind: "description",
      role,
      ...(country ? { affiliation: countryKey(country) } : {}),
    });
  }
  return out;
}
