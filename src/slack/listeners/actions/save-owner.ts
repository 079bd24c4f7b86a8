import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import { capturePromise } from "../../../app/capture.js";
import { whoIs } from "../../../app/people.js";
import { readAs } from "../../../app/record-commitment.js";
import { MAX_TEXT_LENGTH, storable } from "../../../domain/commitment.js";
import { speak } from "../../../language/index.js";
import { ACTION } from "../../ids.js";
import { isPrivateConversation, slackUserId } from "../../payloads/input-values.js";
import { type SlackDeps, slackPort } from "../../slack-port.js";
import { capturedReply, noticeReply } from "../../ui/capture-replies.js";
import { explain } from "./clicked.js";

type Args = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

const savePayload = z.object({
  team: z.object({ id: z.string() }).nullable(),
  user: z.object({ id: z.string(), team_id: z.string().optional() }),
  channel: z.object({ id: z.string(), name: z.string().optional() }).nullish(),
  actions: z.array(z.object({ value: z.string().min(1) })).min(1),
  state: z
    .object({ values: z.record(z.string(), z.record(z.string(), z.object({ selected_user: z.string().nullish() }).loose())) })
    .optional(),
});

/**
 * "Spara" under "Vem är Erik?": the promise typed earlier, now with the person picked. The name
 * in the text becomes a mention of them, and the text goes the way of any /lofte (a deadline is
 * asked for if it has none).
 */
export function saveOwnerButton(deps: SlackDeps) {
  return async ({ ack, body, client, respond }: Args) => {
    await ack();
    const parsedBody = savePayload.safeParse(body);
    if (!parsedBody.success) return;
    const payload = parsedBody.data;
    const teamId = payload.team?.id ?? payload.user.team_id;
    if (!teamId) return;
    const slack = slackPort(client, teamId, deps);
    const person = await whoIs(deps, slack, teamId, payload.user.id);
    const t = speak(person.language).messages;
    // The text typed with /lofte, kept in the button: Lofte put it there, but check it like any input.
    const text = storable(payload.actions[0].value).trim();
    const picks = Object.values(payload.state?.values ?? {}).flatMap((block) => Object.entries(block));
    const picked = slackUserId(picks.find(([id]) => id === ACTION.pickOwner)?.[1].selected_user);
    const name = readAs(person, text, deps.clock()).ownerName;
    if (!text || text.length > MAX_TEXT_LENGTH || !name) {
      await explain(respond, noticeReply(`${t.notACommitment.empty} ${t.example}`));
      return;
    }
    if (!picked) {
      await explain(respond, noticeReply(t.pickPerson));
      return;
    }
    const named = text.replace(name, `<@${picked}>`);
    const channelId = payload.channel?.id ?? person.id;
    const captured = await capturePromise(deps, slack, person, {
      teamId,
      channelId,
      private: isPrivateConversation(channelId, payload.channel?.name),
      text: named,
    });
    await respond({ replace_original: true, ...capturedReply(captured, person, named, deps.clock()) });
  };
}
