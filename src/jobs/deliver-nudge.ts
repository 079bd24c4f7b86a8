import { noAnswerEscalationAt } from "../domain/nudge-plan.js";
import { leadToTell, type RiskReason, riskReason } from "../domain/risk.js";
import { nudgeMessages } from "../language/nudge-messages.js";
import { customerDraftText, reminderWords } from "../slack/commitment-words.js";
import { type Deps, type Person, whoIs } from "../slack/deps.js";
import type { Reply } from "../slack/ui/capture-replies.js";
import { leadAlert, type ReminderKind, reminderMessage } from "../slack/ui/reminders.js";
import type { WorkspaceClients } from "../slack/workspace-clients.js";
import type { Commitment } from "../store/commitments.js";
import { dueSiblings, enqueue, markCancelled, markSent, type Nudge } from "../store/nudges.js";
import { channelLead } from "../store/workspaces.js";

/**
 * Sends one claimed outbox row, or cancels it when it no longer makes sense. The commitment
 * row is locked while deciding and sending, so a change made at the same moment (done,
 * snoozed, moved) either lands first and the reminder is dropped, or waits until it is sent.
 * The sender's Slack client must not retry or wait inside that lock: it fails fast (10 s
 * timeout, 429 raised with its Retry-After) and the outbox retries later.
 */

export interface Sender extends Deps {
  slack: WorkspaceClients;
}

export type Outcome = "sent" | "cancelled" | "skipped";

export async function deliverNudge(sender: Sender, nudge: Nudge): Promise<Outcome> {
  const prisma = sender.db.prisma;
  // Read what the message needs before locking: Slack profiles and settings (never inside the lock).
  const seen = await prisma.commitment.findFirst({ where: { id: nudge.commitmentId, workspaceId: nudge.workspaceId } });
  if (seen?.status !== "open") {
    await markCancelled(prisma, [nudge.id], "closed");
    return "cancelled";
  }
  // Only a request from the workspace resumes it after an uninstall (whoIs does); the scheduler never does.
  const workspace = await prisma.workspace.findUnique({ where: { id: nudge.workspaceId }, select: { uninstalledAt: true } });
  const client = workspace?.uninstalledAt ? null : await sender.slack.forWorkspace(nudge.workspaceId);
  if (!client) {
    await markCancelled(prisma, [nudge.id], "not installed");
    return "cancelled";
  }
  const owner = await whoIs(sender, client, nudge.workspaceId, seen.ownerId);
  const lead =
    nudge.kind === "escalation"
      ? leadToTell(seen, await channelLead(prisma, nudge.workspaceId, seen.sourceChannelId), owner.workspace.defaultLeadId)
      : null;
  const leadPerson = lead ? await whoIs(sender, client, nudge.workspaceId, lead) : null;
  // Pace before taking the lock, so a wait for Slack's per-channel limit blocks nobody.
  const target = nudge.kind === "escalation" ? lead : seen.ownerId;
  if (target) await sender.pacer.wait(target);

  return prisma.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Commitment" WHERE id = ${nudge.commitmentId} FOR UPDATE`;
      const mine = await tx.nudge.findFirst({ where: { id: nudge.id, state: "sending", attempts: nudge.attempts } });
      if (!mine) return "skipped"; // replaced by a new plan, or taken over after a lease ran out
      const c = await tx.commitment.findFirst({ where: { id: nudge.commitmentId, workspaceId: nudge.workspaceId } });
      const now = sender.clock();
      const cancel = async (reason: string) => {
        await markCancelled(tx, [nudge.id], reason);
        return "cancelled" as const;
      };
      if (c?.status !== "open" || c.ownerId !== seen.ownerId) return cancel("closed or changed");

      let channel: string;
      let message: Reply;
      let shown = nudge.kind;
      // The row recorded as sent: the one whose message went out.
      let sentRow: Pick<Nudge, "id"> = nudge;
      if (nudge.kind === "escalation") {
        const lastDueSoon = await tx.nudge.findFirst({
          where: { commitmentId: c.id, kind: "due_soon", state: "sent" },
          orderBy: { sentAt: "desc" },
        });
        const risk = riskReason({ ...c, dueSoonSentAt: lastDueSoon?.sentAt ?? null }, now, sender.nudges.overdueAfterMs);
        if (!risk) return cancel("not at risk");
        if (!lead || !leadPerson) return cancel("no lead to tell");
        channel = lead;
        message = alertFor(c, leadPerson, risk, now);
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
        channel = c.ownerId;
        message = reminderMessage(shown as ReminderKind, c.id, reminderWords(c, owner, now), owner.language);
      }

      const posted = await client.chat.postMessage({ channel, ...message });
      await markSent(tx, sentRow, { channel: posted.channel ?? channel, ts: posted.ts ?? "", at: now });

      // A due-soon question unanswered in time, or a deadline passed, puts the promise at risk.
      if (shown === "due_soon") await enqueue(tx, c, "escalation", noAnswerEscalationAt(now, c.dueAt, sender.nudges));
      // Keyed to the deadline, so the lead hears of each missed deadline once, however many overdue reminders follow.
      if (shown === "overdue") await enqueue(tx, c, "escalation", new Date(c.dueAt.getTime() + sender.nudges.overdueAfterMs));
      return "sent" as const;
    },
    { maxWait: 30_000, timeout: 120_000 },
  );
}

function alertFor(c: Commitment, lead: Person, risk: RiskReason, now: Date): Reply {
  const t = nudgeMessages(lead.language);
  return leadAlert(c.id, c.ownerId, reminderWords(c, lead, now), t.why[risk], lead.language, customerDraftText(c, null, lead, now));
}
