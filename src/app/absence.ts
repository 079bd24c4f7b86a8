import { compareDates, nextWorkingDay } from "../domain/calendar.js";
import { addDays, formatIsoDate, fromLocal, type LocalDate, parseIsoDate, toLocal } from "../domain/zoned-time.js";
import { readAbsence, statusSaysAway } from "../language/absence.js";
import { dueBetween, endAbsenceToday, nextAbsence, recordAbsence } from "../store/absences.js";
import { openForOwner } from "../store/commitment-lists.js";
import type { Commitment } from "../store/commitments.js";
import type { AppDeps } from "./deps.js";
import type { Person } from "./slack-port.js";

/**
 * Time away: "/lofte ledig 22 dec–6 jan" records it for the one who types it. During it the
 * owner gets no reminders; what would have reminded them alerts their lead instead
 * (app/deliver-reminder.ts). The answer lists what is due while they are away or within two
 * working days after, so they can move or hand it on before they go.
 */

export type AwayRecorded =
  | { ok: true; from: LocalDate; to: LocalDate; due: Commitment[] }
  | { ok: false; problem: "noDates" | "backwards" | "past" };

export async function recordAway(deps: AppDeps, person: Person, text: string, language: "sv" | "en"): Promise<AwayRecorded> {
  const now = deps.clock();
  const days = readAbsence(text, {
    now,
    timeZone: person.timeZone,
    language,
    defaultTime: { hour: 17, minute: 0 },
    workingDays: person.workspace.workingHours.days,
  });
  if ("problem" in days) return { ok: false, problem: days.problem };
  return recordDays(deps, person, days.from, days.to);
}

/** "Sjuk idag" from Home: away today, at once, with what falls due meanwhile. */
export async function recordSickToday(deps: AppDeps, person: Person): Promise<Extract<AwayRecorded, { ok: true }>> {
  const today = todayOf(deps, person);
  return recordDays(deps, person, today, today);
}

/** "Jag är tillbaka" from Home: time away that covers today ends yesterday, so reminders come to the owner again. */
export async function backToday(deps: AppDeps, person: Person): Promise<boolean> {
  const today = todayOf(deps, person);
  const ended = await endAbsenceToday(
    deps.db.prisma,
    person.workspace.id,
    person.id,
    formatIsoDate(today),
    formatIsoDate(addDays(today, -1)),
  );
  return ended > 0;
}

/** The time away Home shows: the one that covers today (`now`), else the next one. */
export async function awayToShow(deps: AppDeps, person: Person): Promise<{ from: LocalDate; to: LocalDate; now: boolean } | null> {
  const today = formatIsoDate(todayOf(deps, person));
  const absence = await nextAbsence(deps.db.prisma, person.workspace.id, person.id, today);
  if (!absence) return null;
  return { from: parseIsoDate(absence.startsOn), to: parseIsoDate(absence.endsOn), now: absence.startsOn <= today };
}

/**
 * A Slack status that says its person is away ("Semester", :palm_tree:): the days to offer to
 * record, today until the status clears (today alone when it does not). Offered only to someone
 * who owns open promises and is not recorded away already; never recorded without their yes.
 */
export async function awayOffer(
  deps: AppDeps,
  person: Person,
  status: { text: string; emoji: string; expiresAt: Date | null },
): Promise<{ from: LocalDate; to: LocalDate } | null> {
  if (!statusSaysAway(status.text, status.emoji)) return null;
  const now = deps.clock();
  const from = todayOf(deps, person);
  // A status that clears at midnight was for the day before.
  const last = status.expiresAt ? toLocal(new Date(status.expiresAt.getTime() - 60_000), person.timeZone) : null;
  const until = last ? { year: last.year, month: last.month, day: last.day } : from;
  const to = compareDates(until, from) > 0 ? until : from;
  const [already, owned] = await Promise.all([
    nextAbsence(deps.db.prisma, person.workspace.id, person.id, formatIsoDate(from)),
    openForOwner(deps.db.prisma, person.workspace.id, person.id, { offset: 0, limit: 1, now }),
  ]);
  if ((already && already.startsOn <= formatIsoDate(from)) || owned.total === 0) return null;
  return { from, to };
}

/** Time away the person said yes to (offered from their status): recorded like "/lofte ledig …". */
export async function recordDays(
  deps: AppDeps,
  person: Person,
  from: LocalDate,
  to: LocalDate,
): Promise<Extract<AwayRecorded, { ok: true }>> {
  const now = deps.clock();
  await recordAbsence(
    deps.db.prisma,
    { workspaceId: person.workspace.id, userId: person.id, startsOn: formatIsoDate(from), endsOn: formatIsoDate(to) },
    now,
  );
  const workingDays = person.workspace.workingHours.days;
  const back = nextWorkingDay(nextWorkingDay(to, workingDays), workingDays);
  const due = await dueBetween(
    deps.db.prisma,
    person.workspace.id,
    person.id,
    now,
    fromLocal({ ...addDays(back, 1), hour: 0, minute: 0 }, person.timeZone),
  );
  return { ok: true, from, to, due };
}

function todayOf(deps: AppDeps, person: Person): LocalDate {
  const local = toLocal(deps.clock(), person.timeZone);
  return { year: local.year, month: local.month, day: local.day };
}

/** Whether `userId` is away on the day `now` is where they are. */
export function isAway(absences: readonly { startsOn: string; endsOn: string }[] | undefined, now: Date, timeZone: string): string | null {
  if (!absences) return null;
  const local = toLocal(now, timeZone);
  const today = formatIsoDate({ year: local.year, month: local.month, day: local.day });
  return absences.find((a) => a.startsOn <= today && today <= a.endsOn)?.startsOn ?? null;
}
