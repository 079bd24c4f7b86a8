import Holidays from "date-holidays";
import { formatIsoDate, type LocalDate, parseIsoDate } from "./zoned-time.js";

/**
 * Sweden's red days, from date-holidays (a well-kept calendar of public holidays, with Easter
 * and Midsummer worked out for every year): the public holidays, and julafton, midsommarafton
 * and nyårsafton, which most Swedish workplaces treat as days off. Used by the parser's working
 * days ("inom tre arbetsdagar", "efter jul"); choosing the country is issue 13's setting.
 */

const SWEDEN = new Holidays("SE");
const byYear = new Map<string, ReadonlyMap<string, string>>();

/** The days off of `year`: ISO date → the holiday's name ("2026-12-24" → "julafton", or "Christmas Eve" in English). */
export function daysOff(year: number, language: "sv" | "en" = "sv"): ReadonlyMap<string, string> {
  const key = `${year}:${language}`;
  let days = byYear.get(key);
  if (!days) {
    const found = SWEDEN.getHolidays(year, language).filter((h) => h.type === "public" || h.type === "bank");
    days = new Map(found.map((h) => [h.date.slice(0, 10), h.name]));
    byYear.set(key, days);
  }
  return days;
}

/** The name of the red day `date` is, in `language`, or null on an ordinary day. */
export function dayOffName(date: LocalDate, language: "sv" | "en"): string | null {
  return daysOff(date.year, language).get(formatIsoDate(date)) ?? null;
}

export function isDayOff(date: LocalDate): boolean {
  return daysOff(date.year).has(formatIsoDate(date));
}

/** The date of a day off by its name in date-holidays' Swedish ("julafton", "påskdagen") in `year`. */
export function dayOffNamed(name: string, year: number): LocalDate | null {
  for (const [iso, holiday] of daysOff(year)) {
    if (holiday.toLowerCase() !== name.toLowerCase()) continue;
    return parseIsoDate(iso);
  }
  return null;
}
