// Well-known organizations (international bodies, national institutions
// referred to by a bare name, major media and companies) with acronyms, and
// the words that make a capitalised run an organization.

// "Name|ACRONYM|other name" per entry; the first is the canonical label.
const KNOWN = [
  // international bodies
  "United Nations|UN|U.N.",
  "United Nations Security Council|UN Security Council|UNSC|Security Council",
  "United Nations General Assembly|UN General Assembly|General Assembly",
  "NATO|North Atlantic Treaty Organization|North Atlantic Treaty Organisation|Nato",
  "European Union|EU|E.U.",
  "European Commission",
  "European Parliament",
  "European Central Bank|ECB",
  "Council of Europe",
  "World Health Organization|WHO|World Health Organisation",
  "International Monetary Fund|IMF",
  "World Bank",
  "World Trade Organization|WTO|World Trade Organisation",
  "World Food Programme|WFP",
  "OPEC|Organization of the Petroleum Exporting Countries",
  "International Atomic Energy Agency|IAEA",
  "International Criminal Court|ICC",
  "International Court of Justice|ICJ",
  "International Committee of the Red Cross|ICRC|Red Cross",
  "Doctors Without Borders|Médecins Sans Frontières|MSF",
  "Reporters Without Borders|Reporters Sans Frontières|RSF",
  "Red Crescent",
  "UNESCO",
  "UNICEF",
  "UNHCR|UN Refugee Agency",
  "UNRWA",
  "OSCE|Organization for Security and Co-operation in Europe",
  "OECD|Organisation for Economic Co-operation and Development",
  "ASEAN|Association of Southeast Asian Nations",
  "African Union|AU",
  "Arab League",
  "Gulf Cooperation Council|GCC",
  "G7|G-7|Group of Seven",
  "G8|G-8|Group of Eight",
  "G20|G-20|Group of Twenty",
  "BRICS",
  "Commonwealth",
  "Interpol",
  "Europol",
  "Amnesty International",
  "Human Rights Watch",
  "Greenpeace",
  "Doctors Without Borders|Médecins Sans Frontières|MSF",
  "FIFA",
  "UEFA",
  "International Olympic Committee|IOC",
  "Olympics",
  // national institutions usually named bare
  "Kremlin",
  "Pentagon",
  "Congress",
  "Senate",
  "House of Representatives",
  "Parliament",
  "Supreme Court",
  "State Department",
  "Department of State",
  "Justice Department",
  "Department of Justice|DOJ",
  "Department of Defense|Defense Department",
  "Department of Homeland Security|DHS|Homeland Security",
  "Treasury",
  "Federal Reserve|Fed",
  "Home Office",
  "Foreign Office",
  "Downing Street",
  "Élysée|Elysee",
  "Bundestag",
  "Duma|State Duma",
  "Knesset",
  "Politburo",
  "FBI|Federal Bureau of Investigation",
  "CIA|Central Intelligence Agency",
  "NSA|National Security Agency",
  "National Security Council|NSC",
  "NASA",
  "Environmental Protection Agency|EPA",
  "Food and Drug Administration|FDA",
  "Centers for Disease Control and Prevention|CDC",
  "Internal Revenue Service|IRS",
  "Secret Service",
  "National Guard",
  "MI5",
  "MI6",
  "Mossad",
  "KGB",
  "FSB",
  "Democratic Party|Democrats",
  "Republican Party|Republicans|GOP",
  "Labour|Labour Party",
  "Conservative Party|Conservatives|Tories",
  "Liberal Democrats",
  "Communist Party",
  "Hamas",
  "Hezbollah",
  "Taliban",
  "al-Qaeda|Al-Qaeda|al Qaeda",
  "Islamic State|ISIS|ISIL",
  "Wagner Group|Wagner",
  "Catholic Church|Vatican",
  "Church of England",
  // news media and agencies
  "Reuters",
  "Associated Press|AP",
  "Agence France-Presse|AFP",
  "Bloomberg",
  "BBC|BBC News",
  "CNN",
  "Fox News|Fox",
  "ABC|ABC News",
  "NBC|NBC News",
  "CBS|CBS News",
  "MSNBC",
  "NPR",
  "PBS",
  "Al Jazeera",
  "Sky News",
  "ITV",
  "Channel 4",
  "The New York Times|New York Times|NYT",
  "The Washington Post|Washington Post",
  "The Wall Street Journal|Wall Street Journal|WSJ",
  "The Guardian|Guardian",
  "The Times",
  "The Telegraph|Daily Telegraph",
  "The Independent",
  "Financial Times|FT",
  "The Economist|Economist",
  "Politico",
  "Axios",
  "Newsweek",
  "Time magazine",
  "USA Today",
  "Los Angeles Times|LA Times",
  "The Atlantic",
  "The New Yorker",
  "Daily Mail",
  "The Sun",
  "Le Monde",
  "Le Figaro",
  "Der Spiegel|Spiegel",
  "Die Zeit",
  "El País",
  "Xinhua",
  "TASS",
  "RIA Novosti",
  "Interfax",
  "RT",
  "Haaretz",
  "Wikipedia",
  "BuzzFeed",
  "Vox",
  "Yahoo News",
  // major companies
  "Google",
  "Alphabet",
  "Apple",
  "Microsoft",
  "Amazon",
  "Facebook",
  "Meta",
  "Twitter",
  "Instagram",
  "WhatsApp",
  "YouTube",
  "TikTok",
  "Netflix",
  "Tesla",
  "SpaceX",
  "OpenAI",
  "Nvidia",
  "Intel",
  "IBM",
  "Oracle",
  "Samsung",
  "Sony",
  "Huawei",
  "Alibaba",
  "Tencent",
  "Toyota",
  "Volkswagen",
  "BMW",
  "Ford",
  "General Motors|GM",
  "Boeing",
  "Airbus",
  "Disney",
  "Walmart",
  "Exxon|ExxonMobil",
  "Chevron",
  "Shell",
  "BP",
  "Gazprom",
  "Rosneft",
  "Aramco|Saudi Aramco",
  "Pfizer",
  "Moderna",
  "Goldman Sachs",
  "JPMorgan|JPMorgan Chase",
  "Uber",
  "Airbnb",
  "Spotify",
  "Nintendo",
];

