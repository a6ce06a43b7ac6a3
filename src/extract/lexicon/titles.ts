// Titles and roles that precede a person's name ("Deputy Foreign Minister",
// "Prime Minister", "Dr.") and lower-case role nouns for descriptions
// ("the president", "his Russian counterpart").
import { wordSet } from "./word-set";

/** Head titles: a run ending in one of these, followed by a name, is a role. */
export const TITLE_HEADS = wordSet(
  (
    "president minister secretary senator ambassador chancellor governor mayor premier prime " +
    "chairman chairwoman chair chief ceo cfo coo director spokesman spokeswoman spokesperson envoy " +
    "king queen prince princess emperor empress pope sheikh emir sultan ayatollah " +
    "judge justice attorney prosecutor general admiral colonel major captain lieutenant sergeant commander marshal " +
    "professor dr dr. doctor mr mr. mrs mrs. ms ms. miss mx sir dame lord lady " +
    "rep. rep sen. sen gov. gov lt. col. capt. sgt. gen. adm. prof. rev. rev reverend father bishop archbishop cardinal rabbi imam " +
    "congressman congresswoman councillor councilman councilwoman lawmaker legislator mp commissioner undersecretary " +
    "superintendent inspector detective officer sheriff constable coach manager striker midfielder defender goalkeeper referee umpire " +
    "host anchor correspondent reporter editor columnist founder co-founder leader speaker deputy vice advisor adviser " +
    "counsellor counselor aide officer executive ruler dictator president-elect"
  ).split(" "),
);

/** Words that qualify a title: "Deputy Foreign Minister", "Home Secretary", "Secretary of State". */
export const TITLE_MODIFIERS = wordSet(
  (
    "deputy vice acting former late first assistant associate senior junior chief executive general interim " +
    "foreign defence defense home interior finance justice health education state trade economy energy environment " +
    "culture labour labor transport agriculture security national presidential prime lord grand supreme high " +
    "attorney managing press communications white house majority minority party opposition shadow " +
    // portfolios: "Home Affairs Minister", "Labour Relations Minister", "Fisheries Minister"
    "affairs relations industrial industry development planning housing immigration migration employment social " +
    "welfare women youth sport sports tourism fisheries oceans forestry mines mining resources water infrastructure " +
    "digital technology science research treasury budget commerce investment revenue information media heritage " +
    "veterans rural urban regional overseas public safety emergency climate natural petroleum aviation maritime " +
    "civil human rights family children consumer " +
    // company and institution offices: "Chief Financial Officer", "Chief Operating Officer", "Sporting Director"
    "financial operating marketing medical scientific legal compliance risk product creative commercial sporting " +
    "technical artistic academic data nursing strategy " +
    // courts' offices: "District Judge", "Circuit Judge", "Crown Prosecutor", "Magistrate Judge"
    "district circuit crown magistrate appeals appellate"
  ).split(" "),
);

/** Title words that say the person's gender. */
export const FEMALE_TITLES = new Set([
  "mrs",
  "mrs.",
  "ms",
  "ms.",
  "miss",
  "queen",
  "princess",
  "empress",
  "dame",
  "lady",
  "chairwoman",
  "spokeswoman",
  "congresswoman",
  "councilwoman",
]);
export const MALE_TITLES = new Set([
  "mr",
  "mr.",
  "king",
  "prince",
  "emperor",
  "sir",
  "lord",
  "chairman",
  "spokesman",
  "congressman",
  "councilman",
  "father",
  "sheikh",
  "emir",
  "sultan",
]);

/** Honorifics that are not roles worth keeping ("Mr." is not a role). */
export const HONORIFICS = new Set([
  "mr",
  "mr.",
  "mrs",
  "mrs.",
  "ms",
  "ms.",
  "miss",
  "mx",
  "sir",
  "dame",
  "dr",
  "dr.",
  "lady",
  "lord",
]);

/** Lower-case role nouns used in descriptions: "the president", "the foreign minister". */
export const ROLE_NOUNS = wordSet(
  (
    "president minister secretary senator ambassador chancellor governor mayor premier chairman chairwoman ceo " +
    "director spokesman spokeswoman envoy king queen prince princess pope judge prosecutor general admiral " +
    "commander professor leader counterpart striker coach manager goalkeeper host founder advisor adviser " +
    "congressman congresswoman lawmaker senator sheriff"
  ).split(" "),
);

/** Head words of national offices: held in a country ("Prime Minister X", "Finance Minister Y", "President Z"). */
/** A company's offices, as titles before a name ("Chief Executive X"): held at one company. */
export const COMPANY_OFFICES = wordSet([
  "chief executive",
  "chief executive officer",
  "ceo",
  "chief financial officer",
  "cfo",
  "chief operating officer",
  "coo",
  "chief technology officer",
  "cto",
  "chairman",
  "chairwoman",
  "managing director",
]);

export const NATIONAL_OFFICE_HEADS = wordSet("president minister chancellor premier king queen emir sultan".split(" "));
