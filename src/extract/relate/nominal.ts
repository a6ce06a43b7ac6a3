// Links stated by noun phrases, without a verb:
//   "spokesperson for Y X said", "Executive director of Y X"   -> X <title> of Y
//   "Y's parent company X", "its elite group X", "the Y magazine X" -> X <noun> of Y
//   "X, the capital of Y", "Y's capital X", "the Y capital, X"   -> X capital of Y
//   "X, a city in northern Y"                                   -> X located in Y
// General English only; both names must sit in a short window.
import { isRoleWord, isTitleWord } from "./clause";
import type { Add } from "./patterns";
import { DETERMINERS, POSSESSIVE_DETERMINERS, PREPOSITIONS } from "../lexicon/vocabulary";
import { type SentenceView, type Span } from "./view";

const isPlace = (s: Span | undefined): s is Span => !!s && (s.mention.type === "place" || s.mention.type === "country");
const isOrg = (s: Span | undefined): s is Span => !!s && s.mention.type === "organization";
const isPerson = (s: Span | undefined): s is Span => !!s && s.mention.type === "person" && s.mention.kind === "name";
const isLowerWord = (w: string | undefined) =>
  !!w && /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !PREPOSITIONS.has(w) && !DETERMINERS.has(w);

/** Nouns for a body that belongs to another: "its parent company", "the party's youth wing". */
const PART_NOUNS = new Set(
  (
    "subsidiary subsidiaries unit division arm branch wing affiliate chapter department agency office bureau " +
    "group team club squad newspaper magazine publication channel network label brand company firm parent owner " +
    "school faculty institute college lab laboratory hospital foundation charity council committee party"
  ).split(" "),
);

/** Nouns for a place inside another: "X, a city in Y", "the Y capital X". */
const PLACE_NOUNS = new Set(
  "capital city town village port province region state district county suburb island municipality neighbourhood neighborhood area community resort".split(
    " ",
  ),
);

const text = (view: SentenceView, a: number, b: number) =>
  view.sentence.text.slice(view.tokens[a].start - view.sentence.start, view.tokens[b].end - view.sentence.start);

export function nominalRelations(view: SentenceView, add: Add): void {
  titleOfOrgBeforeName(view, add);
  apposedTitles(view, add);
  partOf(view, add);
  apposedPartOf(view, add);
  placeInPlace(view, add);
}

/** "the Nordic Board, the executive arm of the Nordic Union": X is part of Y. */
function apposedPartOf(view: SentenceView, add: Add): void {
  const { words, spanAt, spans } = view;
  for (const part of spans) {
    if (!isOrg(part) || part.mention.kind !== "name" || words[part.last + 1] !== ",") continue;
    let j = part.last + 2;
    if (!DETERMINERS.has(words[j])) continue;
    j++;
    const start = j;
    while (j < words.length && j - start < 3 && !spanAt[j] && isLowerWord(words[j])) j++;
    if (j === start || !PART_NOUNS.has(words[j - 1]) || words[j] !== "of") continue;
    let k = j + 1;
    if (words[k] === "the") k++;
    const owner = spanAt[k];
    if (isOrg(owner) && owner.mention.kind === "name" && owner.entity !== part.entity)
      add(part, owner, `${text(view, start, j - 1).toLowerCase()} of`, "relation", part.first, owner.last);
  }
}

/**
 * "spokesperson for Microsoft Frank Shaw said", "Biology major at the University
 * of X Jane Doe": a title, of/for/at, an organization, then at once the holder's name.
 */
function titleOfOrgBeforeName(view: SentenceView, add: Add): void {
  const { words, spanAt } = view;
  for (let i = 0; i < words.length; i++) {
    if (spanAt[i] || !isRoleWord(words[i]) || !["of", "for", "at"].includes(words[i + 1] ?? "")) continue;
    let j = i + 2;
    if (words[j] === "the") j++;
    let org = spanAt[j];
    // "director of the Denver branch of the Council on X Jane Doe": the last body before the name
    while (org && (isOrg(org) || isPlace(org) || isPerson(org))) {
      let k = org.last + 1;
      // "A lawyer for X, Jane Doe, said": the holder apposed after a comma, closed by a comma or a speech verb
      const apposed =
        words[k] === "," &&
        isPerson(spanAt[k + 1]) &&
        /^(,|said|says|told|who|\.)$/.test(words[spanAt[k + 1]!.last + 1] ?? ".");
      const holder = apposed ? spanAt[k + 1] : spanAt[k];
      if (isPerson(holder) && (isOrg(org) || (isPerson(org) && apposed)) && holder.entity !== org.entity) {
        let start = i;
        while (start > 0 && !spanAt[start - 1] && isRoleWord(words[start - 1])) start--;
        add(holder, org, `${text(view, start, i).toLowerCase()} of`, "role", start, holder.last);
        break;
      }
      if (org.mention.type === "person") break;
      while (
        k < words.length &&
        k - org.last <= 3 &&
        !spanAt[k] &&
        (isLowerWord(words[k]) || words[k] === "of" || words[k] === "the")
      )
        k++;
      if (k === org.last + 1 || !words.slice(org.last + 1, k).includes("of")) break;
      org = spanAt[k];
    }
  }
}

