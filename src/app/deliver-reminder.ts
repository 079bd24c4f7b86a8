import { noAnswerEscalationAt } from "../domain/nudge-plan.js";
import { leadToTell, riskReason } from "../domain/risk.js";
import { fromLocal, parseIsoDate } from "../domain/zoned-time.js";
import { type Absence, absencesOf } from "../store/absences.js";
import { type Commitment, commitmentsById } from "../store/commitments.js";
import {
  type Claim,
  cancelClaim,
  type DeliveryFacts,
  enqueue,
  markCancelled,
  markFailed,
  markPosting,
  markRateLimited,
  markSent,
  type Nudge,
  type Tx,
  takeOver,
  withDeliveryLock,
} from "../store/nudges.js";
import { stopWorkspace } from "../store/retention.js";
import { reserveSendSlot } from "../store/send-slots.js";
import { channelLeads, type WorkspaceSettings, workspacesById } from "../store/workspaces.js";
import { isAway } from "./absence.js";
import type { AppDeps } from "./deps.js";
import { personIn } from "./people.js";
import type { SendLanes } from "./send-lanes.js";
import { type Notice, type Person, SlackRefused, type WorkspacePorts } from "./slack-port.js";

/** What the scheduler sends with: the use cases' deps and every workspace's Slack. */
export interface Sender extends AppDeps {
  slack: WorkspacePorts;
  /** Real milliseconds between two posts to one channel, across replicas (Slack takes about one a second). */
  sendGapMs: number;
  /** This process's posts to one channel, one at a time. */
  lanes: SendLanes;
}

export type Delivered = "sent" | "cancelled" | "skipped";

/** What a batch of claimed reminders needs, read once for the batch: promises, workspaces, channel leads, absences. */
export interface DeliveryBatch {
  commitments: Map<string, Commitment>;
  workspaces: Map<string, WorkspaceSettings>;
  /** Keyed `workspace:channel`. */
  leads: Map<string, string>;
  /** The owners' absences not over yet, keyed `workspace:user`. */
  away: Map<string, Absence[]>;
}

export async function readBatch(sender: Sender, nudges: Nudge[]): Promise<DeliveryBatch> {
  const prisma = sender.db.prisma;
  const [commitments, workspaces] = await Promise.all([
    commitmentsById(
      prisma,
      nudges.map((n) => ({ workspaceId: n.workspaceId, id: n.commitmentId })),
    ),
    workspacesById(
      prisma,
      nudges.map((n) => n.workspaceId),
    ),
  ]);
  const channels = nudges
    .filter((n) => n.kind === "escalation")
    .map((n) => commitments.get(n.commitmentId))
    .flatMap((c) => (c?.sourceChannelId ? [{ workspaceId: c.workspaceId, channelId: c.sourceChannelId }] : []));
  const owners = [...commitments.values()].map((c) => ({ workspaceId: c.workspaceId, userId: c.ownerId }));
  // A day back from UTC's date: every zone's today is on or after it.
  const since = new Date(sender.clock().getTime() - 86_400_000).toISOString().slice(0, 10);
  const [leads, away] = await Promise.all([channelLeads(prisma, channels), absencesOf(prisma, owners, since)]);
  return { commitments, workspaces, leads, away };
}

/** What phase one decided to send, and the row to mark sent once it is out. */
interface Planned {
  reader: Person;
  notice: Notice;
  shown: Nudge["kind"];
  row: Claim;
  /** The owner it was decided for (a reassignment while sending makes the message wrong). */
  ownerId: string;
}

