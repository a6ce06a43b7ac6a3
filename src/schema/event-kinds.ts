// The event kinds: one entry per kind, with its CAMEO code (or a letter for
// kinds CAMEO does not have) and the name the viewer's legend gives the kind.
// Everything that enumerates kinds — the schema's enum, importers, the
// extraction's trigger lexicon (src/extract/relate/kinds, a Record over these
// names, so the compiler asks for an entry there too) — derives from this list.

export interface EventKindInfo {
  /** CAMEO root or code; a letter where CAMEO has none */
  cameo: string;
  /** plural name for legends and filters */
  title: string;
}

export const EVENT_KIND_INFO = {
  statement: { cameo: "01", title: "Statements" },
  appeal: { cameo: "02", title: "Appeals and requests" },
  intent: { cameo: "03", title: "Offers and invitations" },
  call: { cameo: "040", title: "Calls" },
  meeting: { cameo: "043", title: "Meetings" },
  visit: { cameo: "042", title: "Visits" },
  negotiation: { cameo: "046", title: "Negotiations" },
  interview: { cameo: "010", title: "Interviews" },
  report: { cameo: "010", title: "Reports and studies" },
  concession: { cameo: "08", title: "Concessions" },
  agreement: { cameo: "057", title: "Agreements" },
  cooperation: { cameo: "06", title: "Cooperation and support" },
  aid: { cameo: "07", title: "Aid and funding" },
  investigation: { cameo: "09", title: "Investigations and searches" },
  demand: { cameo: "10", title: "Demands" },
  disapproval: { cameo: "11", title: "Criticism" },
  accusation: { cameo: "112", title: "Accusations and lawsuits" },
  rejection: { cameo: "12", title: "Rejections" },
  threat: { cameo: "13", title: "Threats" },
  protest: { cameo: "14", title: "Protests" },
  suspension: { cameo: "16", title: "Suspensions and sanctions" },
  withdrawal: { cameo: "16", title: "Withdrawals" },
  confrontation: { cameo: "17", title: "Confrontations" },
  arrest: { cameo: "173", title: "Arrests and convictions" },
  attack: { cameo: "18", title: "Attacks" },
  invasion: { cameo: "19", title: "Invasions" },
  ruling: { cameo: "R", title: "Court rulings" },
  hearing: { cameo: "R", title: "Court hearings" },
  election: { cameo: "E", title: "Elections" },
  appointment: { cameo: "A", title: "Appointments and resignations" },
  acquisition: { cameo: "B", title: "Acquisitions and mergers" },
  launch: { cameo: "L", title: "Launches" },
  award: { cameo: "H", title: "Awards" },
  campaign: { cameo: "C", title: "Campaigns" },
  disaster: { cameo: "D", title: "Disasters and outbreaks" },
  match: { cameo: "S", title: "Matches and contests" },
  other: { cameo: "0", title: "Other events" },
} as const satisfies Record<string, EventKindInfo>;
