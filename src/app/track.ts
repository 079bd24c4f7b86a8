import { storable } from "../domain/commitment.js";
import type { Language } from "../language/index.js";
import { type Commitment, createCommitment } from "../store/commitments.js";
import type { AppDeps } from "./deps.js";
import type { PromiseFields } from "./edit-commitment.js";
import { refreshHomes } from "./home.js";
import { plannerFor, whoIs } from "./people.js";
import { readAs } from "./record-commitment.js";
import type { Person, SlackPort } from "./slack-port.js";

/** The promise form as it opens: fields found in the text, or empty ones. */
export interface PromisePrefill {
  ownerId: string;
  leadId: string | null;
  task: string | null;
  customer: string | null;
  dueAt: Date | null;
}

/**
 * "Spåra som löfte" on a message: the form prefilled by the parser, read as `person` would
 * mean it. The message's author owns the promise unless the text names someone.
 */
export function prefillFromMessage(deps: AppDeps, person: Person, text: string, authorId: string): PromisePrefill {
  const reading = readAs(person, text, deps.clock());
  return { ownerId: reading.owner ?? authorId, leadId: null, task: reading.task, customer: reading.customer, dueAt: reading.dueAt };
}

/**
 * Saves the Track form: the promise is stored linked to its message (when there is one), and
 * the owner is told if someone else tracked it.
 */
export async function recordTracked(
  deps: AppDeps,
  slack: SlackPort,
  creator: Person,
  input: { fields: PromiseFields; channelId: string | null; messageTs: string | null; text: string; language: Language },
): Promise<Commitment> {
  const { fields, channelId, messageTs } = input;
  const teamId = creator.workspace.id;
  const now = deps.clock();
  const owner = fields.ownerId === creator.id ? creator : await whoIs(deps, slack, teamId, fields.ownerId);
  const permalink = channelId && messageTs ? await slack.permalink(channelId, messageTs) : null;
  const commitment = await createCommitment(
    deps.db.prisma,
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
      sourceMessageTs: messageTs,
      permalink,
      dueAt: fields.dueAt,
      hasTime: true,
      timeZone: owner.timeZone,
    },
    now,
    plannerFor(deps, creator.workspace),
  );
  await refreshHomes(deps, slack, teamId, [creator.id, fields.ownerId]);
  if (fields.ownerId !== creator.id) await slack.tell(owner, { kind: "ownerTold", commitment }, now).catch(() => {});
  return commitment;
}
