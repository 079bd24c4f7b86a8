import type { Prisma } from "../store/database.js";
import { forgetOldEvents } from "../store/processed-events.js";
import { purgeUninstalled } from "../store/retention.js";
import { forgetExpiredRequests } from "../store/seen-requests.js";
import { forgetPastSlots } from "../store/send-slots.js";

/**
 * Once an hour, from the scheduler: delete the data of workspaces uninstalled longer ago than
 * the retention period, event ids older than a day, request signatures past Slack's window, and send slots long past.
 */
export const HOUSEKEEPING_EVERY_MS = 3_600_000;

export async function runHousekeeping(prisma: Prisma, now: Date, retentionMs: number): Promise<{ purged: string[]; events: number }> {
  const purged = await purgeUninstalled(prisma, now, retentionMs);
  const events = (await forgetOldEvents(prisma, now)) + (await forgetExpiredRequests(prisma, now)) + (await forgetPastSlots(prisma));
  return { purged, events };
}
