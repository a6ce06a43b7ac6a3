// Relations stated by fixed wordings around two names in one sentence:
//   "X, a 15-year-old boy from Y"      -> X from Y
//   "Google's headquarters in Y"        -> X located in Y
//   "X, based in Y" / "a Y-based X"     -> X located in Y
//   "X joined Y"                        -> X member of Y
//   "X for Y said" (a spokesperson)     -> X representative of Y
//   "X of Y", "X from Y" (a person)     -> X of / from Y
//   "X (Y)" (a person, an organization) -> X member of Y
//   "Facebook creator X", "X, a member of Y" (membership nouns, see AFFILIATION_NOUNS)
// General English only; every pattern needs both names in a short window.
import type { EntityType } from "../../schema/graph";
import type { RelationRecord } from "../types";
import { SPEECH_VERBS } from "../lexicon/speech";
import { AUXILIARIES, DETERMINERS, PREPOSITIONS } from "../lexicon/vocabulary";
import { type SentenceView, type Span } from "./view";

export type Add = (
  source: Span,
  target: Span,
  label: string,
  kind: RelationRecord["kind"],
  from: number,
  to: number,
) => void;

const PLACE_TYPES = new Set<EntityType>(["place", "country"]);
const isPlace = (s: Span | undefined): s is Span => !!s && PLACE_TYPES.has(s.mention.type);
const isNamed = (s: Span | undefined): s is Span => !!s && s.mention.kind !== "pronoun";

/** Verbs of running an organization: "X, who heads Y". */
const HEAD_VERBS = new Set([
  "heads",
  "headed",
  "leads",
  "led",
  "runs",
  "ran",
  "chairs",
  "chaired",
  "directs",
  "directed",
  "manages",
  "managed",
  "founded",
  "co-founded",
]);

const BE_PRESENT = new Set(["is", "are", "was", "were"]);

/** Nouns for an organization's premises: "Google's headquarters in Portland". */
const PREMISES = new Set([
  "headquarters",
  "hq",
  "offices",
  "office",
  "campus",
  "base",
  "plant",
  "factory",
  "facility",
  "branch",
  "chapter",
]);

/** Organization nouns that say where a group comes from: "US team Hexfire". */
const GROUP_NOUNS = new Set([
  "team",
  "club",
  "side",
  "squad",
  "band",
  "company",
  "firm",
  "group",
  "party",
  "startup",
  "newspaper",
  "broadcaster",
]);

const CLOSED_CLASS = new Set([...DETERMINERS, ...PREPOSITIONS, ...AUXILIARIES, ...SPEECH_VERBS]);
const isPlainNoun = (w: string) =>
  /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !CLOSED_CLASS.has(w) && !w.endsWith("ly") && !/[^e]ed$/.test(w);

