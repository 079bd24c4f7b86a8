import { daysBetween, type LocalDate, localDate, toLocal } from "../domain/zoned-time.js";
import { speak } from "./index.js";
import type { Language } from "./pack.js";

/** Intl formatters are slow to make and safe to share: one per language, zone and shape. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(key: string, locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, found);
  }
  return found;
}

/**
 * A deadline as people read it, always with weekday, date and time in the reader's zone:
 * "fredag 27 november kl 17:00", "Friday 27 November at 17:00". The year is added when it
 * is not the current one.
 */
export function formatDeadline(dueAt: Date, timeZone: string, language: Language, now: Date): string {
  const { locale, messages } = speak(language);
  const showYear = toLocal(dueAt, timeZone).year !== toLocal(now, timeZone).year;
  const date = formatter(`${language}|${timeZone}|${showYear}`, locale, {
    timeZone,
    weekday: "long",
    day: "numeric",
    month: "long",
    ...(showYear ? { year: "numeric" } : {}),
  })
    .format(dueAt)
    .replace(",", "");
  // 24-hour "17:00" in every language.
  const time = formatter(`time|${timeZone}`, "sv-SE", { timeZone, hour: "2-digit", minute: "2-digit" }).format(dueAt);
  return messages.dateAtTime(date, time);
}

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

function relativeFormat(language: Language, numeric: "always" | "auto"): Intl.RelativeTimeFormat {
  let format = relativeFormats.get(`${language}|${numeric}`);
  if (!format) {
    format = new Intl.RelativeTimeFormat(speak(language).locale, { numeric });
    relativeFormats.set(`${language}|${numeric}`, format);
  }
  return format;
}

/**
 * "om 2 timmar", "i morgon", "in 3 days", "för 1 timme sedan", "nu": the distance from now, in
 * words. Minutes under the hour; half hours while they matter, whole hours within the day
 * ("för 1 timme sedan", not "för 60 minuter sedan"); beyond that, days as the reader's
 * calendar counts them in `timeZone`: tomorrow evening is "i morgon" whether it is 25 or 33
 * hours away, and 02:00 the day after tomorrow "i övermorgon".
 */
export function relativeTime(target: Date, now: Date, language: Language, timeZone: string): string {
  const minutes = Math.round((target.getTime() - now.getTime()) / 60_000);
  if (minutes === 0) return relativeFormat(language, "auto").format(0, "second");
  const numbers = relativeFormat(language, "always");
  if (Math.abs(minutes) < 55) return numbers.format(minutes, "minute");
  const hours = minutes / 60;
  if (Math.abs(hours) < 10) return numbers.format(Math.round(hours * 2) / 2, "hour");
  const days = daysBetween(localDate(now, timeZone), localDate(target, timeZone));
  // Within the day, or the same date 23.5 hours on (a day of 25 hours, in October).
  if (Math.abs(hours) < 23.5 || days === 0) return numbers.format(Math.round(hours), "hour");
  return relativeFormat(language, "auto").format(days, "day");
}

/** A day without its weekday: "25 december", "25 December". */
export function formatDay(date: LocalDate, language: Language): string {
  const { locale } = speak(language);
  const noon = new Date(Date.UTC(date.year, date.month - 1, date.day, 12));
  return formatter(`day|${language}`, locale, { timeZone: "UTC", day: "numeric", month: "long" }).format(noon);
}

/** A day's weekday: "torsdag", "Thursday". */
export function formatWeekday(date: LocalDate, language: Language): string {
  const { locale } = speak(language);
  const noon = new Date(Date.UTC(date.year, date.month - 1, date.day, 12));
  return formatter(`weekday|${language}`, locale, { timeZone: "UTC", weekday: "long" }).format(noon);
}
