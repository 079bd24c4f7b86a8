import { noAnswerEscalationAt } from "../domain/nudge-plan.js";
import { leadToTell, riskReason } from "../domain/risk.js";
import { findCommitment } from "../store/commitments.js";
import {
  dueSiblings,
  enqueue,
  lastSentAt,
  markCancelled,
  markFailed,
  markRateLimited,
  markSent,
  type Nudge,
  withDeliveryLock,
} from "../store/nudges.js";
import { stopWorkspace } from "../store/retention.js";
import { channelLead, isInstalled } from "../store/workspaces.js";
import type { AppDeps } from "./deps.js";
import { whoIs } from "./people.js";
import { type Notice, SlackRefused, type WorkspacePorts } from "./slack-port.js";

/** What the scheduler sends with: the use cases' deps and every workspace's Slack. */
export interface Sender extends AppDeps {
  slack: WorkspacePorts;
}

export type Delivered = "sent" | "cancelled" | "skipped";

/**
 * Sends one claimed reminder (or the lead's alert), or cancels it when it no longer makes
 * sense. The commitment row is locked while deciding and sending, so a change made at the same
 * moment (done, snoozed, moved) either lands first and the reminder is dropped, or waits until
 * it is sent. Slack must not retry or wait inside that lock: the port fails fast (5 s, a 429
 * raised with its Retry-After) and the outbox retries later.
 */
export async function deliverReminder(sender: Sender, nudge: Nudge): Promise<Delivered> {
  const prisma = sender.db.prisma;
  // Read what the message needs before locking: Slack profiles and settings (never inside the lock).
  const seen = await findCommitment(prisma, nudge.workspaceId, nudge.commitmentId);
  if (seen?.status !== "open") {
    await markCancelled(prisma, [nudge.id], "closed");
    return "cancelled";
  }
  // Only a request from the workspace resumes it after an uninstall; the scheduler never does.
  const slack = (await isInstalled(prisma, nudge.workspaceId)) ? await sender.slack.forWorkspace(nudge.workspaceId) : null;
  if (!slack) {
    await markCancelled(prisma, [nudge.id], "not installed");
    return "cancelled";
  }
  const owner = await whoIs(sender, slack, nudge.workspaceId, seen.ownerId);
  const leadId =
    nudge.kind === "escalation"
      ? leadToTell(seen, await channelLead(prisma, nudge.workspaceId, seen.sourceChannelId), owner.workspace.defaultLeadId)
      : null;
  const lead = leadId ? await whoIs(sender, slack, nudge.workspaceId, leadId) : null;
  // Pace before taking the lock, so a wait for Slack's per-channel limit blocks nobody.
  const target = nudge.kind === "escalation" ? leadId : seen.ownerId;
  if (target) await slack.pace(target);

  return withDeliveryLock(prisma, nudge, async (tx, c) => {
    const now = sender.clock();
    const cancel = async (reason: string) => {
      await markCancelled(tx, [nudge.id], reason);
      return "cancelled" as const;
    };
    if (c?.status !== "open" || c.ownerId !== seen.ownerId) return cancel("closed or changed");

    let reader = owner;
    let notice: Notice;
    let shown = nudge.kind;
    // The row recorded as sent: the one whose message went out.
    let sentRow: Pick<Nudge, "id"> = nudge;
    if (nudge.kind === "escalation") {
      const risk = riskReason({ ...c, dueSoonSentAt: await lastSentAt(tx, c.id, "due_soon") }, now, sender.nudges.overdueAfterMs);
      if (!risk) return cancel("not at risk");
      if (!lead) return cancel("no lead to tell");
      // One alarm per risk: once the lead has heard "can't make it", the no-answer and overdue
      // alerts that were already queued say nothing new (until the owner answers again).
      const told = await lastSentAt(tx, c.id, "escalation");
      if (risk === "cant_make_it" && told && c.lastAnswerAt && told.getTime() >= c.lastAnswerAt.getTime())
        return cancel("lead already told");
      reader = lead;
      notice = { kind: "leadAlert", commitment: c, risk };
    } else {
      if (c.snoozedUntil && c.snoozedUntil.getTime() > now.getTime()) return cancel("snoozed");
      // After downtime several reminders may be due at once: one message, as the latest of them
      // (its row is the one marked sent, so "was a due-soon question asked?" stays answerable).
      const due = [nudge, ...(await dueSiblings(tx, nudge, now))];
      const latest = due.reduce((a, b) => (b.dueAt.getTime() > a.dueAt.getTime() ? b : a));
      await markCancelled(
        tx,
        due.filter((n) => n.id !== latest.id).map((n) => n.id),
        "collapsed",
      );
      sentRow = latest;
      shown = now.getTime() >= c.dueAt.getTime() ? "overdue" : latest.kind;
      notice = { kind: "reminder", reminder: shown as "heads_up" | "due_soon" | "overdue", commitment: c };
    }

    const posted = await slack.tell(reader, notice, now);
    await markSent(tx, sentRow, { channel: posted.channel, ts: posted.ts, at: now });

    // A due-soon question unanswered in time, or a deadline passed, puts the promise at risk.
    if (shown === "due_soon") await enqueue(tx, c, "escalation", noAnswerEscalationAt(now, c.dueAt, sender.nudges));
    // Keyed to the deadline, so the lead hears of each missed deadline once, however many overdue reminders follow.
    if (shown === "overdue") await enqueue(tx, c, "escalation", new Date(c.dueAt.getTime() + sender.nudges.overdueAfterMs));
    return "sent" as const;
  });
}

/**
 * A send failed. Slack says the token is gone (an uninstall Lofte missed while it was down):
 * the workspace stops. Otherwise the reminder goes back to the outbox: after Slack's
 * Retry-After for a 429, which uses up no attempt (however long Slack rate-limits us, it goes
 * out afterwards), else after 1, 2, 4, … minutes (at most an hour), failed for good after
 * `maxAttempts`.
 */
export async function deliveryFailed(sender: Sender, nudge: Nudge, error: unknown, maxAttempts: number): Promise<void> {
  const refused = error instanceof SlackRefused ? error : null;
  const message = error instanceof Error ? error.message : String(error);
  if (refused?.meaning === "tokenGone") {
    await stopWorkspace(sender.db.prisma, nudge.workspaceId, sender.clock());
    return;
  }
  const waitMs = refused?.retryAfterS ? refused.retryAfterS * 1000 : Math.min(60_000 * 2 ** Math.max(0, nudge.attempts - 1), 3_600_000);
  const retryAt = new Date(sender.clock().getTime() + waitMs);
  if (refused?.meaning === "rateLimited") await markRateLimited(sender.db.prisma, nudge, message, retryAt);
  else await markFailed(sender.db.prisma, nudge, message, retryAt, maxAttempts);
}
