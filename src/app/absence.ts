import { compareDates, nextWorkingDay, workingDayBefore } from "../domain/calendar.js";
import type { WorkingHours } from "../domain/working-hours.js";
import { addDays, formatIsoDate, fromLocal, type LocalDate, localDate, parseIsoDate } from "../domain/zoned-time.js";
import { readAbsence, statusSaysAway } from "../language/absence.js";
import { absencesAhead, claimLeadsTold, dueBetween, endAbsenceToday, nextAbsence, recordAbsence } from "../store/absences.js";
import { openForOwner } from "../store/commitment-lists.js";
import type { Commitment } from "../store/commitments.js";
import { ensureWorkspace } from "../store/workspaces.js";
import type { AppDeps } from "./deps.js";
import { leadsOf, whoIs } from "./people.js";
import type { Person, WorkspacePorts } from "./slack-port.js";

/**
 * Time away: "/lofte ledig 22 dec–6 jan" records it for the one who types it. During it the
 * owner gets no reminders; what would have reminded them alerts their lead instead
 * (app/deliver-reminder.ts). The answer lists what is due while they are away or within two
 * working days after, so they can move or hand it on before they go.
 */

export type AwayRecorded =
  /** `sick`: recorded as illness ("sjuk idag", Sjuk idag on Home), not leave. */
  { ok: true; from: LocalDate; to: LocalDate; sick: boolean; due: Commitment[] } | { ok: false; problem: "noDates" | "backwards" | "past" };

export async function recordAway(deps: AppDeps, person: Person, text: string, language: "sv" | "en"): Promise<AwayRecorded> {
  const now = deps.clock();
  const days = readAbsence(text, {
    now,
    timeZone: person.timeZone,
    language,
    defaultTime: { hour: 17, minute: 0 },
    workWeek: person.workspace.workingHours,
  });
  if ("problem" in days) return { ok: false, problem: days.problem };
  return recordDays(deps, person, days.from, days.to, days.sick);
}

/** "Sjuk idag" from Home: away today, at once, with what falls due meanwhile. */
export async function recordSickToday(deps: AppDeps, person: Person): Promise<Extract<AwayRecorded, { ok: true }>> {
  const today = todayOf(deps, person);
  return recordDays(deps, person, today, today, true);
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
  const until = status.expiresAt ? localDate(new Date(status.expiresAt.getTime() - 60_000), person.timeZone) : from;
  const to = compareDates(until, from) > 0 ? until : from;
  const [already, owned] = await Promise.all([
    nextAbsence(deps.db.prisma, person.workspace.id, person.id, formatIsoDate(from)),
    openForOwner(deps.db.prisma, person.workspace.id, person.id, { offset: 0, limit: 1, now }),
  ]);
  if ((already && already.startsOn <= formatIsoDate(from)) || owned.total === 0) return null;
  return { from, to };
}

/** "Ja, notera det" under an away-status offer: the days offered, unless they have passed meanwhile. */
export async function acceptAwayOffer(deps: AppDeps, person: Person, from: LocalDate, to: LocalDate): Promise<AwayRecorded> {
  if (compareDates(to, from) < 0) return { ok: false, problem: "backwards" };
  if (compareDates(to, todayOf(deps, person)) < 0) return { ok: false, problem: "past" };
  return recordDays(deps, person, from, to, false);
}

/** Time away recorded for the days given, with what falls due meanwhile or just after. */
async function recordDays(
  deps: AppDeps,
  person: Person,
  from: LocalDate,
  to: LocalDate,
  sick: boolean,
): Promise<Extract<AwayRecorded, { ok: true }>> {
  const now = deps.clock();
  await recordAbsence(
    deps.db.prisma,
    { workspaceId: person.workspace.id, userId: person.id, startsOn: formatIsoDate(from), endsOn: formatIsoDate(to) },
    now,
  );
  const away = {
    workspaceId: person.workspace.id,
    userId: person.id,
    from,
    to,
    hours: person.workspace.workingHours,
    timeZone: person.timeZone,
  };
  return { ok: true, from, to, sick, due: await dueWhileAway(deps.db.prisma, away, now) };
}

