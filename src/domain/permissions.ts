/**
 * Who may change what. Pure: the facts come in (who asks, whether Slack says they are an
 * admin, who leads), the answer goes out.
 */

/**
 * A promise may be changed by the person who promised, the person who recorded it, a lead
 * (the promise's, the channel's or the workspace's) or a workspace admin.
 */
export function mayChangeCommitment(
  commitment: { ownerId: string; creatorId: string; leadId: string | null },
  asker: { userId: string; isAdmin: boolean },
  otherLeads: readonly (string | null | undefined)[] = [],
): boolean {
  return asker.isAdmin || [commitment.ownerId, commitment.creatorId, commitment.leadId, ...otherLeads].includes(asker.userId);
}

/** Team settings are changed by workspace admins and owners, and by the current leads. */
export function mayChangeSettings(
  asker: { userId: string; isAdmin: boolean },
  leads: { workspace: string | null; channel: string | null },
): boolean {
  return asker.isAdmin || leads.workspace === asker.userId || leads.channel === asker.userId;
}

/** Who leads the whole workspace may change every promise in it: only admins and that lead choose it. */
export function mayChooseWorkspaceLead(asker: { userId: string; isAdmin: boolean }, workspaceLead: string | null): boolean {
  return asker.isAdmin || workspaceLead === asker.userId;
}
