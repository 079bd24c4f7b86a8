import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { isValidTimeZone } from "../../../domain/zoned-time.js";
import { createCommitment } from "../../../store/commitments.js";
import { notifyOwner, promiseWords } from "../../commitment-words.js";
import { type Deps, plannerFor, whoIs } from "../../deps.js";
import { FIELD } from "../../ids.js";
import { confirmationReply } from "../../ui/capture-replies.js";
import { publishHome, refreshHomes } from "../shared/home.js";
import { storable } from "../shared/input-values.js";
import { parseJson } from "../shared/interaction.js";
import { readPromiseForm } from "../shared/promise-form.js";
import { answeredOnFailure } from "../shared/view-failure.js";
import { trackMetadata } from "../shortcuts/track-as-promise.js";

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/**
 * Saving the Track modal: the promise is stored linked to its message, the owner is told if
 * someone else tracked it, and the person who tracked it gets a confirmation in the channel
 * that only they see (or a DM where Lofte is not in the channel, or when it was started from
 * the Home tab, which is then drawn again).
 */
export function trackSubmission(deps: Deps) {
  return answeredOnFailure(FIELD.task, async ({ ack, body, view, client }: Args) => {
    const meta = trackMetadata.safeParse(parseJson(view.private_metadata));
    const teamId = body.team?.id ?? body.user.team_id;
    if (!meta.success || !teamId || !isValidTimeZone(meta.data.timeZone)) {
      await ack();
      return;
    }
    const now = deps.clock();
    const form = readPromiseForm(view.state.values, meta.data.timeZone, meta.data.language, now);
    if (!form.ok) {
      await ack({ response_action: "errors", errors: form.errors });
      return;
    }
    await ack();
    const creator = await whoIs(deps, client, teamId, body.user.id, meta.data.language);
    const owner = form.ownerId === body.user.id ? creator : await whoIs(deps, client, teamId, form.ownerId);
    const { channelId, messageTs } = meta.data;
    const permalink =
      channelId && messageTs
        ? await client.chat
            .getPermalink({ channel: channelId, message_ts: messageTs })
            .then((r) => r.permalink ?? null)
            .catch(() => null)
        : null;
    const commitment = await createCommitment(
      deps.db.prisma,
      {
        workspaceId: teamId,
        ownerId: form.ownerId,
        creatorId: body.user.id,
        leadId: form.leadId,
        task: form.task,
        customer: form.customer,
        originalText: storable(meta.data.text),
        language: meta.data.language,
        sourceChannelId: channelId,
        sourceMessageTs: messageTs,
        permalink,
        dueAt: form.dueAt,
        hasTime: true,
        timeZone: owner.timeZone,
      },
      now,
      plannerFor(deps, creator.workspace),
    );
    await refreshHomes(deps, client, teamId, [body.user.id, form.ownerId]);
    if (form.ownerId !== body.user.id) await notifyOwner(client, commitment, owner, now).catch(() => {});
    const reply = confirmationReply(
      commitment.id,
      promiseWords(commitment, creator, now),
      creator.language,
      form.ownerId === body.user.id ? undefined : form.ownerId,
    );
    const dm = () => client.chat.postMessage({ channel: body.user.id, ...reply });
    if (channelId) await client.chat.postEphemeral({ channel: channelId, user: body.user.id, ...reply }).catch(dm);
    else {
      await dm();
      await publishHome(deps, client, teamId, body.user.id);
    }
  });
}