/**
 * Sends one claimed reminder (or the lead's alert), or cancels it when it no longer makes
 * sense. Three steps, and Slack is awaited in none of the locked ones:
 * 1. under the promise's row lock (a short transaction), decide what to say, or that nothing
 *    needs saying;
 * 2. wait for the recipient's channel slot (one message a second, across replicas) and post,
 *    marked with the outbox row's id; a row an earlier try started posting is first looked for
 *    in the recipient's DM, so a kill or a timeout mid-post does not send it twice;
 * 3. under the lock again, record it as sent. When the promise changed while the message was on
 *    its way (done, snoozed, moved, reassigned, struck), the change has landed first: the
 *    message is taken back (deleted) and the row cancelled, so nobody is left with a stale
 *    reminder.
 * A claim another worker took over is skipped.
 */
export async function deliverReminder(sender: Sender, nudge: Nudge, batch?: DeliveryBatch): Promise<Delivered> {
  const prisma = sender.db.prisma;
  const read = batch ?? (await readBatch(sender, [nudge]));
  const seen = read.commitments.get(nudge.commitmentId);
  const workspace = read.workspaces.get(nudge.workspaceId);
  if (seen?.status !== "open" || !workspace) {
    await markCancelled(prisma, [nudge.id], "closed");
    return "cancelled";
  }
  // Only a request from the workspace resumes it after an uninstall; the scheduler never does.
  const slack = workspace.uninstalled ? null : await sender.slack.forWorkspace(nudge.workspaceId);
  if (!slack) {
    await markCancelled(prisma, [nudge.id], "not installed");
    return "cancelled";
  }
  // Profiles come from Slack (cached), so they are read before any lock.
  const person = async (id: string) => personIn(workspace, id, await slack.profile(id));
  const owner = await person(seen.ownerId);
  const channelLead = seen.sourceChannelId ? (read.leads.get(`${seen.workspaceId}:${seen.sourceChannelId}`) ?? null) : null;
  const leadId = nudge.kind === "escalation" ? leadToTell(seen, channelLead, workspace.defaultLeadId) : null;
  const lead = leadId ? await person(leadId) : null;
  const now = sender.clock();
  // The owner is away today (on their own calendar): their reminders alert the lead instead.
  // With nobody to tell, the owner is reminded after all: a promise never slips in silence.
  const awaySince = leadToTell(seen, channelLead, workspace.defaultLeadId)
    ? isAway(read.away.get(`${seen.workspaceId}:${seen.ownerId}`), now, owner.timeZone)
    : null;
  if (awaySince && nudge.kind !== "escalation") return handToLead(sender, nudge, awaySince, owner.timeZone);

  const planned = await withDeliveryLock(prisma, nudge, nudge, now, async (tx, c, readFacts): Promise<Planned | Delivered> => {
    const facts = await readFacts();
    if (!facts.claimed) return "skipped";
    const decided = await decide(sender, tx, nudge, c, facts, { owner, lead, now, away: awaySince !== null });
    if (decided !== "cancelled") await markPosting(tx, decided.row, now);
    return decided;
  });
  if (typeof planned === "string") return planned;

  // An earlier try may have reached Slack without living to record it (a kill, a timeout): look first.
  const earlier = planned.row.postingAt
    ? await slack.findSent(planned.reader.id, planned.row.id).catch((error: unknown) => {
        throw new SendFailed({ ...nudge, ...planned.row }, error);
      })
    : null;
  const posted =
    earlier ??
    (await sender.lanes
      .inLane(`${nudge.workspaceId}:${planned.reader.id}`, sender.sendGapMs, async () => {
        await waitForSlot(sender, nudge.workspaceId, planned.reader.id);
        return slack.tell(planned.reader, planned.notice, now, planned.row.id);
      })
      .catch((error: unknown) => {
        throw new SendFailed({ ...nudge, ...planned.row }, error);
      }));

  // Both steps below are no-ops on a row that is no longer this worker's (its lease ran out and
  // another worker holds it): that worker will find this message by its key.
  const kept = await withDeliveryLock(prisma, nudge, planned.row, now, async (tx, c, readFacts) => {
    const dueSoonSentAt = planned.notice.kind === "leadAlert" ? (await readFacts()).dueSoonSentAt : null;
    if (!c || !stillTrue(planned, c, now, dueSoonSentAt, sender.nudges.overdueAfterMs, awaySince !== null)) {
      return (await cancelClaim(tx, planned.row, "changed while sending")) ? false : "lost";
    }
    // A due-soon question unanswered in time, or a deadline passed, puts the promise at risk.
    // The overdue alert is keyed to the deadline, so the lead hears of each missed deadline once,
    // however many overdue reminders follow.
    const escalateAt =
      planned.shown === "due_soon"
        ? noAnswerEscalationAt(now, c, sender.nudges)
        : planned.shown === "overdue"
          ? new Date(c.dueAt.getTime() + sender.nudges.overdueAfterMs)
          : null;
    const sent = { channel: posted.channel, ts: posted.ts, at: now };
    return (await markSent(tx, planned.row, sent, escalateAt)) ? true : "lost";
  });
  if (kept === "lost") return "skipped";
  if (kept) return "sent";
  await slack.retract(posted).catch(() => {});
  return "cancelled";
}

