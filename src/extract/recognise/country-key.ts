import { lookupCountry } from "../lexicon/countries";
import { slugify } from "../slug";

/** Entity key of a country by canonical name ("Russia" -> "country:russia"); territories are places. */
export function countryKey(name: string): string {
  const c = lookupCountry(name);
  return `${c && !c.sovereign ? "place" : "country"}:${slugify(name)}`;
}