/** Every pattern of this module over one sentence. */
export function patternRelations(view: SentenceView, add: Add): void {
  const { words, spanAt, spans } = view;
  for (const x of spans) {
    if (!isNamed(x)) continue;
    const t = x.mention.type;
    const next = x.last + 1;

    // "X, a 15-year-old boy from Y", "Nightjars, from Brazil,"
    if (t !== "place" && t !== "country" && words[next] === ",") {
      let j = next + 1;
      if (words[j] === "a" || words[j] === "an") {
        j++;
        while (
          j < words.length &&
          j - next <= 7 &&
          !spanAt[j] &&
          /^[\p{Ll}\d-]+$/u.test(words[j]) &&
          words[j] !== "from"
        )
          j++;
      }
      const y = spanAt[j + 1];
      if (words[j] === "from" && isPlace(y) && y.entity !== x.entity) add(x, y, "from", "relation", x.first, y.last);
    }

    // "Google's headquarters (located) in Portland", "the U.N. offices in Geneva"
    if (t === "organization") {
      let j = next;
      if (words[j] === "'s" || words[j] === "'") j++;
      if (PREMISES.has(words[j])) {
        j++;
        if (words[j] === "located" || words[j] === "based") j++;
        const y = spanAt[j + 1];
        if ((words[j] === "in" || words[j] === "at") && isPlace(y))
          add(x, y, "located in", "relation", x.first, y.last);
      }
    }

    // "X, who heads the Y's delegation", "X, who leads Y": the person runs (part of) Y
    if (t === "person" && words[next] === "," && words[next + 1] === "who" && HEAD_VERBS.has(words[next + 2] ?? "")) {
      let j = next + 3;
      if (DETERMINERS.has(words[j])) j++;
      const y = spanAt[j];
      if (isNamed(y) && y.mention.type === "organization") add(x, y, "heads", "relation", x.first, y.last);
    }

    // "X's stock, which is listed on the Nasdaq", "X is listed on Y": the exchange that lists X
    if (t === "organization") {
      for (let j = next; j < words.length && j - next <= 7 && !spanAt[j] && words[j] !== "." && words[j] !== ";"; j++) {
        if (words[j] !== "listed" || (words[j + 1] !== "on" && words[j + 1] !== "in")) continue;
        const y = spanAt[words[j + 2] === "the" ? j + 3 : j + 2];
        if (isNamed(y) && y.mention.type === "organization" && y.entity !== x.entity)
          add(x, y, "listed on", "relation", x.first, y.last);
        break;
      }
    }

    // "X, based in Y", "X, headquartered in Y", "X, which is based in Y", "X is headquartered in Y"
    if (t === "organization" || t === "person") {
      let j = next;
      if (words[j] === ",") j++;
      if (words[j] === "which" || words[j] === "who") j++;
      if (BE_PRESENT.has(words[j]) && j > next) j++;
      else if (BE_PRESENT.has(words[j]) && words[next] !== ",") j++;
      const y = spanAt[j + 2];
      if (j > next && (words[j] === "based" || words[j] === "headquartered") && words[j + 1] === "in" && isPlace(y))
        add(x, y, t === "person" ? "based in" : "located in", "relation", x.first, y.last);
      // "Oskarsen, founded in Bergen in 1921": where an organization was founded
      if (
        t === "organization" &&
        words[next] === "," &&
        words[next + 1] === "founded" &&
        words[next + 2] === "in" &&
        isPlace(spanAt[next + 3])
      )
        add(x, spanAt[next + 3]!, "founded in", "relation", x.first, spanAt[next + 3]!.last);
    }

    // "Oskarsen Marine, Norway's largest shipbuilder": an organization from the country
    if (
      t === "organization" &&
      words[next] === "," &&
      isPlace(spanAt[next + 1]) &&
      words[spanAt[next + 1]!.last + 1] === "'s"
    ) {
      const y = spanAt[next + 1]!;
      let k = y.last + 2;
      while (k < words.length && k - y.last <= 4 && !spanAt[k] && isPlainNoun(words[k])) k++;
      if (k > y.last + 2 && (words[k] === "," || words[k] === "." || k === words.length))
        add(x, y, "from", "relation", x.first, y.last);
    }

    // "X, a Y-based advocacy group", "X, the Y-based group": the place of the apposed description
    if (
      t === "organization" &&
      words[next] === "," &&
      (words[next + 1] === "a" || words[next + 1] === "an" || words[next + 1] === "the") &&
      isPlace(spanAt[next + 2])
    ) {
      const y = spanAt[next + 2]!;
      if (words[y.last + 1] === "-" && words[y.last + 2] === "based")
        add(x, y, "located in", "relation", x.first, y.last);
    }

    // "a Y-based X": the place names where the organization is
    if (t === "organization" || t === "person") {
      let j = x.first - 1;
      while (
        j >= 0 &&
        /^[\p{Ll}-]+$/u.test(words[j]) &&
        !DETERMINERS.has(words[j]) &&
        x.first - j <= 2 &&
        words[j] !== "based"
      )
        j--;
      if (words[j] === "based" && words[j - 1] === "-" && isPlace(spanAt[j - 2])) {
        const y = spanAt[j - 2]!;
        add(x, y, t === "person" ? "based in" : "located in", "relation", y.first, x.last);
      }
    }

    // "X joined Y" (a person joining an organization)
    if (
      t === "person" &&
      (words[next] === "joined" || words[next] === "joins" || (words[next] === "has" && words[next + 1] === "joined"))
    ) {
      let j = words[next] === "has" ? next + 2 : next + 1;
      while (DETERMINERS.has(words[j]) && !spanAt[j]) j++;
      const y = spanAt[j];
      if (y && y.mention.type === "organization") add(x, y, "member of", "relation", x.first, y.last);
    }

    // "Brenna Koss for Water Standards Peru, says": a spokesperson's affiliation
    if (t === "person" && words[next] === "for") {
      let j = next + 1;
      if (words[j] === "the") j++;
      const y = spanAt[j];
      const after = words[(y?.last ?? 0) + 1] ?? "";
      if (y && y.mention.type === "organization" && (after === "," || SPEECH_VERBS.has(after)))
        add(x, y, "representative of", "relation", x.first, y.last);
    }

    // "Professor Jane Doe of Stanford University said", "Mayor Ann Lee of Springfield", "John Smith from Oxfam"
    // "Deputy Mayor X, also of the Y,": the same, told as an aside
    const aside =
      words[next] === "," && words[next + 1] === "also" && (words[next + 2] === "of" || words[next + 2] === "from")
        ? 2
        : 0;
    if (t === "person" && (words[next + aside] === "of" || words[next + aside] === "from")) {
      let j = next + aside + 1;
      if (words[j] === "the") j++;
      let y = spanAt[j];
      // "Yumi Sato of the Osaka-based firm Hikari Labs": the firm, not its city
      if (isPlace(y) && words[y.last + 1] === "-" && words[y.last + 2] === "based") {
        let k = y.last + 3;
        while (k < words.length && k - y.last <= 5 && !spanAt[k] && isPlainNoun(words[k])) k++;
        y = spanAt[k]?.mention.type === "organization" ? spanAt[k] : undefined;
      }
      if (
        y &&
        y.mention.kind === "name" &&
        y.mention.type !== "person" &&
        y.entity !== x.entity &&
        words[y.last + 1] !== "'s"
      ) {
        add(
          x,
          y,
          y.mention.type === "organization" ? (words[next + aside] === "of" ? "of" : "from") : "from",
          "relation",
          x.first,
          y.last,
        );
      }
    }

    // "Jess Phillips (Labour)": a party or body in brackets after a name
    if (
      t === "person" &&
      words[next] === "(" &&
      spanAt[next + 1]?.mention.type === "organization" &&
      words[spanAt[next + 1]!.last + 1] === ")"
    ) {
      add(x, spanAt[next + 1]!, "member of", "relation", x.first, spanAt[next + 1]!.last + 1);
    }

    // "US team Hexfire", "Brazilian club Flamengo": a group from a country or place
    // "the German airline Lufthansa", "French oil giant Total": up to two plain nouns, then the name
    if (isPlace(x)) {
      let j = next;
      while (j < words.length && j - next < 2 && !spanAt[j] && isPlainNoun(words[j])) j++;
      const y = spanAt[j];
      const nouns = words.slice(next, j);
      if (
        j > next &&
        (GROUP_NOUNS.has(nouns[nouns.length - 1]) || x.mention.kind === "demonym") &&
        y &&
        y.mention.type === "organization" &&
        y.mention.kind === "name" &&
        y.entity !== x.entity
      ) {
        add(y, x, `${nouns.join(" ")} from`, "relation", x.first, y.last);
      }
    }
  }
}
