import type { Prisma } from "./database.js";

/**
 * Events API deliveries already handled, by event_id. Slack retries a delivery it thinks
 * failed (X-Slack-Retry-Num); the retry carries the same event_id and is not acted on twice.
 */

/** Event ids are kept a day: Slack retries within minutes. */
export async function forgetOldEvents(prisma: Prisma, now: Date): Promise<number> {
  const { count } = await prisma.processedEvent.deleteMany({ where: { receivedAt: { lt: new Date(now.getTime() - 86_400_000) } } });
  return count;
}

/** Records an Events API delivery; false when its event_id was seen before (a retry). */
export async function firstDelivery(prisma: Prisma, eventId: string, workspaceId: string | null, now: Date): Promise<boolean> {
  const { count } = await prisma.processedEvent.createMany({
    data: [{ eventId, workspaceId, receivedAt: now }],
    skipDuplicates: true,
  });
  return count === 1;
}
