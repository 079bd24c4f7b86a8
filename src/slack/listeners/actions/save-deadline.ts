import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { recordWithDeadline } from "../../../app/capture.js";
import { MAX_YEARS_AHEAD } from "../../../domain/commitment.js";
import { fromLocal, parseClock } from "../../../domain/zoned-time.js";
import { speak } from "../../../language/index.js";
import { ACTION } from "../../ids.js";
import { calendarDay } from "../../payloads/input-values.js";
import type { SlackDeps } from "../../slack-port.js";
import { capturedReply, noticeReply } from "../../ui/capture-replies.js";
import { explain, keptTextClicker } from "./clicked.js";

type Args = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/** "Spara" under the "when?" question: stores the promise with the picked day and time. */
export function saveDeadlineButton(deps: SlackDeps) {
  return async ({ ack, body, client, respond }: Args) => {
    await ack();
    const clicked = await keptTextClicker(deps, client, body, respond);
    if (!clicked) return;
    const { click, person, slack } = clicked;
    const t = speak(person.language).messages;
    const { text } = click;
    const day = calendarDay(click.picked.get(ACTION.pickDate)?.selected_date);
    const time = parseClock(click.picked.get(ACTION.pickTime)?.selected_time ?? person.workspace.defaultDeadlineTime);
    if (!day || !time) {
      await explain(respond, noticeReply(t.form.dateMissing));
      return;
    }
    const dueAt = fromLocal({ ...day, ...time }, person.timeZone);
    const recorded = await recordWithDeadline(deps, slack, person, {
      teamId: click.teamId,
      channelId: click.channelId,
      private: click.privateChannel,
      text,
      dueAt,
      // One promise per question asked, however often Spara is pressed.
      requestKey: `ask:${click.channelId ?? ""}:${click.messageTs ?? text}`,
    });
    if (!recorded.ok && recorded.problem === "deadline") {
      await explain(respond, noticeReply(recorded.why === "past" ? t.form.deadlineInPast : t.form.deadlineTooFar(MAX_YEARS_AHEAD)));
      return;
    }
    await respond({ replace_original: true, ...capturedReply(recorded, person, text, deps.clock()) });
  };
}
