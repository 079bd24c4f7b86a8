import type { Prisma } from "./database.js";

/**
 * Slack takes about one message a second per channel (a person's DM included). Every replica
 * reserves its next slot for a channel in the "SendSlot" table, in one atomic statement on the
 * database's own clock, so two processes never post to one channel in the same second. The
 * reservation is made as a post starts (`markPosting` in nudges.ts).
 */

/** Slots long past say nothing: the hourly housekeeping forgets them (real time, like the slots). */
export async function forgetPastSlots(prisma: Prisma): Promise<number> {
  return prisma.$executeRaw`DELETE FROM "SendSlot" WHERE "nextAt" < clock_timestamp() - interval '1 hour'`;
}
