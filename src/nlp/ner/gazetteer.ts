// Gazetteer features: which words of a sentence start, continue or end a name
// from a lexicon (countries, demonyms, organizations, places, given names,
// titles, the words that head organization and place names). The lexicons
// themselves live with the extraction (src/extract/lexicon); the recogniser
// takes them as a plain interface, so the model and its trainer see the same.

export interface Gazetteer {
  /** lexicon kinds of a whole multi-word name, lower-cased with single spaces ("united nations" -> ["organization"]) */
  phrase(lower: string): readonly string[];
  /** lexicon kinds of one word ("minister" -> ["title"], "john" -> ["given"], "university" -> ["orgHead"]) */
  word(lower: string): readonly string[];
  /** longest phrase looked up, in words */
  maxPhrase: number;
}

export const NO_GAZETTEER: Gazetteer = { phrase: () => [], word: () => [], maxPhrase: 0 };

/** Per word: "kind:B|I|L|U" for every lexicon phrase covering it, plus "w:kind" for single-word kinds. */
export function gazetteerMarks(gaz: Gazetteer, forms: readonly string[]): string[][] {
  const lower = forms.map((f) => f.toLowerCase().replace(/[\u2018\u2019]/g, "'"));
  const out: string[][] = forms.map(() => []);
  for (let i = 0; i < forms.length; i++) {
    for (const k of gaz.word(lower[i])) out[i].push(`w:${k}`);
    let phrase = "";
    for (let n = 1; n <= gaz.maxPhrase && i + n <= forms.length; n++) {
      phrase = n === 1 ? lower[i] : `${phrase} ${lower[i + n - 1]}`;
      // a phrase starts with a capital (or a digit): "the states" is not the States
      if (!/^[\p{Lu}\p{N}]/u.test(forms[i])) break;
      for (const kind of gaz.phrase(phrase)) {
        if (n === 1) out[i].push(`${kind}:U`);
        else {
          out[i].push(`${kind}:B`);
          for (let j = i + 1; j < i + n - 1; j++) out[j].push(`${kind}:I`);
          out[i + n - 1].push(`${kind}:L`);
        }
      }
    }
  }
  return out;
}
