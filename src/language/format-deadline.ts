import { type LocalDate, toLocal } from "../domain/zoned-time.js";
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

const relativeFormats = new Map<Language, Intl.RelativeTimeFormat>();

/** "om 2 timmar", "in 3 days", "för 1 timme sedan", "nu": the distance from now, in words. */
export function relativeTime(target: Date, now: Date, language: Language): string {
  let format = relativeFormats.get(language);
  if (!format) {
    // "always": "om 1 dag", never "i morgon", which a day of hours need not be.
    format = new Intl.RelativeTimeFormat(speak(language).locale, { numeric: "always" });
    relativeFormats.set(language, format);
  }
  const minutes = Math.round((target.getTime() - now.getTime()) / 60_000);
  if (minutes === 0) return new Intl.RelativeTimeFormat(speak(language).locale, { numeric: "auto" }).format(0, "second");
  if (Math.abs(minutes) < 55) return format.format(minutes, "minute");
  // "för 1 timme sedan", not "för 60 minuter sedan"; half hours while they matter, whole
  // hours within the day, then days ("om 1 dag", not "om 33,5 timmar").
  const hours = minutes / 60;
  if (Math.abs(hours) < 10) return format.format(Math.round(hours * 2) / 2, "hour");
  if (Math.abs(hours) < 23.5) return format.format(Math.round(hours), "hour");
  return format.format(Math.max(1, Math.round(Math.abs(hours) / 24)) * Math.sign(hours), "day");
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