/** Step 1: what to say, decided on the promise as it is now (locked). */
async function decide(
  sender: Sender,
  tx: Tx,
  nudge: Nudge,
  c: Commitment | null,
  facts: DeliveryFacts,
  who: { owner: Person; lead: Person | null; now: Date; away: boolean },
): Promise<Planned | "cancelled"> {
  const { owner, lead, now, away } = who;
  const cancel = async (reason: string) => {
    await markCancelled(tx, [nudge.id], reason);
    return "cancelled" as const;
  };
  if (c?.status !== "open" || c.ownerId !== owner.id) return cancel("closed or changed");

  if (nudge.kind === "escalation") {
    const risk = away ? "owner_away" : riskReason({ ...c, dueSoonSentAt: facts.dueSoonSentAt }, now, sender.nudges.overdueAfterMs);
    if (!risk) return cancel("not at risk");
    if (!lead) return cancel("no lead to tell");
    // One alarm per risk: once the lead has heard "can't make it", the no-answer and overdue
    // alerts that were already queued say nothing new (until the owner answers again).
    const told = facts.escalatedAt;
    if (risk === "cant_make_it" && told && c.lastAnswerAt && told.getTime() >= c.lastAnswerAt.getTime()) return cancel("lead already told");
    return { reader: lead, notice: { kind: "leadAlert", commitment: c, risk }, shown: nudge.kind, row: nudge, ownerId: c.ownerId };
  }

  if (c.snoozedUntil && c.snoozedUntil.getTime() > now.getTime()) return cancel("snoozed");
  // The owner has said they can't make it (the lead knows): "you promised … tomorrow" and "Håller
  // du tiden?" would only ask again, unless the lead asks ("Påminn ägaren"). Once the deadline has
  // passed, the overdue reminder still comes.
  if (c.lastAnswer === "cant_make_it" && nudge.kind !== "overdue" && !facts.askedBy) return cancel("owner can't make it");
  // After downtime several reminders may be due at once: one message, as the latest of them.
  // Its row is the one marked sent (so "was a due-soon question asked?" stays answerable), and
  // this worker takes it over, so a worker that claimed it too finds its claim gone.
  const due = [nudge, ...facts.dueSiblings];
  const latest = due.reduce((a, b) => (b.dueAt.getTime() > a.dueAt.getTime() ? b : a));
  await markCancelled(
    tx,
    due.filter((n) => n.id !== latest.id).map((n) => n.id),
    "collapsed",
  );
  const row = latest.id === nudge.id ? nudge : await takeOver(tx, latest, nudge);
  if (!row) return "cancelled";
  const shown = now.getTime() >= c.dueAt.getTime() ? "overdue" : latest.kind;
  const reminder = shown as "heads_up" | "due_soon" | "overdue";
  const notice = { kind: "reminder" as const, reminder, commitment: c, askedBy: facts.askedBy };
  return { reader: owner, notice, shown, row, ownerId: c.ownerId };
}

