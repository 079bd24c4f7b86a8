import { isWorkingDay, LOOK_DAYS, type WorkWeek } from "./calendar.js";
import { NO_RED_DAYS, SWEDISH_RED_DAYS } from "./holidays.js";
import { addDays, type Clock, fromLocal, type LocalDate, toLocal } from "./zoned-time.js";

/**
 * When people work: the workspace's working days (calendar.ts: weekdays less its red days) and
 * a daily window, read in each person's own time zone. Nudges go out only inside it. Pure.
 */
export interface WorkingHours extends WorkWeek {
  start: Clock;
  /** Exclusive; 24:00 means midnight at the end of the day. */
  end: Clock;
}

/** Every hour of every day, red days included. */
export const ALWAYS: WorkingHours = {
  days: [1, 2, 3, 4, 5, 6, 7],
  start: { hour: 0, minute: 0 },
  end: { hour: 24, minute: 0 },
  redDays: NO_RED_DAYS,
};

const DAY_NAMES = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/** "Mon-Fri 08:00-18:00", "Mon,Wed,Fri 09:00-17:00" (Sweden's red days off) or "always"; null when unreadable. */
export function parseWorkingHours(text: string): WorkingHours | null {
  if (text.trim().toLowerCase() === "always") return ALWAYS;
  const match = /^\s*([a-z,-]+)\s+(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$/i.exec(text);
  if (!match) return null;
  const days = new Set<number>();
  for (const part of match[1].toLowerCase().split(",")) {
    const [from, to = from] = part.split("-").map((d) => DAY_NAMES.indexOf(d.slice(0, 3)) + 1);
    if (from < 1 || to < 1) return null;
    for (let d = from; d !== (to % 7) + 1; d = (d % 7) + 1) days.add(d);
  }
  const start = { hour: Number(match[2]), minute: Number(match[3]) };
  const end = { hour: Number(match[4]), minute: Number(match[5]) };
  if (minutes(start) >= minutes(end) || minutes(end) > 24 * 60 || start.minute > 59 || end.minute > 59) return null;
  return { days: [...days].sort(), start, end, redDays: SWEDISH_RED_DAYS };
}

function minutes(clock: Clock): number {
  return clock.hour * 60 + clock.minute;
}

function at(date: LocalDate, clock: Clock, timeZone: string): Date {
  // 24:00 is the next day's midnight.
  return clock.hour === 24 ? fromLocal({ ...addDays(date, 1), hour: 0, minute: 0 }, timeZone) : fromLocal({ ...date, ...clock }, timeZone);
}

export function isWorkingTime(instant: Date, timeZone: string, hours: WorkingHours): boolean {
  const local = toLocal(instant, timeZone);
  if (!isWorkingDay(local, hours)) return false;
  const now = minutes(local);
  return now >= minutes(hours.start) && now < minutes(hours.end);
}

/** `instant` if it is working time, else the end of the last working window before it. */
export function latestWorkingAtOrBefore(instant: Date, timeZone: string, hours: WorkingHours): Date {
  if (isWorkingTime(instant, timeZone, hours)) return instant;
  const local = toLocal(instant, timeZone);
  for (let back = 0; back < LOOK_DAYS; back++) {
    const day = addDays(local, -back);
    if (!isWorkingDay(day, hours)) continue;
    const end = new Date(at(day, hours.end, timeZone).getTime() - 60_000);
    if (end.getTime() <= instant.getTime()) return end;
  }
  return instant;
}

/** `instant` if it is working time, else the start of the next working window. */
export function earliestWorkingAtOrAfter(instant: Date, timeZone: string, hours: WorkingHours): Date {
  if (isWorkingTime(instant, timeZone, hours)) return instant;
  const local = toLocal(instant, timeZone);
  for (let ahead = 0; ahead < LOOK_DAYS; ahead++) {
    const day = addDays(local, ahead);
    if (!isWorkingDay(day, hours)) continue;
    const start = at(day, hours.start, timeZone);
    if (start.getTime() >= instant.getTime()) return start;
  }
  return instant;
}
