import { nextWorkingDay } from "../domain/calendar.js";
import { addDays, formatIsoDate, fromLocal, type LocalDate, toLocal } from "../domain/zoned-time.js";
import { readAbsence } from "../language/absence.js";
import { dueBetween, recordAbsence } from "../store/absences.js";
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
  await recordAbsence(
    deps.db.prisma,
    { workspaceId: person.workspace.id, userId: person.id, startsOn: formatIsoDate(days.from), endsOn: formatIsoDate(days.to) },
    now,
  );
  const workingDays = person.workspace.workingHours.days;
  const back = nextWorkingDay(nextWorkingDay(days.to, workingDays), workingDays);
  const due = await dueBetween(
    deps.db.prisma,
    person.workspace.id,
    person.id,
    now,
    fromLocal({ ...addDays(back, 1), hour: 0, minute: 0 }, person.timeZone),
  );
  return { ok: true, ...days, due };
}

/** Whether `userId` is away on the day `now` is where they are. */
export function isAway(absences: readonly { startsOn: string; endsOn: string }[] | undefined, now: Date, timeZone: string): string | null {
  if (!absences) return null;
  const local = toLocal(now, timeZone);
  const today = formatIsoDate({ year: local.year, month: local.month, day: local.day });
  return absences.find((a) => a.startsOn <= today && today <= a.endsOn)?.startsOn ?? null;
}
