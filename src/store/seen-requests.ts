import type { Prisma } from "./database.js";

/**
 * Signed requests already acted on, by a hash of their signature, kept until their timestamp
 * leaves Slack's 5-minute window: the same request sent again (a replay) changes nothing, on
 * whichever replica it arrives.
 */

/** Records a request; false when it was seen before. */
export async function firstSighting(prisma: Prisma, hash: string, expiresAt: Date): Promise<boolean> {
  const { count } = await prisma.seenRequest.createMany({ data: [{ hash, expiresAt }], skipDuplicates: true });
  return count === 1;
}

/** Forgets requests whose signatures can no longer be replayed. */
export async function forgetExpiredRequests(prisma: Prisma, now: Date): Promise<number> {
  const { count } = await prisma.seenRequest.deleteMany({ where: { expiresAt: { lt: now } } });
  return count;
}
