import { deadlineProblem, storable } from "../domain/commitment.js";
import type { Language } from "../language/index.js";
import { type Commitment, createCommitmentOnce } from "../store/commitments.js";
import type { AppDeps } from "./deps.js";
import type { PromiseFields } from "./edit-commitment.js";
import { refreshHomes } from "./home.js";
import { plannerFor, whoIs } from "./people.js";
import { readAs, readOnClockOf } from "./record-commitment.js";
import type { Person, SlackPort } from "./slack-port.js";

/** The promise form as it opens: fields found in the text, or empty ones. */
export interface PromisePrefill {
  ownerId: string;
  leadId: string | null;
  task: string | null;
  customer: string | null;
  dueAt: Date | null;
  /** A repeating promise's rule in words ("varje fredag"): set only when editing an occurrence of a series. */
  repeatText?: string | null;
}

/**
 * "Spara som löfte" on a message: the form prefilled by the parser. The message's author owns
 * the promise unless the text names someone, and "fredag 15" is read on the owner's clock.
 */
export async function prefillFromMessage(
  deps: AppDeps,
  slack: SlackPort,
  person: Person,
  text: string,
  authorId: string,
  saidAt: Date,
): Promise<{ prefill: PromisePrefill; timeZone: string }> {
  const now = deps.clock();
  // "i morgon" is the day after the message was written, however late it is tracked.
  const said = saidAt.getTime() < now.getTime() ? saidAt : now;
  let reading = readAs(person, text, said);
  // "Erik skickar …": Erik, when one member is called so; otherwise the author, for the form to correct.
  const named = reading.ownerName && !reading.owner ? await slack.findPeople(reading.ownerName) : [];
  const ownerId = reading.owner ?? (named.length === 1 ? named[0] : authorId);
  const owner = ownerId === person.id ? person : await whoIs(deps, slack, person.workspace.id, ownerId);
  if (owner !== person) reading = readOnClockOf(person, owner, text, said);
  // A deadline that has passed since, or is further off than Lofte follows up, is left for the person to pick again.
  const dueAt = reading.dueAt && deadlineProblem(reading.dueAt, now, owner.timeZone) === null ? reading.dueAt : null;
  return {
    prefill: { ownerId, leadId: null, task: reading.said ?? reading.task, customer: reading.customer, dueAt },
    timeZone: owner.timeZone,
  };
}

/**
 * Saves the Track form: the promise is stored linked to its message (when there is one), and
 * the owner is told if someone else tracked it.
 */
export async function recordTracked(
  deps: AppDeps,
  slack: SlackPort,
  creator: Person,
  input: {
    fields: PromiseFields;
    channelId: string | null;
    private: boolean;
    messageTs: string | null;
    text: string;
    language: Language;
    /** The modal it was saved from: one promise per modal, however often Slack sends the submission. */
    requestKey: string;
  },
): Promise<Commitment> {
  const { fields, channelId, messageTs } = input;
  const teamId = creator.workspace.id;
  const now = deps.clock();
  const owner = fields.ownerId === creator.id ? creator : await whoIs(deps, slack, teamId, fields.ownerId);
  const permalink = channelId && messageTs ? await slack.permalink(channelId, messageTs) : null;
  const { commitment, created } = await createCommitmentOnce(
    deps.db,
    {
      workspaceId: teamId,
      ownerId: fields.ownerId,
      creatorId: creator.id,
      leadId: fields.leadId,
      task: fields.task,
      customer: fields.customer,
      originalText: storable(input.text),
      language: input.language,
      sourceChannelId: channelId,
      private: input.private,
      idempotencyKey: input.requestKey,
      sourceMessageTs: messageTs,
      permalink,
      dueAt: fields.dueAt,
      hasTime: true,
      timeZone: owner.timeZone,
    },
    now,
    plannerFor(deps, creator.workspace),
  );
  if (created) {
    await refreshHomes(deps, slack, teamId, [creator.id, fields.ownerId]);
    if (fields.ownerId !== creator.id) await slack.tell(owner, { kind: "ownerTold", commitment }, now).catch(() => {});
  }
  return commitment;
}
