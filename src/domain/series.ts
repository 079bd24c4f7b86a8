import rrule from "rrule";
import { isWorkingDay, workingDayBefore } from "./calendar.js";
import type { WorkingHours } from "./working-hours.js";
import { formatIsoDate, type LocalDate } from "./zoned-time.js";

/**
 * Repeating promises: an RFC 5545 RRULE (as the parser gives it, "FREQ=WEEKLY;BYDAY=FR"),
 * expanded by the rrule library on the owner's wall-clock calendar, never in UTC, so a promise
 * at 09:00 stays at 09:00 across DST. An occurrence that falls on a day off moves to the working
 * day before; when that day already had the one before it ("varje vardag" over Christmas), the
 * occurrence is skipped. Pure.
 */

const { rrulestr } = rrule;

export interface Occurrence {
  /** The date the rule gives. */
  occursOn: LocalDate;
  /** The date it is due: `occursOn`, or the working day before when that is a day off. */
  dueOn: LocalDate;
}

/** The rule's dates after `after` (the first one itself when null), moved off days off. */
export function nextOccurrence(rule: string, firstOn: LocalDate, after: Occurrence | null, hours: WorkingHours): Occurrence | null {
  const dates = expand(rule, firstOn);
  let from = after ? utc(after.occursOn) : null;
  // A rule lands on a working day at least this often; ten steps cover every run of days off.
  for (let step = 0; step < 10; step++) {
    const next = from ? dates.after(from, false) : dates.after(utc(firstOn), true);
    if (!next) return null;
    const occursOn = local(next);
    const dueOn = isWorkingDay(occursOn, hours) ? occursOn : workingDayBefore(occursOn, hours);
    if (!after || formatIsoDate(dueOn) > formatIsoDate(after.dueOn)) return { occursOn, dueOn };
    from = next;
  }
  return null;
}

/** Whether a rule can be read at all, and has a date on or after `firstOn`. */
export function ruleOccurs(rule: string, firstOn: LocalDate): boolean {
  try {
    return expand(rule, firstOn).after(utc(firstOn), true) !== null;
  } catch {
    return false;
  }
}

function expand(rule: string, firstOn: LocalDate) {
  // Dates are wall-clock dates written as UTC midnights: rrule's arithmetic then never meets a zone.
  const start = formatIsoDate(firstOn).replaceAll("-", "");
  return rrulestr(`DTSTART:${start}T000000Z\nRRULE:${monthEnd(rule)}`);
}

/**
 * "Monthly on the 31st" means the last day in shorter months, as people mean it (RFC 5545
 * would skip those months): the 29th, 30th or 31st becomes "that day, or the month's last".
 */
function monthEnd(rule: string): string {
  const day = /(?:^|;)BYMONTHDAY=(29|30|31)(?:;|$)/.exec(rule)?.[1];
  if (!day || !/FREQ=MONTHLY/.test(rule) || /BYSETPOS/.test(rule)) return rule;
  const days = Array.from({ length: Number(day) - 27 }, (_, i) => 28 + i).join(",");
  return rule.replace(`BYMONTHDAY=${day}`, `BYMONTHDAY=${days};BYSETPOS=-1`);
}

function utc(date: LocalDate): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day));
}

function local(date: Date): LocalDate {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
