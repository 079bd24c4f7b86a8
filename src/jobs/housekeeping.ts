import type { Prisma } from "../store/database.js";
import { forgetOldEvents } from "../store/processed-events.js";
import { purgeUninstalled } from "../store/retention.js";

/**
 * Once an hour, from the scheduler: delete the data of workspaces uninstalled longer ago than
 * the retention period, and event ids older than a day.
 */
export const HOUSEKEEPING_EVERY_MS = 3_600_000;

export async function runHousekeeping(prisma: Prisma, now: Date, retentionMs: number): Promise<{ purged: string[]; events: number }> {
  const purged = await purgeUninstalled(prisma, now, retentionMs);
  const events = await forgetOldEvents(prisma, now);
  return { purged, events };
}
