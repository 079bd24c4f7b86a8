/**
 * When a promise is at risk, and why: the owner said it can't be done; a due-soon question got
 * no answer in time; or the deadline has passed. Pure.
 */
/** `owner_away`: the owner is away (an absence), so what would have reminded them comes to the lead. */
export type RiskReason = "cant_make_it" | "no_answer" | "overdue" | "owner_away";

export interface RiskInput {
  status: string;
  dueAt: Date;
  lastAnswer: string | null;
  lastAnswerAt: Date | null;
  /** When the latest due-soon question was sent, if one was. */
  dueSoonSentAt: Date | null;
}

/** `overdueAfterMs`: how long past the deadline before it counts as overdue (the overdue reminder's delay). */
export function riskReason(c: RiskInput, now: Date, overdueAfterMs = 0): RiskReason | null {
  if (c.status !== "open") return null;
  if (c.lastAnswer === "cant_make_it") return "cant_make_it";
  if (now.getTime() >= c.dueAt.getTime() + overdueAfterMs) return "overdue";
  const answeredSince = c.lastAnswerAt && c.dueSoonSentAt && c.lastAnswerAt.getTime() >= c.dueSoonSentAt.getTime();
  if (c.dueSoonSentAt && !answeredSince) return "no_answer";
  return null;
}

/** Who is told: the promise's lead, the channel's, the workspace's, else the creator when someone else owns it. */
export function leadToTell(
  c: { leadId: string | null; creatorId: string; ownerId: string },
  channelLead: string | null,
  workspaceLead: string | null,
): string | null {
  return [c.leadId, channelLead, workspaceLead, c.creatorId].find((id): id is string => Boolean(id) && id !== c.ownerId) ?? null;
}
