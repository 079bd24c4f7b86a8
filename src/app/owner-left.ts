import { openForOwner } from "../store/commitment-lists.js";
import type { Commitment } from "../store/commitments.js";
import { ensureWorkspace } from "../store/workspaces.js";
import type { AppDeps } from "./deps.js";

/** The most promises one handover message lists (the lead's list has the rest). */
const MAX_HANDED = 20;

export interface Handover {
  leadId: string;
  promises: Commitment[];
}

/**
 * Someone left the workspace (deactivated in Slack): their open promises, repeating ones
 * included, must not be orphaned. Each is put to its lead (or the workspace's), who may give it
 * to someone else or end its series; nothing changes until they do. Promises without any lead
 * are counted, for the log.
 */
export async function ownerLeft(deps: AppDeps, teamId: string, userId: string): Promise<{ handovers: Handover[]; unled: number }> {
  const workspace = await ensureWorkspace(deps.db, teamId, deps.defaults);
  const open = await openForOwner(deps.db.prisma, teamId, userId, { offset: 0, limit: 200, now: deps.clock() });
  const byLead = new Map<string, Commitment[]>();
  let unled = 0;
  for (const c of open.items) {
    const lead = [c.leadId, workspace.defaultLeadId].find((id) => id && id !== userId);
    if (!lead) {
      unled++;
      continue;
    }
    byLead.set(lead, [...(byLead.get(lead) ?? []), c]);
  }
  return { handovers: [...byLead].map(([leadId, promises]) => ({ leadId, promises: promises.slice(0, MAX_HANDED) })), unled };
}
