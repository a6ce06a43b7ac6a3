// The lemmatizer: edit scripts learned from the treebanks. A word's lemma is
// its lower-cased form with a suffix rewritten ("studies" NNS -> strip 3, add
// "y"); the rule is the most frequent one for the longest known suffix of the
// word under its XPOS tag, and words the rules get wrong in training are kept
// as exceptions. Names (NNP) keep their form.
import { ModelFormatError, unpack } from "../model/container";

export interface LemmaRule {
  strip: number;
  add: string;
}

export interface LemmaModel {
  /** "lower-form XPOS" -> lemma, where the rules are wrong */
  exceptions: Map<string, string>;
  /** XPOS -> suffix -> rule */
  rules: Map<string, Map<string, LemmaRule>>;
  maxSuffix: number;
}

export function loadLemmatizer(bytes: Uint8Array): LemmaModel {
  const c = unpack(bytes);
  if (c.meta.kind !== "lemmatizer") throw new ModelFormatError(`expected a lemmatizer model, found ${String(c.meta.kind)}`);
  const meta = c.meta as { exceptions: [string, string][]; rules: [string, [string, number, string][]][]; maxSuffix: number };
  return {
    exceptions: new Map(meta.exceptions),
    rules: new Map(meta.rules.map(([x, list]) => [x, new Map(list.map(([suf, strip, add]) => [suf, { strip, add }]))])),
    maxSuffix: meta.maxSuffix,
  };
}

/** How a lemma is cased: names keep their case, everything else is lower case (but "I"). */
export function lemmaBase(form: string, xpos: string): string {
  if (xpos === "NNP" || xpos === "NNPS") return form;
  if (form === "I") return form;
  return form.toLowerCase();
}

export function applyRule(base: string, rule: LemmaRule): string {
  const stem = rule.strip ? base.slice(0, -rule.strip) : base;
  return stem + rule.add || base;
}

/** The rule for the longest suffix of `base` known under `xpos`; identity when none. */
export function ruleFor(model: Pick<LemmaModel, "rules" | "maxSuffix">, base: string, xpos: string): LemmaRule | undefined {
  const bySuffix = model.rules.get(xpos);
  if (!bySuffix) return undefined;
  for (let n = Math.min(model.maxSuffix, base.length); n >= 0; n--) {
    const r = bySuffix.get(base.slice(base.length - n));
    if (r && r.strip < base.length) return r;
  }
  return undefined;
}

export function lemmatize(model: LemmaModel, form: string, xpos: string): string {
  const base = lemmaBase(form, xpos);
  const exception = model.exceptions.get(`${base.toLowerCase()} ${xpos}`);
  if (exception !== undefined) return xpos === "NNP" || xpos === "NNPS" ? exception : exception;
  if (xpos === "NNP") return form;
  const rule = ruleFor(model, base, xpos);
  return rule ? applyRule(base, rule) : base;
}