/**
 * "X, Director of the Y study, and Chairman of Z, says": every title of an apposition
 * that names its organization (the first one is read by roles.ts, so a later one here).
 */
function apposedTitles(view: SentenceView, add: Add): void {
  const { words, spanAt, spans } = view;
  for (const holder of spans) {
    if (!isPerson(holder) || words[holder.last + 1] !== "," || !isRoleWord(words[holder.last + 2] ?? "")) continue;
    for (let j = holder.last + 2; j < words.length && j - holder.last <= 24; j++) {
      if (spanAt[j] && !isOrg(spanAt[j])) break;
      if (words[j] !== "and" || words[j - 1] !== ",") continue;
      let k = j + 1;
      const start = k;
      while (k < words.length && !spanAt[k] && isRoleWord(words[k])) k++;
      if (k === start || !["of", "for", "at"].includes(words[k])) break;
      k++;
      if (words[k] === "the") k++;
      const org = spanAt[k];
      if (isOrg(org))
        add(
          holder,
          org,
          `${text(view, start, k - 1)
            .replace(/\s+(of|for|at)(\s+the)?$/i, "")
            .toLowerCase()} of`,
          "role",
          holder.first,
          org.last,
        );
      break;
    }
  }
}

/** "Google's parent company Alphabet", "its elite group the Grey Circle", "the Orvism publication Civic Ledger". */
function partOf(view: SentenceView, add: Add): void {
  const { words, spanAt, spans } = view;
  for (const owner of spans) {
    if (!isOrg(owner)) continue;
    const possessivePronoun = owner.mention.kind === "pronoun";
    if (possessivePronoun && !POSSESSIVE_DETERMINERS.has(owner.mention.text.toLowerCase())) continue;
    if (!possessivePronoun && owner.mention.kind !== "name") continue;
    let j = owner.last + 1;
    if (words[j] === "'s" || words[j] === "'") j++;
    const start = j;
    while (j < words.length && j - start < 3 && !spanAt[j] && isLowerWord(words[j])) j++;
    const head = words[j - 1];
    if (j === start || !PART_NOUNS.has(head)) continue;
    if (words[j] === "," || words[j] === "the") j++;
    const part = spanAt[j];
    if (!isOrg(part) || part.mention.kind === "pronoun" || part.entity === owner.entity) continue;
    add(
      part,
      owner,
      `${text(view, start, j - 1 - (words[j - 1] === "," || words[j - 1] === "the" ? 1 : 0)).toLowerCase()} of`,
      "relation",
      owner.first,
      part.last,
    );
  }
}

/** "X, the capital of Y", "X, a small town in northern Y", "Y's capital X", "the Y capital, X". */
function placeInPlace(view: SentenceView, add: Add): void {
  const { words, spanAt, spans } = view;
  for (const x of spans) {
    if (!isPlace(x) || x.mention.kind === "pronoun") continue;
    // "X, the capital of Y" / "X, a city in (northern) Y"
    let j = x.last + 1;
    if (words[j] === "," && (words[j + 1] === "the" || words[j + 1] === "a" || words[j + 1] === "an")) {
      let k = j + 2;
      while (k < words.length && k - j <= 5 && !spanAt[k] && isLowerWord(words[k]) && !PLACE_NOUNS.has(words[k])) k++;
      const noun = words[k];
      if (PLACE_NOUNS.has(noun) && (words[k + 1] === "of" || words[k + 1] === "in")) {
        let m = k + 2;
        if (words[m] === "the") m++;
        if (
          isLowerWord(words[m]) &&
          /^(north|south|east|west|central|eastern|western|northern|southern|north-|south-)/.test(words[m])
        )
          m++;
        const y = spanAt[m];
        if (isPlace(y) && y.entity !== x.entity) {
          const label = noun === "capital" && words[k + 1] === "of" ? "capital of" : "located in";
          add(x, y, label, "relation", x.first, y.last);
        }
      }
    }
    // "Y's capital X", "the Syrian capital, X", "the Y city of X"
    j = x.last + 1;
    if (words[j] === "'s") j++;
    const noun = words[j];
    if (!PLACE_NOUNS.has(noun)) continue;
    let k = j + 1;
    if (words[k] === "," || words[k] === "of") k++;
    const y = spanAt[k];
    if (!isPlace(y) || y.entity === x.entity || y.mention.type === "country") continue;
    add(y, x, noun === "capital" ? "capital of" : "located in", "relation", x.first, y.last);
  }
}
