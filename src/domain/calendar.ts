import { isDayOff, type RedDays } from "./holidays.js";
import { addDays, daysInMonth, isoWeekday, type LocalDate } from "./zoned-time.js";

/**
 * Calendar arithmetic for deadline phrases, reminders and series: ISO weeks, weekdays, months
 * and working days (the workspace's working weekdays, less its red days: holidays.ts). Pure; no
 * time zones (zoned-time.ts converts between instants and wall clocks).
 */

/** Which days a workspace works. */
export interface WorkWeek {
  /** ISO weekdays, Monday = 1. */
  days: readonly number[];
  redDays: RedDays;
}

/** The longest run of days off to look past: Christmas to Epiphany, with weekends, in a short week. */
export const LOOK_DAYS = 21;

/** A working weekday that is not a red day. */
export function isWorkingDay(date: LocalDate, week: WorkWeek): boolean {
  return week.days.includes(isoWeekday(date)) && !isDayOff(date, week.redDays);
}

/** The Monday of the ISO week that contains `date`. */
export function mondayOf(date: LocalDate): LocalDate {
  return addDays(date, 1 - isoWeekday(date));
}

/** The date of ISO weekday `weekday` (Monday = 1) in the ISO week of `date`. */
export function weekdayInWeekOf(date: LocalDate, weekday: number): LocalDate {
  return addDays(mondayOf(date), weekday - 1);
}

/** The next date strictly after `today` that falls on `weekday`. */
export function nextWeekday(today: LocalDate, weekday: number): LocalDate {
  const ahead = (weekday - isoWeekday(today) + 7) % 7 || 7;
  return addDays(today, ahead);
}

/**
 * "tisdag om två veckor", "Tuesday in two weeks": `weekday` in the week `weeks` weeks on, but
 * never the plain next one ("på tisdag"): "tisdag om en vecka", said on a Wednesday, is the
 * Tuesday after the coming one.
 */
export function weekdayWeeksOn(today: LocalDate, weekday: number, weeks: number): LocalDate {
  const date = weekdayInWeekOf(addDays(today, 7 * weeks), weekday);
  return compareDates(date, nextWeekday(today, weekday)) <= 0 ? addDays(date, 7) : date;
}

/** `weekday` in the week of `today` if that is today or later, else its next occurrence. */
export function weekdayThisOrNext(today: LocalDate, weekday: number): LocalDate {
  const date = weekdayInWeekOf(today, weekday);
  return compareDates(date, today) >= 0 ? date : nextWeekday(today, weekday);
}

/** `weekday` in the ISO week after the one of `today` ("nästa fredag", "next Friday"). */
export function weekdayNextWeek(today: LocalDate, weekday: number): LocalDate {
  return weekdayInWeekOf(addDays(today, 7), weekday);
}

/** The Monday of ISO week `week` in ISO year `year`. */
export function mondayOfIsoWeek(year: number, week: number): LocalDate {
  const jan4 = { year, month: 1, day: 4 };
  return addDays(mondayOf(jan4), (week - 1) * 7);
}

/** The ISO week number and ISO year of a date. */
export function isoWeek(date: LocalDate): { year: number; week: number } {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const firstMonday = mondayOfIsoWeek(thursday.year, 1);
  const days =
    (Date.UTC(thursday.year, thursday.month - 1, thursday.day) - Date.UTC(firstMonday.year, firstMonday.month - 1, firstMonday.day)) /
    86_400_000;
  return { year: thursday.year, week: Math.floor(days / 7) + 1 };
}

/** Friday of ISO week `week`: this ISO year's if the week is not behind us, else next year's. */
export function fridayOfWeekNumber(today: LocalDate, week: number): LocalDate | null {
  if (week < 1 || week > 53) return null;
  const current = isoWeek(today);
  const year = week < current.week ? current.year + 1 : current.year;
  return addDays(mondayOfIsoWeek(year, week), 4);
}

