import { isoWeek, isWorkingDay, mondayOf, type WorkWeek } from "./calendar.js";
import { isDayOff } from "./holidays.js";
import { addDays, fromLocal, type LocalDate, toLocal } from "./zoned-time.js";

/**
 * What a channel's weekly digest says: a pure function of the channel's promises and the
 * time. Weeks are ISO weeks on the workspace's clock.
 */

export interface DigestCommitment {
  id: string;
  ownerId: string;
  creatorId: string;
  task: string;
  /** The language the task is written in. */
  language: string;
  customer: string | null;
  dueAt: Date;
  status: string;
  completedAt: Date | null;
  createdAt: Date;
  lastAnswer: string | null;
  permalink: string | null;
  /** A repeating promise's repeat, as typed. */
  repeatText: string | null;
}

export interface DigestSummary {
  open: number;
  dueThisWeek: number;
  overdue: number;
  /** Of the promises due last week: how many were done by their deadline. */
  keptOnTime: { kept: number; due: number };
  overdueItems: DigestCommitment[];
  atRiskItems: DigestCommitment[];
  /** Due this week, grouped by owner (owners in order of their first deadline). */
  dueThisWeekByOwner: { ownerId: string; items: DigestCommitment[] }[];
  keptLastWeekItems: DigestCommitment[];
  newThisWeekItems: DigestCommitment[];
}

/** The start of this ISO week and of the next and the last, on `timeZone`'s clock. */
export function weekBounds(now: Date, timeZone: string): { lastWeek: Date; thisWeek: Date; nextWeek: Date } {
  const monday = mondayOf(toLocal(now, timeZone));
  const at = (days: number) => fromLocal({ ...addDays(monday, days), hour: 0, minute: 0 }, timeZone);
  return { lastWeek: at(-7), thisWeek: at(0), nextWeek: at(7) };
}

/** "2026-W48": the ISO week `now` falls in on `timeZone`'s clock (one digest per channel and week). */
export function weekKey(now: Date, timeZone: string): string {
  const { year, week } = isoWeek(toLocal(now, timeZone));
  return `${year}-W${String(week).padStart(2, "0")}`;
}

export function summarizeDigest(commitments: readonly DigestCommitment[], now: Date, timeZone: string): DigestSummary {
  const { lastWeek, thisWeek, nextWeek } = weekBounds(now, timeZone);
  const t = now.getTime();
  const byDue = [...commitments].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  const open = byDue.filter((c) => c.status === "open");
  const overdueItems = open.filter((c) => c.dueAt.getTime() < t);
  const atRiskItems = open.filter((c) => c.dueAt.getTime() >= t && c.lastAnswer === "cant_make_it");
  const dueThisWeek = open.filter(
    (c) => c.dueAt.getTime() >= t && c.dueAt.getTime() < nextWeek.getTime() && c.lastAnswer !== "cant_make_it",
  );
  const dueLastWeek = byDue.filter((c) => c.status !== "cancelled" && c.dueAt >= lastWeek && c.dueAt < thisWeek);
  const keptOnTime = dueLastWeek.filter((c) => c.status === "done" && c.completedAt && c.completedAt.getTime() <= c.dueAt.getTime()).length;
  const owners = new Map<string, DigestCommitment[]>();
  for (const c of dueThisWeek) owners.set(c.ownerId, [...(owners.get(c.ownerId) ?? []), c]);
  return {
    open: open.length,
    dueThisWeek: open.filter((c) => c.dueAt.getTime() >= t && c.dueAt.getTime() < nextWeek.getTime()).length,
    overdue: overdueItems.length,
    keptOnTime: { kept: keptOnTime, due: dueLastWeek.length },
    overdueItems,
    atRiskItems,
    dueThisWeekByOwner: [...owners].map(([ownerId, items]) => ({ ownerId, items })),
    keptLastWeekItems: byDue.filter((c) => c.status === "done" && c.completedAt && c.completedAt >= lastWeek && c.completedAt < thisWeek),
    newThisWeekItems: byDue.filter((c) => c.createdAt >= thisWeek && c.status !== "cancelled"),
  };
}

/** This week's digest moment (weekday 1–7 at HH:MM on the workspace's clock). */
export function digestMomentThisWeek(
  now: Date,
  timeZone: string,
  weekday: number,
  time: { hour: number; minute: number },
  week: WorkWeek,
): Date {
  const monday = mondayOf(toLocal(now, timeZone));
  const chosen = addDays(monday, weekday - 1);
  return fromLocal({ ...(isDayOff(chosen, week.redDays) ? workingDayThisWeek(monday, weekday, week) : chosen), ...time }, timeZone);
}

/**
 * The chosen weekday is a red day (a Monday digest on annandag påsk): the next working day in
 * the same week, else the last one before it, so each week still has its digest.
 */
function workingDayThisWeek(monday: LocalDate, weekday: number, week: WorkWeek): LocalDate {
  const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
  const after = days.slice(weekday).find((d) => isWorkingDay(d, week));
  const before = days
    .slice(0, weekday - 1)
    .reverse()
    .find((d) => isWorkingDay(d, week));
  return after ?? before ?? days[weekday - 1];
}
