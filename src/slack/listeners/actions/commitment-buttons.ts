import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { undoCommitment } from "../../../app/edit-commitment.js";
import { closedProblem } from "../../../app/load-for-change.js";
import { endSeries } from "../../../app/series.js";
import { speak } from "../../../language/index.js";
import { type Interaction, readInteraction } from "../../payloads/interaction.js";
import type { SlackDeps } from "../../slack-port.js";
import { noticeReply, problemReply, undoneReply } from "../../ui/capture-replies.js";
import { promiseWords } from "../../ui/commitment-words.js";
import { editModal } from "../../ui/edit-modal.js";
import { answerLanguage, clickedPromise, clicker, explain } from "./clicked.js";

type Args = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

/** Edit: opens the modal prefilled with the promise, for those who may change it. */
export function editButton(deps: SlackDeps) {
  return async ({ ack, body, client, respond }: Args) => {
    await ack();
    const button = readInteraction(body);
    if (button) await openEditModal(deps, client, button, respond);
  };
}

/** The edit modal for the promise `button` is about (Edit, or Edit in a list's menu). */
export async function openEditModal(deps: SlackDeps, client: Args["client"], button: Interaction, respond: Args["respond"]): Promise<void> {
  if (!button.triggerId) return;
  const clicked = await clickedPromise(deps, client, button, respond);
  if (!clicked) return;
  const { person, commitment: c } = clicked;
  const closed = closedProblem(c);
  if (closed) {
    await explain(respond, problemReply(closed, person.language));
    return;
  }
  await client.views.open({
    trigger_id: button.triggerId,
    view: editModal(
      {
        ownerId: c.ownerId,
        leadId: c.leadId,
        task: c.task,
        customer: c.customer,
        dueAt: c.dueAt,
        ...(c.seriesId ? { repeatText: c.repeatText ?? "" } : {}),
      },
      {
        commitmentId: c.id,
        version: c.version,
        timeZone: person.timeZone,
        language: answerLanguage(c, person),
        // A line of a list: the list stays as it is.
        responseUrl: button.inList ? undefined : button.responseUrl,
        ...(c.seriesId ? { repeatText: c.repeatText ?? "" } : {}),
      },
    ),
  });
}

/** Undo: cancels the promise and says so in place of the confirmation. */
export function undoButton(deps: SlackDeps) {
  return async ({ ack, body, client, respond }: Args) => {
    await ack();
    const button = readInteraction(body);
    if (!button) return;
    const { slack, person } = await clicker(deps, client, button);
    const undone = await undoCommitment(deps, slack, person, button.commitmentId);
    if (undone.ok) {
      const language = answerLanguage(undone.commitment, person);
      const reader = { ...person, language };
      await respond({ replace_original: true, ...undoneReply(promiseWords(undone.commitment, reader, deps.clock()), language) });
      await undone.announce();
    } else if (undone.problem === "alreadyUndone" || undone.problem === "alreadyKept")
      await respond({ replace_original: true, ...noticeReply(speak(person.language).messages[undone.problem]) });
    else await explain(respond, problemReply(undone.problem, person.language));
  };
}

/** End series: the repeating promise makes no more; said only to the one who clicked. */
export function endSeriesButton(deps: SlackDeps) {
  return async ({ ack, body, client, respond }: Args) => {
    await ack();
    const button = readInteraction(body);
    if (!button) return;
    const { person } = await clicker(deps, client, button);
    const ended = await endSeries(deps, person, button.commitmentId);
    const t = speak(person.language).messages;
    if (ended.ok) await explain(respond, noticeReply(`:black_square_for_stop: ${t.seriesEnded}`));
    else if (ended.problem === "already") await explain(respond, noticeReply(t.seriesAlreadyEnded));
    else await explain(respond, problemReply(ended.problem, person.language));
  };
}

/** The date and time pickers in the "when?" question change nothing until Save. */
export async function acknowledgeOnly({ ack }: Args) {
  await ack();
}
