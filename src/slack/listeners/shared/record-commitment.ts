import type { webApi } from "@slack/bolt";
import { MAX_TASK_LENGTH } from "../../../domain/commitment.js";
import { parseClock } from "../../../domain/zoned-time.js";
import { messages } from "../../../language/messages.js";
import { type ParsedCommitment, parseCommitment } from "../../../language/parse-commitment.js";
import { createCommitment } from "../../../store/commitments.js";
import { notifyOwner, promiseWords } from "../../commitment-words.js";
import { type Deps, type Person, plannerFor, whoIs } from "../../deps.js";
import { confirmationReply, noticeReply, type Reply } from "../../ui/capture-replies.js";
import { refreshHomes } from "./home.js";
import { storable } from "./input-values.js";

export interface Capture {
  teamId: string;
  creatorId: string;
  channelId: string | null;
  text: string;
  parsed: ParsedCommitment & { task: string };
  dueAt: Date;
  hasTime: boolean;
}

/**
 * Stores a promise, tells the owner when someone else recorded it, and returns the
 * confirmation for the person who recorded it (in their zone and language). A task that is
 * empty, or too long to show and edit, is not stored: the person is told why.
 */
export async function recordCommitment(deps: Deps, client: webApi.WebClient, creator: Person, capture: Capture): Promise<Reply> {
  const t = messages(creator.language);
  const task = storable(capture.parsed.task).trim();
  if (!task) return noticeReply(`${t.notACommitment.empty} ${t.example}`, capture.text, creator.language);
  if (task.length > MAX_TASK_LENGTH) return noticeReply(t.tooLong(MAX_TASK_LENGTH), capture.text, creator.language);
  const now = deps.clock();
  const ownerId = capture.parsed.owner ?? capture.creatorId;
  const byOther = ownerId !== capture.creatorId;
  const owner = byOther ? await whoIs(deps, client, capture.teamId, ownerId) : creator;
  const commitment = await createCommitment(
    deps.db.prisma,
    {
      workspaceId: capture.teamId,
      ownerId,
      creatorId: capture.creatorId,
      task,
      customer: capture.parsed.customer === null ? null : storable(capture.parsed.customer),
      originalText: storable(capture.text),
      language: capture.parsed.language,
      sourceChannelId: capture.channelId,
      dueAt: capture.dueAt,
      hasTime: capture.hasTime,
      timeZone: owner.timeZone,
    },
    now,
    plannerFor(deps, creator.workspace),
  );
  await refreshHomes(deps, client, capture.teamId, [capture.creatorId, ownerId]);
  if (byOther) await notifyOwner(client, commitment, owner, now).catch(() => {}); // stored either way; the DM is a courtesy
  return confirmationReply(commitment.id, promiseWords(commitment, creator, now), creator.language, byOther ? ownerId : undefined);
}

/** Reads `text` as `person` meant it when recording a promise: their time zone, language and the workspace's defaults. */
export function parseAs(person: Person, text: string, now: Date): ParsedCommitment {
  return parseCommitment(text, {
    now,
    timeZone: person.timeZone,
    language: person.language,
    defaultTime: parseClock(person.workspace.defaultDeadlineTime) ?? undefined,
    workingDays: person.workspace.workingHours.days,
    recording: true,
  });
}
