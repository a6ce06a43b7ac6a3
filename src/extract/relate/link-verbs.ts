// Verbs that state a link between two entities when one is the subject and the
// other the object of the same clause: "X acquired Y", "X urged Y to ...",
// "X met with Y". Lemmas only: every form comes from inflections.generated.ts
// (scripts/gen-inflections.ts). General English, no facts about any story.
// Speech verbs ("said") are left out on purpose: what follows them is a quote,
// not an object. "told", "informed" and "called" have their own rules (roles.ts).

/** verb lemma -> the particles it takes before its object ("met with", "voted for"). */
export const LINK_VERBS: Readonly<Record<string, readonly string[]>> = {
  // business
  acquire: [], buy: [], purchase: [], sell: ["to"], own: [], merge: ["with"], sue: [], hire: [], fire: [], employ: [],
  fund: [], finance: [], sponsor: [], invest: ["in"], partner: ["with"], license: [], supply: [], overtake: [], outsell: [],
  // sport
  beat: [], defeat: [], lose: ["to"], face: [], play: ["for", "against"], host: [], eliminate: [], edge: [], thrash: [],
  draw: ["with"], tie: ["with"], sign: ["for", "with"], coach: [], captain: [],
  // politics and diplomacy
  meet: ["with"], visit: [], urge: [], ask: [], praise: [], thank: [], congratulate: [], welcome: [], invite: [], greet: [],
  criticise: [], criticize: [], condemn: [], accuse: [], blame: [], warn: [], threaten: [], pressure: [], lobby: [],
  support: [], back: [], endorse: [], oppose: [], reject: [], defy: [], snub: [], recognise: [], recognize: [],
  join: [], leave: [], quit: [], lead: [], head: [], found: [], represent: [], advise: [], serve: [], succeed: [], replace: [],
  appoint: [], nominate: [], elect: [], name: [], sack: [], dismiss: [], expel: [], ban: [], sanction: [], suspend: [],
  contact: [], phone: [], call: [], interview: [], brief: [], consult: [], accompany: [], persuade: [], convince: [],
  help: [], assist: [], rescue: [], protect: [], defend: [], challenge: [], confront: [], fight: [], attack: [], invade: [],
  bomb: [], strike: [], kill: [], shoot: [], arrest: [], detain: [], capture: [], kidnap: [], release: [], free: [],
  charge: [], investigate: [], prosecute: [], convict: [], sentence: [], fine: [], raid: [], target: [], hack: [],
  negotiate: ["with"], talk: ["to", "with"], speak: ["to", "with"], cooperate: ["with"], collaborate: ["with"], clash: ["with"],
  side: ["with"], ally: ["with"], compete: ["against", "with"], vote: ["for", "against"], campaign: ["for", "against"],
  work: ["for", "with"], apologise: ["to"], apologize: ["to"], appeal: ["to"], write: ["to"], donate: ["to"], report: ["to"],
  // people
  marry: [], divorce: [], date: [], train: [], teach: [], mentor: [], attend: [], graduate: ["from"], study: ["at"],
  portray: [], voice: [], honour: [], honor: [], award: [], inspire: [], influence: [],
};

/** Every link-verb lemma, sorted (the inflection generator reads them). */
export function linkVerbLemmas(): string[] {
  return Object.keys(LINK_VERBS).sort();
}
