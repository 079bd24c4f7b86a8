import type { Commitment } from "./commitments.js";
import type { Prisma, Tx } from "./database.js";
import type { Series } from "./generated/client.js";

/**
 * Repeating promises (the `Series` table). Each occurrence is a Commitment with the series' id;
 * one is made per date the rule gives (its idempotency key says which), so however many
 * processes continue a series at once, each occurrence exists once.
 */

export type { Series };

export async function createSeries(
  prisma: Prisma,
  input: { workspaceId: string; rule: string; firstOn: string; repeatText: string },
  at: Date,
): Promise<Series> {
  return prisma.series.create({ data: { ...input, createdAt: at } });
}

/** A series made for a request that turned out to be a repeat (its promise existed already). */
export async function dropSeries(prisma: Prisma, workspaceId: string, id: string): Promise<void> {
  await prisma.series.deleteMany({ where: { id, workspaceId, occurrences: { none: {} } } });
}

export async function findSeries(prisma: Prisma, workspaceId: string, id: string): Promise<Series | null> {
  return prisma.series.findFirst({ where: { id, workspaceId } });
}

/** The key that makes an occurrence once: the series and the date the rule gave. */
export function occurrenceKey(seriesId: string, occursOn: string): string {
  return `series:${seriesId}:${occursOn}`;
}

/**
 * Series still running whose latest occurrence is done, struck, or past its deadline: each
 * with that occurrence, to make the next from.
 */
export async function seriesToContinue(prisma: Prisma, now: Date, limit = 500): Promise<{ series: Series; latest: Commitment }[]> {
  const rows = await prisma.$queryRaw<{ seriesId: string; commitmentId: string }[]>`
    SELECT s.id AS "seriesId", latest.id AS "commitmentId"
      FROM "Series" s
      JOIN LATERAL (SELECT c.id, c.status, c."dueAt" FROM "Commitment" c
                     WHERE c."seriesId" = s.id ORDER BY c."dueAt" DESC LIMIT 1) latest ON true
     WHERE s."endedAt" IS NULL AND (latest.status <> 'open' OR latest."dueAt" < ${now})
     LIMIT ${limit}`;
  if (rows.length === 0) return [];
  const [series, latest] = await Promise.all([
    prisma.series.findMany({ where: { id: { in: rows.map((r) => r.seriesId) } } }),
    prisma.commitment.findMany({ where: { id: { in: rows.map((r) => r.commitmentId) } } }),
  ]);
  const seriesById = new Map(series.map((s) => [s.id, s]));
  const latestById = new Map(latest.map((c) => [c.id, c]));
  return rows.flatMap((r) => {
    const [s, c] = [seriesById.get(r.seriesId), latestById.get(r.commitmentId)];
    return s && c ? [{ series: s, latest: c }] : [];
  });
}

/** Stops a series: no more occurrences. "already" when it had ended. */
export async function endSeries(prisma: Prisma, workspaceId: string, id: string, by: string, at: Date): Promise<"ended" | "already"> {
  const { count } = await prisma.series.updateMany({ where: { id, workspaceId, endedAt: null }, data: { endedAt: at, endedBy: by } });
  return count === 1 ? "ended" : "already";
}

/**
 * A running series' new rule ("varje måndag" instead of "varje fredag"): the next occurrence
 * follows it, counted from `firstOn` (the open occurrence's date, so "varannan måndag" counts
 * from now on), and the open one shows it. "ended" when the series had ended.
 */
export async function changeSeriesRule(
  prisma: Prisma,
  workspaceId: string,
  id: string,
  change: { rule: string; repeatText: string; firstOn?: string },
): Promise<"changed" | "ended"> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.series.updateMany({ where: { id, workspaceId, endedAt: null }, data: change });
    if (count === 0) return "ended" as const;
    await tx.commitment.updateMany({ where: { workspaceId, seriesId: id, status: "open" }, data: { repeatText: change.repeatText } });
    return "changed" as const;
  });
}

/** Ends the series when `occursOn` is its first date (its recording is being taken back). */
export async function endSeriesIfFirst(
  prisma: Prisma,
  workspaceId: string,
  id: string,
  occursOn: string | null,
  by: string,
  at: Date,
): Promise<void> {
  if (occursOn === null) return;
  await prisma.series.updateMany({ where: { id, workspaceId, firstOn: occursOn, endedAt: null }, data: { endedAt: at, endedBy: by } });
}

/**
 * Runs `work` holding the series' row lock, if it is still running: ending a series at the same
 * moment either lands first (and nothing is made) or waits until the next occurrence is made.
 */
export async function whileRunning<T>(prisma: Prisma, workspaceId: string, id: string, work: (tx: Tx) => Promise<T>): Promise<T | "ended"> {
  return prisma.$transaction(async (tx) => {
    const running = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Series" WHERE id = ${id} AND "workspaceId" = ${workspaceId} AND "endedAt" IS NULL FOR UPDATE`;
    return running.length === 0 ? ("ended" as const) : work(tx);
  });
}

/** Undoes `endSeriesIfFirst` when the strike it went with did not happen. */
export async function reopenSeries(prisma: Prisma, workspaceId: string, id: string, endedAt: Date): Promise<void> {
  await prisma.series.updateMany({ where: { id, workspaceId, endedAt }, data: { endedAt: null, endedBy: null } });
}
