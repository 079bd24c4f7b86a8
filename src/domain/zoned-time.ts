/**
 * Wall-clock time in an IANA time zone, without a date library.
 *
 * Deadlines are stored as instants, but people think in local days and clock times. These pure
 * functions convert between the two with Intl, so the offset is always the one in force on the
 * date itself (DST), whatever the server's own zone is.
 */

/** A local date and time in some time zone. Month is 1–12; weekday is ISO (Monday = 1). */
export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** A clock time of day. */
export interface Clock {
  hour: number;
  minute: number;
}

export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The zone as the IANA database spells it ("europe/stockholm" → "Europe/Stockholm"); null when there is none such. */
export function canonicalTimeZone(timeZone: string): string | null {
  if (!isValidTimeZone(timeZone)) return null;
  return new Intl.DateTimeFormat("en-US", { timeZone }).resolvedOptions().timeZone;
}

/**
 * The zone a place is known by, as people type it ("Stockholm", "new york", "Sao_Paulo"): the IANA
 * zone whose last part is that place, or null.
 */
export function timeZoneOfPlace(place: string): string | null {
  const wanted = placeKey(place);
  if (wanted === "" || place.includes("/")) return null;
  const alias = PLACE_ALIASES[wanted];
  if (alias) return alias;
  return Intl.supportedValuesOf("timeZone").find((zone) => placeKey(zone.split("/").at(-1) ?? "") === wanted) ?? null;
}

/** A place as compared: lower case, accents off, spaces single ("São_Paulo" → "sao paulo"). */
function placeKey(place: string): string {
  return place
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, " ");
}

/** Places people name that are no zone's own name ("Göteborg" keeps Stockholm's time; "Kyiv" is "Kiev" in older zone data). */
const PLACE_ALIASES: Readonly<Record<string, string>> = {
  goteborg: "Europe/Stockholm",
  gothenburg: "Europe/Stockholm",
  malmo: "Europe/Stockholm",
  uppsala: "Europe/Stockholm",
  sverige: "Europe/Stockholm",
  sweden: "Europe/Stockholm",
  kopenhamn: "Europe/Copenhagen",
  helsingfors: "Europe/Helsinki",
  kyiv: "Europe/Kiev",
  kolkata: "Asia/Calcutta",
};

/** True when `timeZone` is an IANA zone this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    partsFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

const QUARTER_HOUR = 900_000;
/** Offsets by zone and quarter hour: they only change on the quarter hour, and Intl is slow. */
const offsets = new Map<string, Map<number, number>>();

/** Minutes the zone is ahead of UTC at `instant` (Stockholm in summer: 120). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  return offsetAt(instant.getTime(), timeZone);
}

function offsetAt(epochMs: number, timeZone: string): number {
  const quarter = Math.floor(epochMs / QUARTER_HOUR);
  let zone = offsets.get(timeZone);
  if (!zone) {
    zone = new Map();
    offsets.set(timeZone, zone);
  }
  let offset = zone.get(quarter);
  if (offset === undefined) {
    offset = readOffset(new Date(quarter * QUARTER_HOUR), timeZone);
    if (zone.size > 100_000) zone.clear();
    zone.set(quarter, offset);
  }
  return offset;
}

function readOffset(instant: Date, timeZone: string): number {
  const values: Record<string, number> = {};
  for (const part of partsFormatter(timeZone).formatToParts(instant)) {
    if (part.type !== "literal") values[part.type] = Number(part.value);
  }
  const asUtc = Date.UTC(values.year, values.month - 1, values.day, values.hour, values.minute, values.second);
  return Math.round((asUtc - instant.getTime()) / 60_000);
}

/** The local wall-clock reading of `instant` in `timeZone`. */
export function toLocal(instant: Date, timeZone: string): LocalDateTime & { second: number } {
  const shifted = new Date(instant.getTime() + offsetAt(instant.getTime(), timeZone) * 60_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

/**
 * The instant at which clocks in `timeZone` show `local`. A time skipped by a DST switch
 * (02:30 on the last Sunday of March) moves forward by the gap; a repeated one takes the first.
 */
export function fromLocal(local: LocalDateTime, timeZone: string): Date {
  const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  // The offsets a day before and a day after cover both sides of any DST switch.
  const before = wall - offsetAt(wall - 86_400_000, timeZone) * 60_000;
  const after = wall - offsetAt(wall + 86_400_000, timeZone) * 60_000;
  const readsBack = (t: number) => t + offsetAt(t, timeZone) * 60_000 === wall;
  // A repeated time takes the first; in a gap neither reads back, and the offset before the
  // switch moves the time forward.
  if (readsBack(before) && (before <= after || !readsBack(after))) return new Date(before);
  return new Date(readsBack(after) ? after : before);
}

/** ISO weekday of a calendar date: Monday = 1 … Sunday = 7. */
export function isoWeekday(date: LocalDate): number {
  const day = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The calendar date `days` after `date` (negative goes back). */
export function addDays(date: LocalDate, days: number): LocalDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** Calendar days from `from` to `to`: 1 from Monday to Tuesday, -1 back, whatever the clock changes. */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / 86_400_000);
}

/** Number of days in a month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "HH:MM" → minutes after midnight, or null when it is not a valid clock time. */
export function parseClock(text: string): Clock | null {
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(text.trim());
  return match ? { hour: Number(match[1]), minute: Number(match[2]) } : null;
}

/** "YYYY-MM-DD" for a local date. */
export function formatIsoDate(date: LocalDate): string {
  return `${date.year}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
}

/** The calendar date `instant` falls on in `timeZone`. */
export function localDate(instant: Date, timeZone: string): LocalDate {
  const { year, month, day } = toLocal(instant, timeZone);
  return { year, month, day };
}

/** A stored "YYYY-MM-DD" (written by formatIsoDate) as a local date. */
export function parseIsoDate(iso: string): LocalDate {
  const [year, month, day] = iso.split("-").map(Number);
  return { year, month, day };
}

/** "HH:MM" for a local time. */
export function formatClock(time: Clock): string {
  return `${String(time.hour).padStart(2, "0")}:${String(time.minute).padStart(2, "0")}`;
}

/** An ISO 8601 string with the zone's own offset, e.g. 2026-11-27T17:00:00+01:00. */
export function formatIsoWithOffset(instant: Date, timeZone: string): string {
  const local = toLocal(instant, timeZone);
  const offset = offsetMinutes(instant, timeZone);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${formatIsoDate(local)}T${pad(local.hour)}:${pad(local.minute)}:${pad(local.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
