import type { Commitment } from "./commitments.js";
import type { Prisma } from "./database.js";
import type { Absence } from "./generated/client.js";

/** Time away (the `Absence` table): days on each person's own calendar, both ends included. */

export type { Absence };

/** Records time away; the same days recorded again (a double click, two replicas) are the same absence. */
export async function recordAbsence(
  prisma: Prisma,
  input: { workspaceId: string; userId: string; startsOn: string; endsOn: string },
  at: Date,
): Promise<Absence> {
  return prisma.absence.upsert({
    where: { workspaceId_userId_startsOn_endsOn: input },
    create: { ...input, createdAt: at },
    update: {},
  });
}

/** The absences of these people that have not ended before `sinceDay` ("2026-12-21"), by `workspace:user`. */
export async function absencesOf(
  prisma: Prisma,
  people: { workspaceId: string; userId: string }[],
  sinceDay: string,
): Promise<Map<string, Absence[]>> {
  if (people.length === 0) return new Map();
  const rows = await prisma.absence.findMany({
    where: { OR: people.map((p) => ({ workspaceId: p.workspaceId, userId: p.userId })), endsOn: { gte: sinceDay } },
  });
  const byPerson = new Map<string, Absence[]>();
  for (const row of rows) {
    const key = `${row.workspaceId}:${row.userId}`;
    byPerson.set(key, [...(byPerson.get(key) ?? []), row]);
  }
  return byPerson;
}

/** `userId`'s open promises due between `from` and `to`. */
export async function dueBetween(prisma: Prisma, workspaceId: string, userId: string, from: Date | null, to: Date): Promise<Commitment[]> {
  return prisma.commitment.findMany({
    where: { workspaceId, ownerId: userId, status: "open", dueAt: from ? { gte: from, lte: to } : { lte: to } },
    orderBy: { dueAt: "asc" },
    take: 20,
  });
}

/** `userId`'s time away that covers `today` or starts after it, the soonest first. */
export async function nextAbsence(prisma: Prisma, workspaceId: string, userId: string, today: string): Promise<Absence | null> {
  return prisma.absence.findFirst({ where: { workspaceId, userId, endsOn: { gte: today } }, orderBy: { startsOn: "asc" } });
}

/**
 * Back early: every absence of `userId` that covers `today` ends yesterday (one that began
 * today is removed). Returns how many were shortened or removed.
 */
export async function endAbsenceToday(
  prisma: Prisma,
  workspaceId: string,
  userId: string,
  today: string,
  yesterday: string,
): Promise<number> {
  const covering = { workspaceId, userId, startsOn: { lte: today }, endsOn: { gte: today } };
  return prisma.$transaction(async (tx) => {
    const removed = await tx.absence.deleteMany({ where: { ...covering, startsOn: today } });
    const shortened = await tx.absence.updateMany({ where: covering, data: { endsOn: yesterday } });
    return removed.count + shortened.count;
  });
}

/** Absences whose leads have not been told yet and that start on or before `untilDay`, and have not ended before `today`. */
export async function absencesAhead(prisma: Prisma, today: string, untilDay: string, limit = 100): Promise<Absence[]> {
  return prisma.absence.findMany({
    where: { leadToldAt: null, startsOn: { lte: untilDay }, endsOn: { gte: today } },
    orderBy: { startsOn: "asc" },
    take: limit,
  });
}

/** Claims telling the leads of `absence`: true for exactly one caller, however many replicas ask. */
export async function claimLeadsTold(prisma: Prisma, absence: Absence, at: Date): Promise<boolean> {
  const { count } = await prisma.absence.updateMany({
    where: { id: absence.id, workspaceId: absence.workspaceId, leadToldAt: null },
    data: { leadToldAt: at },
  });
  return count === 1;
}
