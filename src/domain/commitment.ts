/**
 * The rules about a commitment that do not depend on Slack or the database.
 */

export type CommitmentStatus = "open" | "done" | "cancelled";

/** Who may change a promise: the one who made it, the one who recorded it, or the lead. */
export function mayChange(
  commitment: { ownerId: string; creatorId: string; leadId: string | null },
  userId: string,
  otherLeads: readonly (string | null | undefined)[] = [],
): boolean {
  return [commitment.ownerId, commitment.creatorId, commitment.leadId, ...otherLeads].includes(userId);
}

/** Longest promise text Lofte stores (a Slack button value holds 2,000 characters). */
export const MAX_TEXT_LENGTH = 1500;
export const MAX_TASK_LENGTH = 500;
export const MAX_CUSTOMER_LENGTH = 100;
