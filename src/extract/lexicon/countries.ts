// Country names, alternative names and demonyms, keyed by lower-cased surface
// form (dots kept: "u.s." and "us" are both listed).
import { COUNTRY_ROWS } from "./countries.generated";

export interface CountryInfo {
  /** canonical name, e.g. "United States" */
  name: string;
  /** sovereign country (else a territory, typed place) */
  sovereign: boolean;
}

// Names English news uses that world-countries lacks.
const EXTRA_NAMES: Record<string, string[]> = {
  "United States": ["U.S.", "U.S.A.", "America", "the States"],
  "United Kingdom": ["U.K.", "Britain"],
  "United Arab Emirates": ["UAE", "U.A.E."],
  "South Korea": ["Korea Republic", "Republic of Korea", "Korea"],
  "North Korea": ["DPRK", "Democratic People's Republic of Korea"],
  China: ["PRC", "People's Republic of China", "Mainland China"],
  Russia: ["Russian Federation"],
  Czechia: ["Czech Republic"],
  Netherlands: ["Holland", "The Netherlands"],
  Myanmar: ["Burma"],
  "Ivory Coast": ["Côte d'Ivoire", "Cote d'Ivoire"],
  "DR Congo": ["DRC", "Democratic Republic of the Congo", "Congo-Kinshasa"],
  Eswatini: ["Swaziland"],
  "North Macedonia": ["Macedonia"],
  Türkiye: ["Turkey", "Turkiye"],
  "Vatican City": ["Vatican", "Holy See"],
  Palestine: ["Palestinian Territories"],
  Taiwan: ["Republic of China"],
};

const EXTRA_DEMONYMS: Record<string, string[]> = {
  "United States": ["US", "U.S."],
  "United Kingdom": ["UK", "U.K.", "Briton", "English"],
  Netherlands: ["Dutch"],
  Philippines: ["Filipino", "Philippine"],
  China: ["Chinese"],
  "New Zealand": ["Kiwi"],
  Afghanistan: ["Afghani"],
  Israel: ["Israeli"],
  Palestine: ["Palestinian"],
  "Saudi Arabia": ["Saudi"],
  Iraq: ["Iraqi"],
  Pakistan: ["Pakistani"],
  Bangladesh: ["Bangladeshi"],
  Kuwait: ["Kuwaiti"],
  Yemen: ["Yemeni"],
  Qatar: ["Qatari"],
  Thailand: ["Thai"],
  Switzerland: ["Swiss"],
};

const COUNTRIES = new Map<string, CountryInfo>();
const DEMONYMS = new Map<string, CountryInfo>();
const CAPITALS = new Map<string, CountryInfo>();

function add(map: Map<string, CountryInfo>, name: string, info: CountryInfo) {
  const k = name.toLowerCase();
  if (!map.has(k)) map.set(k, info);
}

function plural(demonym: string): string[] {
  if (/(ese|ish|ch|ss|sh|i)$/.test(demonym)) return demonym.endsWith("i") ? [demonym + "s"] : [];
  return [demonym + "s"];
}

{
  for (const [name, sovereign, aliases, demonyms, capitals] of COUNTRY_ROWS) {
    const info: CountryInfo = { name, sovereign: sovereign === 1 };
    add(COUNTRIES, name, info);
    for (const a of [...aliases, ...(EXTRA_NAMES[name] ?? [])]) add(COUNTRIES, a.replace(/^the /i, ""), info);
    for (const d of [...demonyms, ...(EXTRA_DEMONYMS[name] ?? [])]) {
      add(DEMONYMS, d, info);
      for (const p of plural(d)) add(DEMONYMS, p, info);
    }
    for (const c of capitals) add(CAPITALS, c, info);
  }
  // also a US state: decided by context in recognise
  COUNTRIES.set("georgia", { name: "Georgia", sovereign: true });
}

export function lookupCountry(surface: string): CountryInfo | undefined {
  return COUNTRIES.get(surface.toLowerCase());
}
export function lookupDemonym(surface: string): CountryInfo | undefined {
  return DEMONYMS.get(surface.toLowerCase());
}
export function lookupCapital(surface: string): CountryInfo | undefined {
  return CAPITALS.get(surface.toLowerCase());
}
