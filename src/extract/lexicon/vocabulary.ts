// English's closed classes — articles and determiners, prepositions, auxiliaries and
// modals, pronouns, clause openers, negations — one list each, for every stage that
// reads word classes (the recogniser's cues, the resolver's descriptions, the relate
// stage's word-order and tree readings). A stage that needs a union builds it from
// these; none keeps a list of its own.

const words = (list: string): ReadonlySet<string> => new Set(list.split(" "));
const union = (...sets: ReadonlySet<string>[]): ReadonlySet<string> => new Set(sets.flatMap((x) => [...x]));

export const PREPOSITIONS = words(
  "with to against on of from by in at for about over into onto upon after before during since under between among " +
    "amid across toward towards through via than like including as near off out per within without despite",
);

/** Possessive determiners: "his country", "their government". */
export const POSSESSIVE_DETERMINERS = words("his her its their our my your");

export const DETERMINERS = union(
  words("a an the this that these those some any every each no another"),
  POSSESSIVE_DETERMINERS,
);

/** "the" and the third person's possessives: what opens a description of someone named before ("his counterpart"). */
export const DEFINITE_DETERMINERS = words("the his her their its");

export const BE_FORMS = words("is are was were be been being am 's");

/** Auxiliaries, modals and the adverbs that sit among them ("has also been"). */
export const AUXILIARIES = words(
  "will would shall should can could may might must do does did has have had is are was were be been being to not n't never also already still just",
);

export const MODALS = words("will would could can may might must should shall");

/** Auxiliaries that carry tense: one of them before a verb makes a finite clause. */
export const FINITE_AUXILIARIES = union(words("is are was were has have had"), MODALS);

export const DO_FORMS = words("do does did");

export const NEGATIONS = words("not n't never");

/** Number words a name may end in: "the Group of Seven", "the Council of Ten". */
export const NUMBER_WORDS = words("one two three four five six seven eight nine ten eleven twelve twenty");

/** Words that open a new clause: a subject search going back stops at them. */
export const CLAUSE_OPENERS = words(
  "that which who whom whose where whether if because although though while whereas when but unless until so",
);

/**
 * Conjunctions that open an adverbial clause: a sentence opening with one fronts its
 * subordinate clause ("When he spoke, Maddox ..."), and one of them before a name makes
 * a clause, not an oblique ("after Dranko ordered ..."). Unlike CLAUSE_OPENERS, no
 * relatives, complementisers or "but"/"so", and the preposition-like "after", "before",
 * "since", "as", "once" are in ("until" is not: coreference never fronted a clause on it).
 */
export const SUBORDINATORS = words("when after while as before since although though if because once whilst");

/** Conjunctions that join two clauses as equals. */
export const COORDINATORS = words("and but or nor yet so");

/** Words a run-on sentence is cut before (segment), when no ; or , is near the length limit. */
export const RUN_ON_BREAKS = union(COORDINATORS, words("while whereas because although though after before when as"));

/** Words that start a new sentence after an acronym ending in a dot ("... the U.S. The ..."). */
export const SENTENCE_STARTERS = words(
  "the a an he she it they we i this that these those but and so yet in on at after before when while however meanwhile his her their its there",
);

/**
 * Prepositions that by themselves make the unknown name after them a place ("in Herat",
 * "outside Kabul"). Narrower than OBLIQUE_PLACE_PREPOSITIONS: "at", "from", "to", "of"
 * go as often before a body or a person ("at Google", "from Reuters").
 */
export const PLACE_CUE_PREPOSITIONS = words("in near outside throughout across");

/**
 * Prepositions after which a place or country already named is an oblique, not the owner
 * of a later "its" ("X employs people in Norway and Latvia. Its chairman ..."). Wider than
 * PLACE_CUE_PREPOSITIONS: the entity's type is known here, so "at", "from", "to", "of" may count.
 */
export const OBLIQUE_PLACE_PREPOSITIONS = words("in at from to near across throughout into of");

/** Prepositions by which a noun phrase names the body someone belongs to: "head of Y", "envoy from Y", "X, adviser for Y". */
export const BODY_PREPOSITIONS = words("of at from for");

