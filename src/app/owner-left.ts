import { openForOwner } from "../store/commitment-lists.js";
import type { Commitment } from "../store/commitments.js";
import { firstDelivery } from "../store/processed-events.js";
import { ensureWorkspace } from "../store/workspaces.js";
import type { AppDeps } from "./deps.js";
import { leadsOf } from "./people.js";

/** The most promises one handover message lists (the lead's list has the rest). */
const MAX_HANDED = 20;

export interface Handover {
  leadId: string;
  promises: Commitment[];
}

/**
 * Someone left the workspace (deactivated in Slack): their open promises, repeating ones
 * included, must not be orphaned. Each is put to whoever an escalation would go to (its lead,
 * the channel's, the workspace's, else whoever recorded it), who may give it
 * to someone else or end its series; nothing changes until they do. Promises without any lead
 * are counted, for the log.
 */
export async function ownerLeft(deps: AppDeps, teamId: string, userId: string): Promise<{ handovers: Handover[]; unled: number }> {
  const now = deps.clock();
  // Slack sends user_change for every later change to a deactivated profile too: hand over once
  // (kept with the seen event ids, a day).
  if (!(await firstDelivery(deps.db.prisma, `left:${teamId}:${userId}`, teamId, now))) return { handovers: [], unled: 0 };
  const workspace = await ensureWorkspace(deps.db, teamId, deps.defaults);
  const open = await openForOwner(deps.db.prisma, teamId, userId, { offset: 0, limit: 200, now });
  const leads = await leadsOf(deps.db.prisma, open.items, workspace.defaultLeadId);
  const byLead = new Map<string, Commitment[]>();
  let unled = 0;
  for (const c of open.items) {
    const lead = leads.get(c.id);
    if (!lead) {
      unled++;
      continue;
    }
    byLead.set(lead, [...(byLead.get(lead) ?? []), c]);
  }
  return { handovers: [...byLead].map(([leadId, promises]) => ({ leadId, promises: promises.slice(0, MAX_HANDED) })), unled };
}
