import type { Prisma } from "./database.js";

/**
 * Slack takes about one message a second per channel (a person's DM included). Every replica
 * reserves its next slot for a channel here, in one atomic statement on the database's own
 * clock, so two processes never post to one channel in the same second. A slot is reserved
 * right before its post, when the post's turn in this process has come (send-lanes.ts): one
 * reserved earlier could be overtaken by the process's own queue, and then land less than a
 * second before another replica's next.
 */

/**
 * Reserves the next free slot for `channel`, `gapMs` after the last one (now if that is past),
 * and returns how many milliseconds to wait for it.
 */
export async function reserveSendSlot(prisma: Prisma, workspaceId: string, channel: string, gapMs: number): Promise<number> {
  const gap = `${Math.max(0, Math.round(gapMs))} milliseconds`;
  const [row] = await prisma.$queryRaw<{ waitMs: number }[]>`
    INSERT INTO "SendSlot" AS s ("workspaceId", channel, "nextAt")
    VALUES (${workspaceId}, ${channel}, clock_timestamp() + ${gap}::interval)
    ON CONFLICT ("workspaceId", channel) DO UPDATE
       SET "nextAt" = GREATEST(s."nextAt", clock_timestamp()) + ${gap}::interval
    RETURNING GREATEST(0, EXTRACT(EPOCH FROM (s."nextAt" - ${gap}::interval - clock_timestamp())) * 1000)::float8 AS "waitMs"`;
  return row?.waitMs ?? 0;
}

/** Slots long past say nothing: the hourly housekeeping forgets them (real time, like the slots). */
export async function forgetPastSlots(prisma: Prisma): Promise<number> {
  return prisma.$executeRaw`DELETE FROM "SendSlot" WHERE "nextAt" < clock_timestamp() - interval '1 hour'`;
}
