import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import { whoIs } from "../../../app/people.js";
import { speak } from "../../../language/index.js";
import { VIEW } from "../../ids.js";
import type { TrackMetadata } from "../../payloads/view-metadata.js";
import { type SlackDeps, slackPort } from "../../slack-port.js";
import { promiseModal } from "../../ui/promise-modal.js";

const newPromiseClick = z.object({
  trigger_id: z.string(),
  user: z.object({ id: z.string(), team_id: z.string().optional() }),
  team: z.object({ id: z.string() }).nullable(),
});

/** "Nytt löfte" on the Home tab: the same form, empty, with the person as owner. */
export function newPromiseButton(deps: SlackDeps) {
  return async ({ ack, body, client }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs) => {
    await ack();
    const parsed = newPromiseClick.safeParse(body);
    if (!parsed.success) return;
    const teamId = parsed.data.team?.id ?? parsed.data.user.team_id;
    if (!teamId) return;
    const person = await whoIs(deps, slackPort(client, teamId, deps), teamId, parsed.data.user.id);
    const metadata: TrackMetadata = {
      channelId: null,
      private: false,
      messageTs: null,
      text: "",
      language: person.language,
      timeZone: person.timeZone,
    };
    await client.views.open({
      trigger_id: parsed.data.trigger_id,
      view: promiseModal(
        { ownerId: parsed.data.user.id, leadId: null, task: null, customer: null, dueAt: null },
        {
          callbackId: VIEW.track,
          title: speak(person.language).messages.home.newPromise,
          metadata,
          timeZone: person.timeZone,
          language: person.language,
          defaultTime: person.workspace.defaultDeadlineTime,
        },
      ),
    });
  };
}