/** The latest working day on or before `date`. */
export function workingDayOnOrBefore(date: LocalDate, week: WorkWeek): LocalDate {
  let day = date;
  for (let i = 0; i < LOOK_DAYS && !isWorkingDay(day, week); i++) day = addDays(day, -1);
  return day;
}

/** The working day before `date` ("innan fredag" on a normal week is Thursday). */
export function workingDayBefore(date: LocalDate, week: WorkWeek): LocalDate {
  return workingDayOnOrBefore(addDays(date, -1), week);
}

/** The next working day after `date`. */
export function nextWorkingDay(date: LocalDate, week: WorkWeek): LocalDate {
  let day = addDays(date, 1);
  for (let i = 0; i < LOOK_DAYS && !isWorkingDay(day, week); i++) day = addDays(day, 1);
  return day;
}

/** `count` working days after `date` ("inom 2 arbetsdagar"). */
export function addWorkingDays(date: LocalDate, count: number, week: WorkWeek): LocalDate {
  let day = date;
  for (let i = 0; i < count; i++) day = nextWorkingDay(day, week);
  return day;
}

/** The same day `months` months on, clamped to the month's length (31 Jan + 1 → 28 Feb). */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const index = date.year * 12 + date.month - 1 + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** The last working day of a month. */
export function lastWorkingDayOfMonth(year: number, month: number, week: WorkWeek): LocalDate {
  return workingDayOnOrBefore({ year, month, day: daysInMonth(year, month) }, week);
}

/** The year in which `month` next comes round: this year unless it is already behind us. */
export function yearOfUpcomingMonth(today: LocalDate, month: number): number {
  return month < today.month ? today.year + 1 : today.year;
}

/**
 * Friday of the `n`th week of a month, a week belonging to the month its Thursday is in (as
 * ISO weeks do: "första veckan i januari" is week 1). n = -1 is the month's last Friday.
 */
export function fridayOfWeekInMonth(year: number, month: number, n: number): LocalDate {
  if (n < 0) {
    const last = { year, month, day: daysInMonth(year, month) };
    return addDays(last, -((isoWeekday(last) - 5 + 7) % 7));
  }
  const first = { year, month, day: 1 };
  const thursday = addDays(first, (4 - isoWeekday(first) + 7) % 7);
  return addDays(thursday, 1 + (n - 1) * 7);
}

/** The `n`th `weekday` (ISO, Monday = 1) of a month; n = -1 is the last. Null when there is no such day (a fifth). */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, n: number): LocalDate | null {
  if (n < 0) {
    const last = { year, month, day: daysInMonth(year, month) };
    return addDays(last, -((isoWeekday(last) - weekday + 7) % 7));
  }
  const first = { year, month, day: 1 };
  const date = addDays(first, ((weekday - isoWeekday(first) + 7) % 7) + (n - 1) * 7);
  return date.month === month ? date : null;
}

/** Compare two dates: negative when a is earlier. */
export function compareDates(a: LocalDate, b: LocalDate): number {
  return Date.UTC(a.year, a.month - 1, a.day) - Date.UTC(b.year, b.month - 1, b.day);
}

/** A day and month, in this year if still ahead (or today), else next year. */
export function upcomingDate(today: LocalDate, month: number, day: number): LocalDate {
  const thisYear = { year: today.year, month, day };
  return compareDates(thisYear, today) >= 0 ? thisYear : { year: today.year + 1, month, day };
}

/** A day of the month, in this month if still ahead (or today), else next month. */
export function upcomingDayOfMonth(today: LocalDate, day: number): LocalDate {
  if (day >= today.day && day <= daysInMonth(today.year, today.month)) return { ...today, day };
  const month = today.month === 12 ? 1 : today.month + 1;
  const year = today.month === 12 ? today.year + 1 : today.year;
  return { year, month, day: Math.min(day, daysInMonth(year, month)) };
}

/** True when the date exists (no 31 April). */
export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}
