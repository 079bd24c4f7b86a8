import { type SnoozeChoice, snoozeUntil } from "../domain/snooze.js";
import { type Commitment, type CommitmentChanges, changeCommitment } from "../store/commitments.js";
import { enqueue, findBySlackMessage } from "../store/nudges.js";
import type { AppDeps } from "./deps.js";
import { refreshHomes } from "./home.js";
import { loadForChange, type Problem } from "./load-for-change.js";
import { leadOf, plannerFor, whoIs } from "./people.js";
import { tellReassigned } from "./reassigned.js";
import { settleAlerts } from "./settle-alerts.js";
import type { Person, SlackPort } from "./slack-port.js";

/**
 * What an owner (or a lead) can say about a promise, from a button, a menu, a modal or an
 * emoji reaction: one path for all of them. Each answer is checked (workspace, permission,
 * still open), saved with the audit trail, and the reminder plan follows. Whoever else must
 * know is told: the lead when the owner can't make it (through the outbox) or needs more
 * time, the owner when a lead moved the deadline or tells the customer, the new and the former
 * owner when a promise changes hands.
 */
export type Answer =
  | { kind: "done" }
  | { kind: "on_track" }
  | { kind: "snooze"; until: Date }
  | { kind: "more_time"; dueAt: Date; note: string | null }
  | { kind: "cant_make_it" }
  | { kind: "customer_informed" }
  | { kind: "reassign"; ownerId: string };

export type AnswerResult =
  | { ok: true; before: Commitment; after: Commitment; person: Person; lead: string | null }
  | { ok: false; person: Person; problem: Problem };

export async function answerCommitment(
  deps: AppDeps,
  slack: SlackPort,
  input: { teamId: string; userId: string; commitmentId: string; answer: Answer },
): Promise<AnswerResult> {
  const person = await whoIs(deps, slack, input.teamId, input.userId);
  const loaded = await loadForChange(deps, person, input.commitmentId);
  if (!loaded.ok) return { ok: false, person, problem: loaded.problem };
  const before = loaded.commitment;
  if (before.status !== "open") return { ok: false, person, problem: "notOpen" };

  const now = deps.clock();
  // "On track" from an old reminder, once the deadline has gone by, would say something no longer true.
  if (input.answer.kind === "on_track" && before.dueAt.getTime() <= now.getTime()) return { ok: false, person, problem: "deadlinePassed" };
  // The same answer again (a click Slack retried, a second press) changes nothing and tells no one twice.
  if (repeats(before, input.answer)) return { ok: true, before, after: before, person, lead: await leadOf(deps, person.workspace, before) };
  // A new owner's reminders follow their own clock.
  const newOwner = input.answer.kind === "reassign" ? await whoIs(deps, slack, input.teamId, input.answer.ownerId) : null;
  const result = await changeCommitment(
    deps.db.prisma,
    { workspaceId: input.teamId, id: before.id, expectedVersion: before.version },
    { ...changesFor(input.answer, now, before), ...(newOwner ? { timeZone: newOwner.timeZone } : {}) },
    { actorId: input.userId, kind: input.answer.kind, at: now },
    plannerFor(deps, person.workspace),
  );
  if (!result.ok) return { ok: false, person, problem: result.reason === "conflict" ? "conflict" : "notFound" };
  const after = result.commitment;
  const leadId = await leadOf(deps, person.workspace, after);

  // Can't make it: the lead hears at once (through the outbox, so it is sent once).
  if (input.answer.kind === "cant_make_it") await enqueue(deps.db.prisma, after, "escalation", now);
  if (input.answer.kind === "more_time") {
    // Moved by someone else (the lead): the owner hears it from Lofte.
    if (after.ownerId !== input.userId) {
      const owner = await whoIs(deps, slack, input.teamId, after.ownerId);
      await slack.tell(owner, { kind: "movedByOther", before, after, by: input.userId, note: input.answer.note }, now);
    }
    if (leadId && leadId !== input.userId) {
      const reader = await whoIs(deps, slack, input.teamId, leadId);
      await slack.tell(reader, { kind: "leadMoved", before, after, note: input.answer.note }, now);
    }
  }
  if (newOwner) await tellReassigned(deps, slack, { before, after, by: input.userId, newOwner }, now);
  // Settled by someone else than the lead: the lead's alerts say so instead of asking for action.
  // (The lead answers on an alert, which their answer redraws.)
  const how = SETTLED[input.answer.kind as keyof typeof SETTLED];
  if (how && leadId && input.userId !== leadId) await settleAlerts(deps, slack, input.teamId, after, how, leadId);
  // The lead tells the customer: the owner knows not to, and that the slip is out in the open.
  if (input.answer.kind === "customer_informed" && after.ownerId !== input.userId) {
    const owner = await whoIs(deps, slack, input.teamId, after.ownerId);
    await slack.tell(owner, { kind: "customerInformed", commitment: after, by: input.userId }, now).catch(() => {});
  }
  await refreshHomes(deps, slack, input.teamId, [input.userId, before.ownerId, after.ownerId, leadId]);
  return { ok: true, before, after, person, lead: leadId };
}

/** The answers that settle a promise, as its lead's alerts then say. */
const SETTLED = { done: "done", more_time: "moved", reassign: "reassigned" } as const;

/** Whether an answer would change nothing that was not already so. */
function repeats(before: Commitment, answer: Answer): boolean {
  switch (answer.kind) {
    case "cant_make_it":
      return before.lastAnswer === "cant_make_it";
    case "more_time":
      return before.lastAnswer === "more_time" && before.dueAt.getTime() === answer.dueAt.getTime();
    case "reassign":
      return before.ownerId === answer.ownerId;
    case "customer_informed":
      return before.customerInformed;
    default:
      return false;
  }
}

/** The promise a message is about, when the message is one of Lofte's reminders to the owner (not a lead's alert). */
export async function promiseRemindedIn(deps: AppDeps, teamId: string, channel: string, ts: string): Promise<string | null> {
  const nudge = await findBySlackMessage(deps.db.prisma, teamId, channel, ts);
  return nudge && nudge.kind !== "escalation" ? nudge.commitmentId : null;
}

/** When a snooze chosen now ends, on the person's clock and the workspace's working days. */
export function snoozeEnd(deps: AppDeps, person: Person, choice: SnoozeChoice): Date {
  return snoozeUntil(choice, deps.clock(), person.timeZone, deps.nudges.morning, person.workspace.workingHours);
}

function changesFor(answer: Answer, now: Date, before: Commitment): CommitmentChanges {
  const answered = { lastAnswer: answer.kind, lastAnswerAt: now };
  switch (answer.kind) {
    case "done":
      return { ...answered, status: "done", completedAt: now };
    case "on_track":
    case "cant_make_it":
      return answered;
    case "snooze":
      // A snooze is not "I'll make it after all": a promise the owner can't keep stays at risk.
      return before.lastAnswer === "cant_make_it" ? { snoozedUntil: answer.until } : { ...answered, snoozedUntil: answer.until };
    case "more_time":
      return { ...answered, dueAt: answer.dueAt, hasTime: true, snoozedUntil: null };
    case "customer_informed":
      return { customerInformed: true };
    case "reassign":
      // The new owner has said nothing yet: the former owner's "can't make it" or snooze is not theirs.
      return { ownerId: answer.ownerId, snoozedUntil: null, lastAnswer: null };
  }
}
