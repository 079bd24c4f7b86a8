import { toLocal } from "../domain/zoned-time.js";
import type { Language } from "./language.js";

const LOCALES: Record<Language, string> = { sv: "sv-SE", en: "en-GB" };

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
  const showYear = toLocal(dueAt, timeZone).year !== toLocal(now, timeZone).year;
  const date = formatter(`${language}|${timeZone}|${showYear}`, LOCALES[language], {
    timeZone,
    weekday: "long",
    day: "numeric",
    month: "long",
    ...(showYear ? { year: "numeric" } : {}),
  })
    .format(dueAt)
    .replace(",", "");
  const time = formatter(`time|${timeZone}`, "sv-SE", { timeZone, hour: "2-digit", minute: "2-digit" }).format(dueAt);
  return language === "sv" ? `${date} kl ${time}` : `${date} at ${time}`;
}
