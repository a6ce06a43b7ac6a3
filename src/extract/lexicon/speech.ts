// Verbs that report speech, in the forms news writes them: one list for the recogniser (a name
// right before "said" is a person's) and for the relate stage (the subject of "said" is the
// speaker of the clause it reports).
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  (
    "said says say told tells tell stated states state added adds announced announces confirmed " +
    "confirms claimed claims wrote writes informed informs reported reports insisted warned noted " +
    "argued suggested suggests explained asserted tweeted replied recalled admitted"
  ).split(" "),
);

/** Verbs that tag a quotation without reporting a clause: '"...," he continued', '"Why?" she asked'. */
export const QUOTE_TAG_VERBS: ReadonlySet<string> = new Set(["continued", "asked"]);

/** Verbs whose subject is the speaker of the quotation nearby, for coreference ('"...," he said'). */
export const SPEAKER_VERBS: ReadonlySet<string> = new Set([...SPEECH_VERBS, ...QUOTE_TAG_VERBS]);
