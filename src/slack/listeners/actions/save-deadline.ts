import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import { recordWithDeadline } from "../../../app/capture.js";
import { whoIs } from "../../../app/people.js";
import { MAX_TEXT_LENGTH, storable } from "../../../domain/commitment.js";
import { fromLocal, parseClock } from "../../../domain/zoned-time.js";
import { speak } from "../../../language/index.js";
import { ACTION } from "../../ids.js";
import { calendarDay, isPrivateConversation } from "../../payloads/input-values.js";
import { type SlackDeps, slackPort } from "../../slack-port.js";
import { capturedReply, noticeReply } from "../../ui/capture-replies.js";
import { explain } from "./clicked.js";

type Args = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

const pickerValue = z.object({
  type: z.string(),
  selected_date: z.string().nullish(),
  selected_time: z.string().nullish(),
});

const savePayload = z.object({
  team: z.object({ id: z.string() }).nullable(),
  user: z.object({ id: z.string(), team_id: z.string().optional() }),
  channel: z.object({ id: z.string(), name: z.string().optional() }).nullish(),
  container: z.object({ message_ts: z.string().optional() }).loose().optional(),
  actions: z.array(z.object({ value: z.string().min(1) })).min(1),
  state: z.object({ values: z.record(z.string(), z.record(z.string(), pickerValue)) }).optional(),
});

/** "Spara" under the "when?" question: stores the promise with the picked day and time. */
export function saveDeadlineButton(deps: SlackDeps) {
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
    if (!text || text.length > MAX_TEXT_LENGTH) {
      await explain(respond, noticeReply(text ? t.tooLong(MAX_TEXT_LENGTH) : `${t.notACommitment.empty} ${t.example}`));
      return;
    }
    const pickers = Object.values(payload.state?.values ?? {}).flatMap((block) => Object.entries(block));
    const day = calendarDay(pickers.find(([id]) => id === ACTION.pickDate)?.[1].selected_date);
    const time = parseClock(pickers.find(([id]) => id === ACTION.pickTime)?.[1].selected_time ?? person.workspace.defaultDeadlineTime);
    if (!day || !time) {
      await explain(respond, noticeReply(t.form.dateMissing));
      return;
    }
    const dueAt = fromLocal({ ...day, ...time }, person.timeZone);
    const channelId = payload.channel?.id ?? null;
    const recorded = await recordWithDeadline(deps, slack, person, {
      teamId,
      channelId,
      private: isPrivateConversation(channelId, payload.channel?.name),
      text,
      dueAt,
      // One promise per question asked, however often Spara is pressed.
      requestKey: `ask:${channelId ?? ""}:${payload.container?.message_ts ?? text}`,
    });
    if (!recorded.ok && recorded.problem === "deadlineInPast") {
      await explain(respond, noticeReply(t.form.deadlineInPast));
      return;
    }
    await respond({ replace_original: true, ...capturedReply(recorded, person, text, deps.clock()) });
  };
}
