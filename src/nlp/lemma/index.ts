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
  /** lemmas of words seen in training -> log2 of their count: a regular candidate more frequent than the rule's output wins ("raided" -> "raid", not "raide") */
  known: Map<string, number>;
}

export function loadLemmatizer(bytes: Uint8Array): LemmaModel {
  const c = unpack(bytes);
  if (c.meta.kind !== "lemmatizer")
    throw new ModelFormatError(`expected a lemmatizer model, found ${String(c.meta.kind)}`);
  const meta = c.meta as {
    exceptions: [string, string][];
    rules: [string, [string, number, string][]][];
    maxSuffix: number;
    known?: string[][];
  };
  return {
    known: new Map((meta.known ?? []).flatMap((list, level) => list.map((l) => [l, level + 1] as [string, number]))),
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
export function ruleFor(
  model: Pick<LemmaModel, "rules" | "maxSuffix">,
  base: string,
  xpos: string,
): LemmaRule | undefined {
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
  const lemma = rule ? applyRule(base, rule) : base;
  if (!model.known.size || !INFLECTED.has(xpos)) return lemma;
  let best = lemma;
  let bestLevel = model.known.get(lemma) ?? 0;
  for (const c of regularCandidates(base, xpos)) {
    const level = model.known.get(c) ?? 0;
    if (level > bestLevel) [best, bestLevel] = [c, level];
  }
  return best;
}

const VOWEL = /[aeiou]/;
/** The tags regularCandidates has candidates for: every other word keeps its rule's lemma without a look at them. */
const INFLECTED = new Set(["VBD", "VBN", "VBG", "VBZ", "NNS", "JJR", "RBR", "JJS", "RBS"]);

/** The regular lemmas an inflected word could have, likeliest first: "raided" -> raid, raide; "stopped" -> stop, stopp; "tries" -> try. */
export function regularCandidates(base: string, xpos: string): string[] {
  const out: string[] = [];
  const strip = (end: string, adds: string[]) => {
    if (!base.endsWith(end) || base.length < end.length + 2) return;
    const stem = base.slice(0, -end.length);
    for (const a of adds) out.push(stem + a);
    // a doubled final consonant: "stopped" -> stop
    const last = stem[stem.length - 1];
    if (stem.length > 2 && last === stem[stem.length - 2] && !VOWEL.test(last)) out.push(stem.slice(0, -1));
  };
  if (xpos === "VBD" || xpos === "VBN") {
    if (base.endsWith("ied")) out.push(base.slice(0, -3) + "y");
    strip("ed", ["", "e"]);
  } else if (xpos === "VBG") strip("ing", ["", "e"]);
  else if (xpos === "VBZ" || xpos === "NNS") {
    if (base.endsWith("ies")) out.push(base.slice(0, -3) + "y");
    strip("es", [""]);
    strip("s", [""]);
  } else if (xpos === "JJR" || xpos === "RBR") {
    if (base.endsWith("ier")) out.push(base.slice(0, -3) + "y");
    strip("er", ["", "e"]);
  } else if (xpos === "JJS" || xpos === "RBS") {
    if (base.endsWith("iest")) out.push(base.slice(0, -4) + "y");
    strip("est", ["", "e"]);
  }
  return out;
}
