import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import { MAX_TEXT_LENGTH } from "../../../domain/commitment.js";
import { fromLocal, parseClock } from "../../../domain/zoned-time.js";
import { messages } from "../../../language/messages.js";
import { type Deps, whoIs } from "../../deps.js";
import { ACTION } from "../../ids.js";
import { noticeReply } from "../../ui/capture-replies.js";
import { calendarDay, storable } from "../shared/input-values.js";
import { parseAs, recordCommitment } from "../shared/record-commitment.js";

type Args = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

const pickerValue = z.object({
  type: z.string(),
  selected_date: z.string().nullish(),
  selected_time: z.string().nullish(),
});

const savePayload = z.object({
  team: z.object({ id: z.string() }).nullable(),
  user: z.object({ id: z.string(), team_id: z.string().optional() }),
  channel: z.object({ id: z.string() }).nullish(),
  actions: z.array(z.object({ value: z.string().min(1) })).min(1),
  state: z.object({ values: z.record(z.string(), z.record(z.string(), pickerValue)) }).optional(),
});

/** "Spara" under the "when?" question: stores the promise with the picked day and time. */
export function saveDeadlineButton(deps: Deps) {
  return async ({ ack, body, client, respond }: Args) => {
    await ack();
    const parsedBody = savePayload.safeParse(body);
    if (!parsedBody.success) return;
    const payload = parsedBody.data;
    const teamId = payload.team?.id ?? payload.user.team_id;
    if (!teamId) return;
    // The text typed with /lofte, kept in the button: Lofte put it there, but check it like any input.
    const text = storable(payload.actions[0].value).trim();
    const person = await whoIs(deps, client, teamId, payload.user.id);
    const t = messages(person.language);
    if (!text || text.length > MAX_TEXT_LENGTH) {
      const problem = text ? t.tooLong(MAX_TEXT_LENGTH) : `${t.notACommitment.empty} ${t.example}`;
      await respond({ response_type: "ephemeral", replace_original: false, ...noticeReply(problem) });
      return;
    }

    const pickers = Object.values(payload.state?.values ?? {}).flatMap((block) => Object.entries(block));
    const day = calendarDay(pickers.find(([id]) => id === ACTION.pickDate)?.[1].selected_date);
    const time = parseClock(pickers.find(([id]) => id === ACTION.pickTime)?.[1].selected_time ?? person.workspace.defaultDeadlineTime);
    if (!day || !time) {
      await respond({ response_type: "ephemeral", replace_original: false, ...noticeReply(t.dateMissing) });
      return;
    }
    const dueAt = fromLocal({ ...day, ...time }, person.timeZone);
    const now = deps.clock();
    if (dueAt.getTime() <= now.getTime()) {
      await respond({ response_type: "ephemeral", replace_original: false, ...noticeReply(t.deadlineInPastField) });
      return;
    }
    const parsed = parseAs(person, text, now);
    const reply = await recordCommitment(deps, client, person, {
      teamId,
      creatorId: payload.user.id,
      channelId: payload.channel?.id ?? null,
      text,
      parsed: { ...parsed, task: parsed.task ?? text },
      dueAt,
      hasTime: true,
    });
    await respond({ replace_original: true, ...reply });
  };
}
