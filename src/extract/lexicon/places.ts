// General world geography beyond countries and capitals: continents and
// regions, US states, provinces of large federations, and major world cities; and
// (places.generated.ts, isTown) every country's towns of 100,000 people or more and first-level regions.
// Plus the words that mark a name as a place ("X Airport", "X County").
import { wordSet } from "./word-set";
import { GEO_PLACES } from "./places.generated";
import { WORLD_PLACES } from "./words.generated";

const REGIONS =
  "Africa|Asia|Europe|North America|South America|Latin America|Central America|Oceania|Antarctica|Arctic|Antarctic|" +
  "Middle East|Near East|Far East|Southeast Asia|South Asia|Central Asia|East Asia|Eastern Europe|Western Europe|" +
  "Central Europe|Northern Europe|Southern Europe|Scandinavia|Balkans|Baltics|Caucasus|Sahel|Sahara|Maghreb|Horn of Africa|" +
  "West Africa|East Africa|North Africa|Southern Africa|Sub-Saharan Africa|Caribbean|Mediterranean|Pacific|Atlantic|" +
  "Indian Ocean|Black Sea|Red Sea|Baltic Sea|North Sea|South China Sea|Persian Gulf|Gulf of Mexico|Siberia|Patagonia|" +
  "Crimea|Donbas|Donbass|Donetsk|Luhansk|Kherson|Zaporizhzhia|Kharkiv|Odesa|Odessa|Lviv|Gaza|Gaza Strip|West Bank|Golan Heights|" +
  "Kashmir|Tibet|Xinjiang|Hong Kong|Macau|Punjab|Kurdistan|Darfur|Chechnya|Transnistria|Abkhazia|Nagorno-Karabakh|" +
  "England|Scotland|Wales|Northern Ireland|Catalonia|Basque Country|Bavaria|Lombardy|Tuscany|Sicily|Sardinia|Corsica|" +
  "Flanders|Wallonia|Andalusia|Galicia|Brittany|Normandy|Provence|Silicon Valley|Wall Street|White House|Capitol Hill|Buckingham Palace|Red Square|Times Square|Tiananmen Square|Gaza City|Midwest|New England|" +
  "Channel|English Channel|Strait of Hormuz|Suez Canal|Panama Canal|Amazon|Himalayas|Alps|Andes";

const US_STATES =
  "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|Iowa|" +
  "Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|" +
  "New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|" +
  "South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|" +
  "District of Columbia|Washington D.C.|Washington, D.C.|D.C.|Puerto Rico";

const PROVINCES =
  "Ontario|Quebec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|Newfoundland|" +
  "New South Wales|NSW|Victoria|Queensland|South Australia|Western Australia|Tasmania|Northern Territory|" +
  "Guangdong|Sichuan|Hubei|Wuhan|Uttar Pradesh|Maharashtra|Kerala|Tamil Nadu|Bengal|Sindh|Balochistan|Khyber Pakhtunkhwa|" +
  "Alsace|Saxony|Hesse|Lower Saxony|Kurdistan Region|Anbar|Idlib|Aleppo|Homs|Mosul|Basra|Kandahar|Helmand|Herat";