/** Step 3: whether the message just sent still says the truth about the promise as it is now. */
function stillTrue(planned: Planned, c: Commitment, now: Date, dueSoonSentAt: Date | null, overdueAfterMs: number, away: boolean): boolean {
  if (c.status !== "open" || c.ownerId !== planned.ownerId) return false;
  if (planned.notice.kind === "leadAlert") return away || riskReason({ ...c, dueSoonSentAt }, now, overdueAfterMs) !== null;
  const before = planned.notice.kind === "reminder" ? planned.notice.commitment : c;
  if (c.dueAt.getTime() !== before.dueAt.getTime()) return false;
  return !(c.snoozedUntil && c.snoozedUntil.getTime() > now.getTime());
}

/**
 * A reminder for an owner who is away: not sent to them. The lead hears of the promise once per
 * absence instead (an alert keyed to the absence's first day, so every reminder the absence
 * holds back makes the same one).
 */
async function handToLead(sender: Sender, nudge: Nudge, awaySince: string, timeZone: string): Promise<Delivered> {
  const since = fromLocal({ ...parseIsoDate(awaySince), hour: 0, minute: 0 }, timeZone);
  await withDeliveryLock(sender.db.prisma, nudge, nudge, sender.clock(), async (tx, current) => {
    if (!(await cancelClaim(tx, nudge, "owner away: the lead is told"))) return;
    if (current?.status === "open") await enqueue(tx, current, "escalation", since);
  });
  return "cancelled";
}

/** Waits for the next free slot of `channel` (reserved in the database, so replicas share the pace). */
async function waitForSlot(sender: Sender, workspaceId: string, channel: string): Promise<void> {
  if (sender.sendGapMs <= 0) return;
  const waitMs = await reserveSendSlot(sender.db.prisma, workspaceId, channel, sender.sendGapMs);
  if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs));
}

/** Slack refused a message: the outbox row it was for (a collapsed reminder's is the sibling it took over), and why. */
export class SendFailed extends Error {
  constructor(
    readonly row: Nudge,
    readonly reason: unknown,
  ) {
    super(reason instanceof Error ? reason.message : String(reason));
  }
}

/**
 * A send failed. Slack says the token is gone (an uninstall Lofte missed while it was down):
 * the workspace stops. Otherwise the reminder goes back to the outbox: after Slack's
 * Retry-After for a 429, which uses up no attempt (however long Slack rate-limits us, it goes
 * out afterwards), else after 1, 2, 4, … minutes (at most an hour), failed for good after
 * `maxAttempts`. Says until when Slack rate-limited the workspace, if it did (the tick holds
 * back the workspace's other reminders until then).
 */
export async function deliveryFailed(
  sender: Sender,
  claimed: Nudge,
  failure: unknown,
  maxAttempts: number,
): Promise<{ rateLimitedUntil: Date | null }> {
  const nudge = failure instanceof SendFailed ? failure.row : claimed;
  const error = failure instanceof SendFailed ? failure.reason : failure;
  const refused = error instanceof SlackRefused ? error : null;
  const message = error instanceof Error ? error.message : String(error);
  if (refused?.meaning === "tokenGone") {
    await stopWorkspace(sender.db.prisma, nudge.workspaceId, sender.clock());
    return { rateLimitedUntil: null };
  }
  const waitMs = refused?.retryAfterS ? refused.retryAfterS * 1000 : Math.min(60_000 * 2 ** Math.max(0, nudge.attempts - 1), 3_600_000);
  const retryAt = new Date(sender.clock().getTime() + waitMs);
  if (refused?.meaning === "rateLimited") {
    await markRateLimited(sender.db.prisma, nudge, message, retryAt);
    return { rateLimitedUntil: retryAt };
  }
  await markFailed(sender.db.prisma, nudge, message, retryAt, maxAttempts);
  return { rateLimitedUntil: null };
}
