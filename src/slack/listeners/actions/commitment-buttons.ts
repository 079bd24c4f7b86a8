import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import { messages } from "../../../language/messages.js";
import { changeCommitment } from "../../../store/commitments.js";
import { type Deps, plannerFor, whoIs } from "../../deps.js";
import { noticeReply, undoneReply } from "../../ui/capture-replies.js";
import { editModal } from "../../ui/edit-modal.js";
import { loadForChange } from "../shared/load-for-change.js";

type Args = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

const buttonPayload = z.object({
  team: z.object({ id: z.string() }).nullable(),
  user: z.object({ id: z.string(), team_id: z.string().optional() }),
  trigger_id: z.string(),
  response_url: z.string().optional(),
  actions: z.array(z.object({ value: z.string().uuid() })).min(1),
});

function parseButton(body: unknown) {
  const parsed = buttonPayload.safeParse(body);
  if (!parsed.success) return null;
  const teamId = parsed.data.team?.id ?? parsed.data.user.team_id;
  return teamId ? { ...parsed.data, teamId, commitmentId: parsed.data.actions[0].value } : null;
}

/** Edit: opens the modal prefilled with the promise, for those who may change it. */
export function editButton(deps: Deps) {
  return async ({ ack, body, client, respond }: Args) => {
    await ack();
    const button = parseButton(body);
    if (!button) return;
    const person = await whoIs(deps, client, button.teamId, button.user.id);
    const loaded = await loadForChange(deps, person, button.commitmentId, button.user.id);
    if (!loaded.ok) {
      await respond({ response_type: "ephemeral", replace_original: false, ...noticeReply(messages(person.language)[loaded.problem]) });
      return;
    }
    const c = loaded.commitment;
    await client.views.open({
      trigger_id: button.trigger_id,
      view: editModal(
        { ownerId: c.ownerId, leadId: c.leadId, task: c.task, customer: c.customer, dueAt: c.dueAt },
        { commitmentId: c.id, version: c.version, timeZone: person.timeZone, language: person.language, responseUrl: button.response_url },
      ),
    });
  };
}

/** Undo: cancels the promise and says so in place of the confirmation. */
export function undoButton(deps: Deps) {
  return async ({ ack, body, client, respond }: Args) => {
    await ack();
    const button = parseButton(body);
    if (!button) return;
    const person = await whoIs(deps, client, button.teamId, button.user.id);
    const t = messages(person.language);
    const loaded = await loadForChange(deps, person, button.commitmentId, button.user.id);
    if (!loaded.ok) {
      await respond({ response_type: "ephemeral", replace_original: false, ...noticeReply(t[loaded.problem]) });
      return;
    }
    if (loaded.commitment.status === "cancelled") {
      await respond({ replace_original: true, ...noticeReply(t.alreadyUndone) });
      return;
    }
    const result = await changeCommitment(
      deps.db.prisma,
      { workspaceId: button.teamId, id: loaded.commitment.id, expectedVersion: loaded.commitment.version },
      { status: "cancelled" },
      { actorId: button.user.id, kind: "cancelled", at: deps.clock() },
      plannerFor(deps),
    );
    const reply = result.ok
      ? undoneReply(loaded.commitment.task, person.language)
      : noticeReply(t[result.reason === "conflict" ? "conflict" : "notFound"]);
    await respond({ replace_original: result.ok, ...reply });
  };
}

/** The date and time pickers in the "when?" question change nothing until Save. */
export async function acknowledgeOnly({ ack }: Args) {
  await ack();
}
