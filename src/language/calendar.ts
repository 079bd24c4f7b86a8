import { addDays, daysInMonth, isoWeekday, type LocalDate } from "../domain/zoned-time.js";

/**
 * Calendar arithmetic for deadline phrases: ISO weeks, weekdays and working days. Pure.
 */

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

/** The latest working day on or before `date`. */
export function workingDayOnOrBefore(date: LocalDate, workingDays: readonly number[]): LocalDate {
  let day = date;
  for (let i = 0; i < 7 && !workingDays.includes(isoWeekday(day)); i++) day = addDays(day, -1);
  return day;
}

/** The working day before `date` ("innan fredag" on a normal week is Thursday). */
export function workingDayBefore(date: LocalDate, workingDays: readonly number[]): LocalDate {
  return workingDayOnOrBefore(addDays(date, -1), workingDays);
}

/** The next working day after `date`. */
export function nextWorkingDay(date: LocalDate, workingDays: readonly number[]): LocalDate {
  let day = addDays(date, 1);
  for (let i = 0; i < 7 && !workingDays.includes(isoWeekday(day)); i++) day = addDays(day, 1);
  return day;
}

/** The last working day of a month. */
export function lastWorkingDayOfMonth(year: number, month: number, workingDays: readonly number[]): LocalDate {
  return workingDayOnOrBefore({ year, month, day: daysInMonth(year, month) }, workingDays);
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
