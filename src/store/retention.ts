import type { Planner } from "./commitments.js";
import type { Prisma } from "./database.js";
import { replacePlan } from "./nudges.js";

/**
 * What happens to a workspace's data when Lofte leaves it. On uninstall (or a revoked bot
 * token) the tokens are deleted at once, every reminder still to come is cancelled and digests
 * stop; the promises and their history are kept for the retention period (so a reinstall by
 * mistake loses nothing, and an admin could ask for an export), then deleted for good.
 */

const UNINSTALLED = "uninstalled";

/**
 * Stops all sending to a workspace and deletes its tokens. Safe to repeat. `happenedAt` is when
 * Slack says the uninstall happened: a late retry of it does not undo an install made since.
 */
export async function stopWorkspace(prisma: Prisma, teamId: string, now: Date, happenedAt: Date = now): Promise<{ cancelled: number }> {
  // Slack's event_time is in whole seconds.
  const since = new Date(happenedAt.getTime() + 1000);
  const reinstalled = await prisma.installation.count({ where: { OR: [{ key: teamId }, { teamId }], updatedAt: { gt: since } } });
  if (reinstalled > 0) return { cancelled: 0 };
  const [, , cancelled] = await prisma.$transaction([
    prisma.installation.deleteMany({ where: { OR: [{ key: teamId }, { teamId }] } }),
    prisma.workspace.updateMany({ where: { id: teamId, uninstalledAt: null }, data: { uninstalledAt: now } }),
    prisma.nudge.updateMany({
      where: { workspaceId: teamId, state: { in: ["pending", "sending"] } },
      data: { state: "cancelled", lastError: UNINSTALLED, leaseUntil: null },
    }),
  ]);
  return { cancelled: cancelled.count };
}

/**
 * Lofte is back in a workspace (installed again, or used again with the same token): sending
 * resumes and every open promise gets its reminder plan again. False if it was not uninstalled.
 */
export async function resumeWorkspace(prisma: Prisma, teamId: string, planner: Planner): Promise<boolean> {
  const { count } = await prisma.workspace.updateMany({
    where: { id: teamId, uninstalledAt: { not: null } },
    data: { uninstalledAt: null },
  });
  if (count === 0) return false;
  // The reminders the uninstall cancelled make way for the new plan (they would block the same times).
  await prisma.nudge.deleteMany({ where: { workspaceId: teamId, state: "cancelled", lastError: UNINSTALLED } });
  const open = await prisma.commitment.findMany({ where: { workspaceId: teamId, status: "open" } });
  for (const commitment of open) await prisma.$transaction((tx) => replacePlan(tx, commitment, planner(commitment)));
  return true;
}

/**
 * Deletes everything of workspaces uninstalled more than `retentionMs` ago: settings, promises,
 * their history and reminders (by cascade), digest records and seen event ids.
 */
export async function purgeUninstalled(prisma: Prisma, now: Date, retentionMs: number): Promise<string[]> {
  const cutoff = new Date(now.getTime() - retentionMs);
  return prisma.$transaction(async (tx) => {
    // Locked, so a reinstall at this moment waits and then finds the workspace gone (it starts afresh).
    const gone = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Workspace" WHERE "uninstalledAt" <= ${cutoff} FOR UPDATE`;
    const ids = gone.map((w) => w.id);
    if (ids.length === 0) return [];
    await tx.commitmentEvent.deleteMany({ where: { workspaceId: { in: ids } } });
    await tx.digestRun.deleteMany({ where: { workspaceId: { in: ids } } });
    await tx.processedEvent.deleteMany({ where: { workspaceId: { in: ids } } });
    await tx.sendSlot.deleteMany({ where: { workspaceId: { in: ids } } });
    await tx.workspace.deleteMany({ where: { id: { in: ids } } });
    return ids;
  });
}
