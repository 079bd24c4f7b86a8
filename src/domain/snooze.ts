import { nextWorkingDay } from "./calendar.js";
import type { WorkingHours } from "./working-hours.js";
import { addDays, type Clock, fromLocal, toLocal } from "./zoned-time.js";

/** The snooze choices a reminder offers. */
export const SNOOZE_CHOICES = ["1h", "3h", "tomorrow", "nextWorkingDay"] as const;
export type SnoozeChoice = (typeof SNOOZE_CHOICES)[number];

/** When a snooze ends: in 1 or 3 hours, tomorrow at 09:00, or the next working day at 09:00 (owner's clock). */
export function snoozeUntil(choice: SnoozeChoice, now: Date, timeZone: string, morning: Clock, hours: WorkingHours): Date {
  if (choice === "1h") return new Date(now.getTime() + 3_600_000);
  if (choice === "3h") return new Date(now.getTime() + 3 * 3_600_000);
  const today = toLocal(now, timeZone);
  const day = choice === "tomorrow" ? addDays(today, 1) : nextWorkingDay(today, hours);
  return fromLocal({ ...day, ...morning }, timeZone);
}