/** How far ahead absences are looked for: two working days before the first day is never further than this. */
const AHEAD_DAYS = 14;

/**
 * Two working days before someone's time away starts, each lead of what is still open and due
 * meanwhile (or within two working days after) gets the list, once: one replica claims each
 * absence. An absence with nothing open is marked told without a message.
 */
export async function tellLeadsAhead(sender: AppDeps & { slack: WorkspacePorts }): Promise<{ told: number }> {
  const now = sender.clock();
  const prisma = sender.db.prisma;
  // Every zone's today lies between yesterday and tomorrow in UTC.
  const utc = localDate(now, "UTC");
  let told = 0;
  for (const absence of await absencesAhead(prisma, formatIsoDate(addDays(utc, -1)), formatIsoDate(addDays(utc, AHEAD_DAYS)))) {
    const workspace = await ensureWorkspace(sender.db, absence.workspaceId, sender.defaults);
    const { workingHours: hours, timeZone } = workspace;
    const from = parseIsoDate(absence.startsOn);
    const to = parseIsoDate(absence.endsOn);
    // From the start of the working day two working days before, not at midnight.
    const tellAt = fromLocal({ ...workingDayBefore(workingDayBefore(from, hours), hours), ...hours.start }, timeZone);
    if (now.getTime() < tellAt.getTime()) continue;
    if (!(await claimLeadsTold(prisma, absence, now))) continue;
    const due = await dueWhileAway(prisma, { workspaceId: absence.workspaceId, userId: absence.userId, from, to, hours, timeZone }, now);
    const leads = await leadsOf(prisma, due, workspace.defaultLeadId);
    const byLead = new Map<string, Commitment[]>();
    for (const c of due) {
      const lead = leads.get(c.id);
      if (lead) byLead.set(lead, [...(byLead.get(lead) ?? []), c]);
    }
    const slack = byLead.size > 0 ? await sender.slack.forWorkspace(absence.workspaceId) : null;
    if (!slack) continue;
    for (const [leadId, commitments] of byLead) {
      const lead = await whoIs(sender, slack, absence.workspaceId, leadId);
      await slack.tell(lead, { kind: "awayAhead", ownerId: absence.userId, from, to, commitments }, now).then(
        () => told++,
        () => {}, // Slack refused (the lead left, the token went): the owner's own list still stands.
      );
    }
  }
  return { told };
}

/**
 * Open promises of someone away from `from` to `to`, due while away until two working days
 * after they are back. What falls due before they leave is theirs to keep as usual; once the
 * time away has begun (off sick today), those already overdue are listed too, first: they are
 * the most urgent to hand over.
 */
function dueWhileAway(
  prisma: AppDeps["db"]["prisma"],
  away: { workspaceId: string; userId: string; from: LocalDate; to: LocalDate; hours: WorkingHours; timeZone: string },
  now: Date,
): Promise<Commitment[]> {
  const leaves = fromLocal({ ...away.from, hour: 0, minute: 0 }, away.timeZone);
  const back = nextWorkingDay(nextWorkingDay(away.to, away.hours), away.hours);
  const start = leaves.getTime() > now.getTime() ? leaves : null;
  return dueBetween(prisma, away.workspaceId, away.userId, start, fromLocal({ ...addDays(back, 1), hour: 0, minute: 0 }, away.timeZone));
}

function todayOf(deps: AppDeps, person: Person): LocalDate {
  return localDate(deps.clock(), person.timeZone);
}

/** Whether `userId` is away on the day `now` is where they are. */
export function isAway(absences: readonly { startsOn: string; endsOn: string }[] | undefined, now: Date, timeZone: string): string | null {
  if (!absences) return null;
  const today = formatIsoDate(localDate(now, timeZone));
  return absences.find((a) => a.startsOn <= today && today <= a.endsOn)?.startsOn ?? null;
}
