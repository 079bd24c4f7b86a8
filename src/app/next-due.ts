import { channelsWithDigest } from "../store/digests.js";
import { nextPendingAt } from "../store/nudges.js";
import { ensureWorkspace } from "../store/workspaces.js";
import type { AppDeps } from "./deps.js";
import { digestMoment } from "./digest.js";

/**
 * What the scheduler will send next, and when: a reminder or alert from the outbox, or a
 * channel's weekly digest, whichever comes first after `now` (the playground's "Nästa händelse").
 */
export async function nextDue(deps: AppDeps, now: Date): Promise<{ kind: "reminder" | "digest"; at: Date } | null> {
  const reminder = await nextPendingAt(deps.db.prisma, now);
  let digest: Date | null = null;
  for (const channel of await channelsWithDigest(deps.db.prisma)) {
    const workspace = await ensureWorkspace(deps.db, channel.workspaceId, deps.defaults);
    let at = digestMoment(channel, workspace, now);
    if (at.getTime() <= now.getTime()) at = digestMoment(channel, workspace, new Date(now.getTime() + 7 * 86_400_000));
    if (!digest || at.getTime() < digest.getTime()) digest = at;
  }
  if (reminder && (!digest || reminder.getTime() <= digest.getTime())) return { kind: "reminder", at: reminder };
  return digest ? { kind: "digest", at: digest } : null;
}
