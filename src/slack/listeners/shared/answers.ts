import type { webApi } from "@slack/bolt";
import { leadToTell } from "../../../domain/risk.js";
import { nudgeMessages } from "../../../language/nudge-messages.js";
import { type Commitment, type CommitmentChanges, changeCommitment } from "../../../store/commitments.js";
import { enqueue } from "../../../store/nudges.js";
import { channelLead } from "../../../store/workspaces.js";
import { promiseWords, reminderWords } from "../../commitment-words.js";
import { type Deps, type Person, plannerFor, whoIs } from "../../deps.js";
import { plainMessage } from "../../ui/reminders.js";
import { refreshHomes } from "./home.js";
import { loadForChange } from "./load-for-change.js";

/**
 * What an owner (or a lead) can say about a promise, from a button, a menu, a modal or an
 * emoji reaction: one path for all of them. Each answer is checked (workspace, permission,
 * still open), saved with the audit trail, and the reminder plan follows.
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
  | { ok: false; person: Person; problem: "notFound" | "notAllowed" | "notOpen" | "conflict" };

export async function answerCommitment(
  deps: Deps,
  client: webApi.WebClient,
  input: { teamId: string; userId: string; commitmentId: string; answer: Answer },
): Promise<AnswerResult> {
  const person = await whoIs(deps, client, input.teamId, input.userId);
  const loaded = await loadForChange(deps, person, input.commitmentId, input.userId);
  if (!loaded.ok) return { ok: false, person, problem: loaded.problem };
  const before = loaded.commitment;
  if (before.status !== "open") return { ok: false, person, problem: "notOpen" };

  const now = deps.clock();
  // A new owner's reminders follow their own clock.
  const newOwner = input.answer.kind === "reassign" ? await whoIs(deps, client, input.teamId, input.answer.ownerId) : null;
  const result = await changeCommitment(
    deps.db.prisma,
    { workspaceId: input.teamId, id: before.id, expectedVersion: before.version },
    { ...changesFor(input.answer, now), ...(newOwner ? { timeZone: newOwner.timeZone } : {}) },
    { actorId: input.userId, kind: input.answer.kind, at: now },
    plannerFor(deps, person.workspace),
  );
  if (!result.ok) return { ok: false, person, problem: result.reason === "conflict" ? "conflict" : "notFound" };
  const after = result.commitment;
  const lead = leadToTell(after, await channelLead(deps.db.prisma, input.teamId, after.sourceChannelId), person.workspace.defaultLeadId);

  // Can't make it: the lead hears at once (through the outbox, so it is sent once).
  if (input.answer.kind === "cant_make_it") await enqueue(deps.db.prisma, after, "escalation", now);
  // Moved by someone else (the lead): the owner hears it from Lofte.
  if (input.answer.kind === "more_time" && after.ownerId !== input.userId) {
    const owner = await whoIs(deps, client, input.teamId, after.ownerId);
    const text = nudgeMessages(owner.language).movedByOther(
      input.userId,
      promiseWords(before, owner, now),
      promiseWords(after, owner, now).deadline,
    );
    await client.chat.postMessage({ channel: after.ownerId, ...plainMessage(text) });
  }
  if (input.answer.kind === "more_time" && lead && lead !== input.userId) {
    const reader = await whoIs(deps, client, input.teamId, lead);
    const t = nudgeMessages(reader.language);
    const newDeadline = promiseWords(after, reader, now).deadline;
    await client.chat.postMessage({
      channel: lead,
      ...plainMessage(t.leadMoved(after.ownerId, promiseWords(before, reader, now), newDeadline, input.answer.note)),
    });
  }
  if (newOwner && after.ownerId !== input.userId) {
    await client.chat.postMessage({
      channel: after.ownerId,
      ...plainMessage(nudgeMessages(newOwner.language).reassignedToYou(input.userId, reminderWords(after, newOwner, now))),
    });
  }
  await refreshHomes(deps, client, input.teamId, [input.userId, before.ownerId, after.ownerId, lead]);
  return { ok: true, before, after, person, lead };
}

function changesFor(answer: Answer, now: Date): CommitmentChanges {
  const answered = { lastAnswer: answer.kind, lastAnswerAt: now };
  switch (answer.kind) {
    case "done":
      return { ...answered, status: "done", completedAt: now };
    case "on_track":
    case "cant_make_it":
      return answered;
    case "snooze":
      return { ...answered, snoozedUntil: answer.until };
    case "more_time":
      return { ...answered, dueAt: answer.dueAt, hasTime: true, snoozedUntil: null };
    case "customer_informed":
      return { customerInformed: true };
    case "reassign":
      return { ownerId: answer.ownerId, snoozedUntil: null };
  }
}
