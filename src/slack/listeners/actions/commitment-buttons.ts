import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { messages } from "../../../language/messages.js";
import { changeCommitment } from "../../../store/commitments.js";
import { type Deps, plannerFor, whoIs } from "../../deps.js";
import { noticeReply, undoneReply } from "../../ui/capture-replies.js";
import { editModal } from "../../ui/edit-modal.js";
import { refreshHomes } from "../shared/home.js";
import { readInteraction } from "../shared/interaction.js";
import { loadForChange } from "../shared/load-for-change.js";

type Args = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

/** Edit: opens the modal prefilled with the promise, for those who may change it. */
export function editButton(deps: Deps) {
  return async ({ ack, body, client, respond }: Args) => {
    await ack();
    const button = readInteraction(body);
    if (!button?.triggerId) return;
    const person = await whoIs(deps, client, button.teamId, button.userId);
    const loaded = await loadForChange(deps, person, button.commitmentId, button.userId);
    if (!loaded.ok) {
      await respond({ response_type: "ephemeral", replace_original: false, ...noticeReply(messages(person.language)[loaded.problem]) });
      return;
    }
    const c = loaded.commitment;
    await client.views.open({
      trigger_id: button.triggerId,
      view: editModal(
        { ownerId: c.ownerId, leadId: c.leadId, task: c.task, customer: c.customer, dueAt: c.dueAt },
        { commitmentId: c.id, version: c.version, timeZone: person.timeZone, language: person.language, responseUrl: button.responseUrl },
      ),
    });
  };
}

/** Undo: cancels the promise and says so in place of the confirmation. */
export function undoButton(deps: Deps) {
  return async ({ ack, body, client, respond }: Args) => {
    await ack();
    const button = readInteraction(body);
    if (!button) return;
    const person = await whoIs(deps, client, button.teamId, button.userId);
    const t = messages(person.language);
    const loaded = await loadForChange(deps, person, button.commitmentId, button.userId);
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
      { actorId: button.userId, kind: "cancelled", at: deps.clock() },
      plannerFor(deps, person.workspace),
    );
    const reply = result.ok
      ? undoneReply(loaded.commitment.task, person.language)
      : noticeReply(t[result.reason === "conflict" ? "conflict" : "notFound"]);
    await respond({ replace_original: result.ok, ...reply });
    if (result.ok) await refreshHomes(deps, client, button.teamId, [button.userId, loaded.commitment.ownerId]);
  };
}

/** The date and time pickers in the "when?" question change nothing until Save. */
export async function acknowledgeOnly({ ack }: Args) {
  await ack();
}