const CITIES =
  "New York City|Los Angeles|Chicago|Houston|Phoenix|Philadelphia|San Antonio|San Diego|Dallas|San Jose|Austin|" +
  "San Francisco|Seattle|Denver|Boston|Detroit|Atlanta|Miami|Las Vegas|Baltimore|Portland|New Orleans|Minneapolis|" +
  "Cleveland|Pittsburgh|St. Louis|Nashville|Orlando|Tampa|Sacramento|Honolulu|Anchorage|Brooklyn|Manhattan|Queens|Bronx|" +
  "Toronto|Montreal|Vancouver|Calgary|Edmonton|Winnipeg|Mexico City|Guadalajara|Monterrey|Havana|" +
  "Sao Paulo|São Paulo|Rio de Janeiro|Buenos Aires|Santiago|Lima|Bogota|Bogotá|Caracas|Quito|" +
  "London|Manchester|Liverpool|Birmingham|Leeds|Glasgow|Edinburgh|Cardiff|Belfast|Dublin|Bristol|Oxford|Cambridge|Sheffield|" +
  "Paris|Marseille|Lyon|Nice|Toulouse|Strasbourg|Berlin|Munich|Hamburg|Frankfurt|Cologne|Stuttgart|Dresden|Leipzig|" +
  "Madrid|Barcelona|Valencia|Seville|Lisbon|Porto|Rome|Milan|Naples|Turin|Florence|Venice|Genoa|Bologna|Palermo|" +
  "Amsterdam|Rotterdam|The Hague|Brussels|Antwerp|Geneva|Zurich|Vienna|Prague|Budapest|Warsaw|Krakow|Kraków|" +
  "Stockholm|Oslo|Copenhagen|Helsinki|Reykjavik|Athens|Istanbul|Ankara|Bucharest|Sofia|Belgrade|Zagreb|Sarajevo|" +
  "Moscow|St. Petersburg|Saint Petersburg|Kyiv|Kiev|Minsk|Vilnius|Riga|Tallinn|Tbilisi|Yerevan|Baku|Volgograd|Kazan|" +
  "Nizhny Novgorod|Yekaterinburg|Novosibirsk|Vladivostok|Mariupol|Bakhmut|Kursk|Belgorod|Sevastopol|" +
  "Beijing|Shanghai|Shenzhen|Guangzhou|Hangzhou|Chongqing|Tianjin|Taipei|Tokyo|Osaka|Kyoto|Hiroshima|Seoul|Busan|Pyongyang|" +
  "Hanoi|Ho Chi Minh City|Bangkok|Manila|Jakarta|Kuala Lumpur|Singapore|Yangon|Phnom Penh|" +
  "Delhi|New Delhi|Mumbai|Bombay|Kolkata|Calcutta|Chennai|Bangalore|Bengaluru|Hyderabad|Karachi|Lahore|Islamabad|Dhaka|Kathmandu|Colombo|" +
  "Kabul|Tehran|Baghdad|Damascus|Beirut|Amman|Jerusalem|Tel Aviv|Riyadh|Jeddah|Mecca|Medina|Dubai|Abu Dhabi|Doha|Muscat|Sanaa|Aden|" +
  "Cairo|Alexandria|Tripoli|Benghazi|Tunis|Algiers|Casablanca|Rabat|Khartoum|Addis Ababa|Nairobi|Mogadishu|Kampala|Kigali|" +
  "Lagos|Abuja|Accra|Dakar|Kinshasa|Johannesburg|Cape Town|Pretoria|Durban|Harare|Luanda|" +
  "Sydney|Melbourne|Brisbane|Perth|Adelaide|Canberra|Auckland|Wellington|Christchurch|Davos|Kremlin";

export type PlaceKind = "region" | "state" | "city";

const PLACES = new Map<string, PlaceKind>();
{
  for (const [list, kind] of [
    [REGIONS, "region"],
    [US_STATES, "state"],
    [PROVINCES, "state"],
    [CITIES, "city"],
  ] as const)
    for (const name of list.split("|")) PLACES.set(name.toLowerCase(), kind);
  for (const name of WORLD_PLACES.split("|")) if (!PLACES.has(name)) PLACES.set(name, "city");
  PLACES.delete("kremlin"); // an institution: see organizations
}

export function lookupPlace(surface: string): PlaceKind | undefined {
  return PLACES.get(surface.toLowerCase());
}

/** Towns and first-level regions of every country (GeoNames, ISO 3166-2), beyond the places above. */
const TOWNS = new Set(GEO_PLACES.split("|"));

/**
 * A town or region the lists above lack ("Kisumu", "Neuquén"). Weaker knowledge than theirs: it
 * types a whole name and never cuts one ("Latina" is a town, "Latina Okoro" a person).
 */
export function isTown(surface: string): boolean {
  return TOWNS.has(surface.toLowerCase());
}

/** Last words that make a capitalised run a place ("Fisht Stadium", "Orange County"). */
export const PLACE_HEADS = wordSet(
  (
    "city county province state district region island islands isle peninsula valley river lake sea ocean bay gulf strait " +
    "mountain mountains mount mt. hill hills desert forest park square street avenue road boulevard bridge airport station " +
    "stadium arena hall centre center palace castle tower towers cathedral mosque temple abbey memorial museum gallery " +
    "hospital port harbour harbor beach coast canal falls village town township borough heights plaza building prison camp " +
    "base field gardens garden zoo theatre theater library cemetery channel " +
    // the same heads in the languages whose place names English news keeps: "Sommer Palast", "Alexanderplatz"
    "palast platz stadion strasse straße"
  ).split(" "),
);

/** First words of a place name: "Mount Everest", "Lake Geneva", "Port Said". */
export const PLACE_FIRSTS = wordSet([
  "mount",
  "mt.",
  "lake",
  "port",
  "fort",
  "cape",
  "isle",
  "san",
  "santa",
  "saint",
  "st.",
  // "Estadio Nacional", "Stadio Olimpico", "Stade de France", "Palacio de Bellas Artes", "Piazza Navona"
  "estadio",
  "stadio",
  "stade",
  "stadion",
  "palacio",
  "palais",
  "piazza",
  // "Cerro Rico", "Lago Maggiore", "Isla Mujeres"
  "cerro",
  "lago",
  "isla",
]);