/** Prepositions that tie a person or body to another entity through a noun ("director of", "plant in"). */
export const NOUN_LINK_PREPOSITIONS = words("of at in for from with");

/** The words that join an organization's name's parts: names equal but for them are one ("Drug Standards of Canada and Mexico"). */
export const NAME_LINK_WORDS = words("of the and & for");

/** Words of a name that give no letter to its initials ("North Atlantic Treaty Organization" -> "NATO"), French and Spanish particles too. */
export const INITIALS_SKIPPED = union(NAME_LINK_WORDS, words("on in a de du des la le"));

/** Words that end a lower-case epithet after "called a" ("dubbed him a traitor who ..."). */
export const EPITHET_STOPS = words("and or but who that which for of in on by with to after before when");

/** Words after a possessed apposition's head that keep it a noun phrase: "X, the country's largest bank by assets". */
export const NOUN_PHRASE_CONTINUERS = words("of in at on for by with from to that which who whose and or based since");

/** Words that may follow a complete "the company" / "the country": a verb, a preposition, a time word. */
export const AFTER_NOUN_PHRASE = words(
  "'s is was has had will would said says and or in of to for with from on at by into over under which who that last this next also still already",
);

/** After "it", words that make it a dummy subject: "it is time", "it's crucial", "it seems". */
export const DUMMY_IT_FOLLOWERS = words(
  "is was 's seems seemed appears appeared would will may might could can has had takes took remains means",
);

/** Words after "the 57-year-old" that leave it standing alone, a description of someone named before. */
export const AFTER_BARE_AGE = words("said told has had was is will would who also then later");

/** Words that may end a photo caption after its places and times ("... in Paris on March 3"); the caption also allows "," and ".". */
export const CAPTION_TAIL_WORDS = words("in at on during near and the");

/** Pronouns that open a relative clause ("the union, which said …", "the envoy, whom X met"). */
export const RELATIVE_PRONOUNS = words("which who that whom");

/** Relative pronouns that may be the relative clause's subject ("the envoy, who met …"). */
export const SUBJECT_RELATIVES = words("who which that");

export const WH_WORDS = words("what whatever how why whom whose");

/** Pronouns that stand as a clause's subject. */
export const SUBJECT_PRONOUNS = words("i you he she it we they who which that");

/** Third-person pronouns by gender, for coreference. */
export const GENDERED_PRONOUNS = {
  male: words("he him his himself"),
  female: words("she her hers herself"),
};

/** Nouns that stand for a country ("the country", "the nation"). */
export const COUNTRY_NOUNS = words("country nation");

/** Nouns that stand for a country's state acting: "his country", "their government". */
export const STATE_NOUNS = words("country nation government administration state");

/**
 * Function words of every class, with the commonest adverbs, reporting verbs, numerals,
 * days and months ("may" is among the modals) and the honorifics: a capitalised one is a sentence start or a headline
 * word, never a name on its own.
 */
export const FUNCTION_WORDS = words(
  "a an the this that these those there here it its it's i me my mine we us our ours you your yours he him his she her hers " +
    "they them their theirs who whom whose which what whatever whoever when where why how whether if then than so as " +
    "and or but nor yet for of in on at to from by with without within into onto upon about above below over under after " +
    "before since until till during through throughout across along among amid around behind beside besides between beyond " +
    "despite except inside outside near off out up down per via against toward towards " +
    "is am are was were be been being have has had having do does did done will would shall should can could may might must " +
    "not no yes all any some many much more most few less least each every either neither both other another such own same " +
    "very too also just only even still already again ever never always often sometimes now today yesterday tomorrow tonight " +
    "meanwhile however moreover furthermore therefore thus hence instead otherwise although though because while once unless " +
    "asked said says told added according got get send see look please thanks thank let like well oh ok okay maybe perhaps " +
    "one two three four five six seven eight nine ten several " +
    "monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december " +
    "mr mrs ms dr",
);

/** The words that join a clause's parts: after "it", one of them makes "it" no dummy subject. */
export const LINKING_WORDS = words("that to and or with of in on at by for from as than the a an this");
