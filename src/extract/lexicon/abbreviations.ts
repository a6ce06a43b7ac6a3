// Abbreviations written in capitals that name no person, body or place: titles, units,
// currencies, diseases, technologies, everyday initialisms. General English only.
import { wordSet } from "./word-set";

export const COMMON_ABBREVIATIONS = wordSet(
  // titles and roles
  (
    "CEO CFO COO CTO CIO MD MP MPS MEP MEPS PM VP QC KC PHD MBA MVP VIP " +
    // economy and measures
    "GDP GNP IPO CPI PMI VAT ROI EPS USD EUR GBP JPY CNY CHF AUD CAD INR RUB KM KG MPH KPH UTC GMT CET EST PST " +
    "AM PM BC AD BCE CE " +
    // health and science
    "HIV AIDS COVID SARS MERS MRI ICU CT DNA RNA PCR CO2 UV " +
    // technology and media
    "AI IT TV PC GPS SMS URL PDF USB LED LNG LPG EV EVS SUV ATM CCTV DVD CD FAQ OK ID IDS " +
    // grammar of the page
    "I II III IV V VI VII VIII IX X XI XII"
  ).split(" "),
);
