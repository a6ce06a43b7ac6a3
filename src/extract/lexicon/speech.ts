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
