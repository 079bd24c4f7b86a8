import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { publishHome } from "../../../app/home.js";
import { whoIs } from "../../../app/people.js";
import { recordTracked } from "../../../app/track.js";
import { isValidTimeZone } from "../../../domain/zoned-time.js";
import { FIELD } from "../../ids.js";
import { parseJson } from "../../payloads/interaction.js";
import { readPromiseForm } from "../../payloads/promise-form.js";
import { trackMetadata } from "../../payloads/view-metadata.js";
import { type SlackDeps, slackPort } from "../../slack-port.js";
import { confirmationReply } from "../../ui/capture-replies.js";
import { promiseWords } from "../../ui/commitment-words.js";
import { answeredOnFailure } from "./on-failure.js";

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/**
 * Saving the Track modal: the promise is stored linked to its message, the owner is told if
 * someone else tracked it, and the person who tracked it gets a confirmation in the channel
 * that only they see (or a DM where Lofte is not in the channel, or when it was started from
 * the Home tab, which is then drawn again).
 */
export function trackSubmission(deps: SlackDeps) {
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
    const slack = slackPort(client, teamId, deps);
    const creator = await whoIs(deps, slack, teamId, body.user.id, meta.data.language);
    const { ok: _, ...fields } = form;
    const { channelId, messageTs, text, language } = meta.data;
    const commitment = await recordTracked(deps, slack, creator, {
      fields,
      channelId,
      private: meta.data.private,
      messageTs,
      text,
      language,
      requestKey: `view:${view.id}`,
    });
    const byOther = fields.ownerId === body.user.id ? undefined : fields.ownerId;
    const reply = confirmationReply(commitment.id, promiseWords(commitment, creator, now), creator.language, { owner: byOther });
    const dm = () => client.chat.postMessage({ channel: body.user.id, ...reply });
    if (channelId) await client.chat.postEphemeral({ channel: channelId, user: body.user.id, ...reply }).catch(dm);
    else {
      await dm();
      await publishHome(deps, slack, teamId, body.user.id);
    }
  });
}
