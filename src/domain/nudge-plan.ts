import { nextWorkingDay, workingDayBefore } from "./calendar.js";
import { earliestWorkingAtOrAfter, isWorkingTime, latestWorkingAtOrBefore, type WorkingHours } from "./working-hours.js";
import { type Clock, fromLocal, type LocalDate, toLocal } from "./zoned-time.js";

/**
 * When Lofte reminds the owner of a promise: a pure function of the promise, the settings
 * and the current time. Recomputed whenever the promise changes.
 *
 *  1. heads-up: the working day before the deadline at 09:00, when the deadline is at least a
 *     working day away;
 *  2. due soon: 2 h before a deadline with a time, 09:00 on the day for a date-only one
 *     ("Håller du tiden?");
 *  3. overdue: 1 h after the deadline, then each working morning at 09:00, at most 3 in all.
 *
 * Reminders go out only in the owner's working hours. One before the deadline that would fall
 * outside moves earlier (never later than the deadline, never before now); an overdue one
 * cannot move before the deadline, so it moves to the start of the next working window.
 */

export type NudgeKind = "heads_up" | "due_soon" | "overdue" | "escalation";

export interface PlannedNudge {
  kind: NudgeKind;
  at: Date;
}

export interface NudgeSettings {
  /** Local time of the heads-up, of a date-only due-soon, and of overdue mornings (09:00). */
  morning: Clock;
  dueSoonBeforeMs: number;
  overdueAfterMs: number;
  /** How long a due-soon question may go unanswered before the lead is told. */
  escalateAfterMs: number;
  overdueCount: number;
  workingHours: WorkingHours;
}

export interface PlannableCommitment {
  dueAt: Date;
  hasTime: boolean;
  /** The owner's time zone. */
  timeZone: string;
  /** The owner asked not to be reminded before this instant. */
  snoozedUntil?: Date | null;
}

export function planNudges(c: PlannableCommitment, settings: NudgeSettings, now: Date): PlannedNudge[] {
  const zone = c.timeZone;
  const hours = settings.workingHours;
  const dueDay = toLocal(c.dueAt, zone);
  const morningOf = (day: LocalDate) => fromLocal({ ...day, ...settings.morning }, zone);
  // Into working hours: earlier if that is still ahead, else the next working moment before the
  // deadline; null when no working time is left before it.
  const inWorkingHours = (at: Date): Date | null => {
    const earlier = latestWorkingAtOrBefore(at, zone, hours);
    if (earlier.getTime() >= now.getTime()) return earlier;
    const next = earliestWorkingAtOrAfter(new Date(Math.max(at.getTime(), now.getTime())), zone, hours);
    return next.getTime() < c.dueAt.getTime() ? next : null;
  };

  const plan: PlannedNudge[] = [];
  const push = (kind: NudgeKind, at: Date | null) => {
    if (at) plan.push({ kind, at });
  };
  const headsUp = morningOf(workingDayBefore(dueDay, hours));
  if (headsUp.getTime() > now.getTime()) push("heads_up", inWorkingHours(headsUp));

  const dueSoon = usualDueSoonAt(c, settings);
  if (dueSoon.getTime() > now.getTime() && dueSoon.getTime() < c.dueAt.getTime()) push("due_soon", inWorkingHours(dueSoon));

  let overdue = earliestWorkingAtOrAfter(new Date(c.dueAt.getTime() + settings.overdueAfterMs), zone, hours);
  for (let i = 0; i < settings.overdueCount; i++) {
    plan.push({ kind: "overdue", at: overdue });
    let next = morningOf(nextWorkingDay(toLocal(overdue, zone), hours));
    if (!isWorkingTime(next, zone, hours)) next = earliestWorkingAtOrAfter(next, zone, hours);
    overdue = next;
  }

  const snoozed = c.snoozedUntil && c.snoozedUntil.getTime() > now.getTime() ? c.snoozedUntil : null;
  const kept = plan.filter((n) => n.at.getTime() >= now.getTime() && (!snoozed || n.at.getTime() >= snoozed.getTime()));
  // A snooze is a promise to ask again: a due-soon question when it ends (in working hours), unless that is after the deadline.
  const askAgain = snoozed ? earliestWorkingAtOrAfter(snoozed, zone, hours) : null;
  if (askAgain && askAgain.getTime() < c.dueAt.getTime()) kept.push({ kind: "due_soon", at: askAgain });
  return dedupe(kept).sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** Two reminders of one kind at the same instant are one (the outbox is unique on that). */
function dedupe(plan: PlannedNudge[]): PlannedNudge[] {
  const seen = new Set<string>();
  return plan.filter((n) => {
    const key = `${n.kind}@${n.at.getTime()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** When the due-soon question is usually asked: `dueSoonBefore` ahead of a time, the deadline's morning for a day. */
function usualDueSoonAt(c: PlannableCommitment, settings: NudgeSettings): Date {
  if (c.hasTime) return new Date(c.dueAt.getTime() - settings.dueSoonBeforeMs);
  const day = toLocal(c.dueAt, c.timeZone);
  return fromLocal({ year: day.year, month: day.month, day: day.day, ...settings.morning }, c.timeZone);
}

/**
 * When an unanswered due-soon question makes the promise at risk: `escalateAfter` (2 h) after it
 * was asked, or at the deadline if sooner. Never earlier than that after the question's usual
 * time: a question asked early (again after a snooze, which is an answer) does not bring the
 * lead's alert forward, so "remind me in 3 hours" the day before does not alarm the lead that
 * evening.
 */
export function noAnswerEscalationAt(askedAt: Date, c: PlannableCommitment, settings: NudgeSettings): Date {
  const from = Math.max(askedAt.getTime(), usualDueSoonAt(c, settings).getTime());
  return new Date(Math.min(from + settings.escalateAfterMs, c.dueAt.getTime()));
}