import { wordSet } from "./word-set";
import { WORLD_ORGANIZATIONS } from "./words.generated";

export interface OrgInfo {
  name: string;
}

const ORGS = new Map<string, OrgInfo>();
{
  for (const entry of KNOWN) {
    const spellings = entry.split("|");
    const info = { name: spellings[0] };
    for (const a of spellings) {
      const k = a.toLowerCase().replace(/^the /, "");
      if (!ORGS.has(k)) ORGS.set(k, info);
    }
  }
  for (const name of WORLD_ORGANIZATIONS.split("|")) if (!ORGS.has(name)) ORGS.set(name, { name: "" });
}

/** name "" means: no canonical spelling, keep the text's. */
export function lookupOrganization(surface: string): OrgInfo | undefined {
  return ORGS.get(surface.toLowerCase().replace(/^the /, ""));
}

/** Last words of a company's name: "Fenwick Partners", "Carrow Mining", "Oskarsen Energy", "Tessel Shipping". */
const COMPANY_HEAD_WORDS = (
  "inc inc. corp corp. corporation ltd ltd. llc plc co co. company companies group holdings industries " +
  "partners ventures capital investments securities insurance systems technologies technology solutions software " +
  "electronics electric energy mining petroleum oil pharmaceuticals pharma logistics foods brands stores " +
  "entertainment telecom communications airlines airways motors " +
  // "Marlow Films", "Kestrel Cement", "Ashby Steel Works"
  "films pictures productions publishing games shipping freight railways steel cement chemicals construction " +
  "engineering aerospace automotive robotics biotech therapeutics health healthcare resources minerals metals utilities " +
  "works mills brewery breweries dairies " +
  // words that end a company's name and nothing else: "Baraka Medical Supplies", "Corvin Enterprises"
  "supplies consulting consultancy pharmaceutical textiles apparel properties realty beverages distillers " +
  "cosmetics semiconductors plastics packaging shipyard shipyards telecommunications reinsurance enterprises"
).split(" ");
export const COMPANY_HEADS = wordSet(COMPANY_HEAD_WORDS);

/** Last words that make a capitalised run an organization. */
export const ORG_HEADS = wordSet([
  ...COMPANY_HEAD_WORDS,
  ...(
    "university college school academy institute institution foundation fund trust society association federation " +
    "union league council committee commission board authority agency bureau service services department ministry office " +
    "delegation squad contingent " +
    "administration government cabinet parliament assembly senate congress court tribunal police army navy force forces " +
    "guard corps command party movement front alliance coalition organization organisation network bank exchange " +
    "times post news journal herald tribune gazette telegraph magazine weekly daily review mail observer express chronicle " +
    "courier monitor inquirer enquirer examiner bulletin dispatch sentinel " +
    "standard press radio tv television broadcasting media studios records club fc team church " +
    "conference laboratory laboratories lab labs initiative project program programme"
  ).split(" "),
]);

/** Head words that mark a news outlet (for "told X"). */
export const MEDIA_HEADS = wordSet(
  "times post news journal herald tribune gazette telegraph magazine weekly daily review mail observer express chronicle courier monitor inquirer enquirer examiner bulletin dispatch sentinel standard press radio tv".split(
    " ",
  ),
);

/** First words of organization names: "University of X", "Ministry of Y". */
/**
 * Abbreviations that open a club's name, as written ("FC Porto", "NK Maribor", "VfB Stuttgart");
 * case matters ("AS", not "As"), and outside a story about sport they are initials ("a paper by AS Smith").
 */
export const CLUB_PREFIXES: ReadonlySet<string> = new Set(
  "FC AFC AC AS CF CD UD SD FK NK SK KV SV VfB VfL TSV RC HNK GNK SSC BSC KRC PFC SC".split(" "),
);
/** Lower-case words of sports reporting: two of them make a story about sport. */
export const SPORT_WORDS = wordSet(
  (
    "match goal goals league coach season cup championship tournament striker goalkeeper midfielder " +
    "defender referee fixture kickoff stadium semi-final quarter-final quarter-finals semi-finals penalty"
  ).split(" "),
);

export const ORG_FIRSTS = wordSet(
  (
    "university college institute ministry department bank council church federation confederation chamber association society " +
    "union league commission committee office bureau board agency court municipality house order party academy " +
    "school federal national royal international"
  ).split(" "),
);

/** Lower-case nouns that introduce an organization's name: "newspaper Krynica". */
export const ORG_INTRODUCERS = wordSet(
  "newspaper daily magazine broadcaster channel network agency outlet website tabloid weekly company firm group party club team charity organisation organization startup carmaker airline bank retailer insurer publisher studio band".split(
    " ",
  ),
);
