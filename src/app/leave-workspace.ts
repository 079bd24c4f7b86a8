import { stopWorkspace } from "../store/retention.js";
import type { AppDeps } from "./deps.js";

/**
 * Lofte was uninstalled from a workspace, or its bot token revoked: the token is deleted, every
 * reminder still to come is cancelled and digests stop. The promises are deleted after the
 * retention period (LOFTE_RETENTION) unless Lofte is installed again. `happenedAt` is when Slack
 * says it happened: a late retry does not undo an install made since.
 */
export async function leaveWorkspace(deps: AppDeps, teamId: string, happenedAt: Date | null): Promise<{ cancelled: number }> {
  const now = deps.clock();
  return stopWorkspace(deps.db.prisma, teamId, now, happenedAt ?? now);
}
