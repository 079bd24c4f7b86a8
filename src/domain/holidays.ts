import Holidays from "date-holidays";
import { formatIsoDate, type LocalDate, parseIsoDate } from "./zoned-time.js";

/**
 * Red days, from date-holidays (a well-kept calendar of public holidays, with Easter and
 * Midsummer worked out for every year): a country's public holidays and, when the workspace
 * says so, the eves date-holidays counts as bank holidays (julafton, midsommarafton and
 * nyårsafton in Sweden), which most Swedish workplaces treat as days off. The workspace
 * chooses in its settings; Sweden with the eves off is the default.
 */
export interface RedDays {
  /** ISO 3166 code of the country whose holidays are days off; null: none are ("always"). */
  country: string | null;
  /** Julafton, midsommarafton and nyårsafton (the country's eves) are days off too. */
  evesOff: boolean;
}

export const SWEDISH_RED_DAYS: RedDays = { country: "SE", evesOff: true };
export const NO_RED_DAYS: RedDays = { country: null, evesOff: false };

/** The countries a workspace may choose: the Nordics and the neighbours Swedish teams sell to. */
export const COUNTRIES = ["SE", "NO", "DK", "FI", "EE", "DE", "AT", "NL", "PL", "GB", "US"] as const;

const NONE: ReadonlyMap<string, string> = new Map();
const calendars = new Map<string, Holidays>();
const byYear = new Map<string, ReadonlyMap<string, string>>();
/** Sweden's holidays and eves of a year by name (lower case) → ISO date, for the parser's "efter jul". */
const namedByYear = new Map<number, ReadonlyMap<string, string>>();

function calendarOf(country: string): Holidays {
  let calendar = calendars.get(country);
  if (!calendar) {
    calendar = new Holidays(country);
    calendars.set(country, calendar);
  }
  return calendar;
}

/** The days off of `year`: ISO date → the holiday's name ("2026-12-24" → "julafton", or "Christmas Eve" in English). */
export function daysOff(year: number, redDays: RedDays, language: "sv" | "en" = "sv"): ReadonlyMap<string, string> {
  const { country, evesOff } = redDays;
  if (country === null) return NONE;
  const key = `${country}:${evesOff}:${year}:${language}`;
  let days = byYear.get(key);
  if (!days) {
    const found = calendarOf(country)
      .getHolidays(year, language)
      .filter((h) => h.type === "public" || (evesOff && h.type === "bank"));
    days = new Map(found.map((h) => [h.date.slice(0, 10), h.name]));
    byYear.set(key, days);
  }
  return days;
}

/**
 * The eves `country` has, which "eves off" makes days off: those date-holidays counts as bank
 * holidays ("midsommarafton", "julafton", "nyårsafton" in Sweden; none in the United Kingdom).
 */
export function evesOf(country: string, year: number, language: "sv" | "en"): string[] {
  return calendarOf(country)
    .getHolidays(year, language)
    .filter((h) => h.type === "bank")
    .map((h) => h.name);
}

/** The name of the red day `date` is, in `language`, or null on an ordinary day. */
export function dayOffName(date: LocalDate, redDays: RedDays, language: "sv" | "en"): string | null {
  return daysOff(date.year, redDays, language).get(formatIsoDate(date)) ?? null;
}

/** A red day where `redDays` says: one of the country's public holidays, or an eve when they are off. */
export function isDayOff(date: LocalDate, redDays: RedDays): boolean {
  return daysOff(date.year, redDays).has(formatIsoDate(date));
}

/**
 * The date of a Swedish holiday or eve by its name in date-holidays' Swedish ("julafton",
 * "påskdagen", "valborgsmässoafton") in `year`: the parser's "efter jul" names a date,
 * whichever days the workspace has off.
 */
export function holidayNamed(name: string, year: number): LocalDate | null {
  let named = namedByYear.get(year);
  if (!named) {
    named = new Map(
      calendarOf("SE")
        .getHolidays(year, "sv")
        .map((h) => [h.name.toLowerCase(), h.date.slice(0, 10)]),
    );
    namedByYear.set(year, named);
  }
  const iso = named.get(name.toLowerCase());
  return iso ? parseIsoDate(iso) : null;
}
