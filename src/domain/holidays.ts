import Holidays from "date-holidays";
import { formatIsoDate, type LocalDate } from "./zoned-time.js";

/**
 * Sweden's red days, from date-holidays (a well-kept calendar of public holidays, with Easter
 * and Midsummer worked out for every year): the public holidays, and julafton, midsommarafton
 * and nyårsafton, which most Swedish workplaces treat as days off. Used by the parser's working
 * days ("inom tre arbetsdagar", "efter jul"); choosing the country is issue 13's setting.
 */

const SWEDEN = new Holidays("SE");
const byYear = new Map<number, ReadonlyMap<string, string>>();

/** The days off of `year`: ISO date → the holiday's Swedish name ("2026-12-24" → "julafton"). */
export function daysOff(year: number): ReadonlyMap<string, string> {
  let days = byYear.get(year);
  if (!days) {
    const found = SWEDEN.getHolidays(year).filter((h) => h.type === "public" || h.type === "bank");
    days = new Map(found.map((h) => [h.date.slice(0, 10), h.name]));
    byYear.set(year, days);
  }
  return days;
}

export function isDayOff(date: LocalDate): boolean {
  return daysOff(date.year).has(formatIsoDate(date));
}

/** The date of a day off by its name in date-holidays' Swedish ("julafton", "påskdagen") in `year`. */
export function dayOffNamed(name: string, year: number): LocalDate | null {
  for (const [iso, holiday] of daysOff(year)) {
    if (holiday.toLowerCase() !== name.toLowerCase()) continue;
    const [y, m, d] = iso.split("-").map(Number);
    return { year: y, month: m, day: d };
  }
  return null;
}
