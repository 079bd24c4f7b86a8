import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import { promiseRemindedIn, snoozeEnd } from "../../../app/answer.js";
import { whoIs } from "../../../app/people.js";
import { SNOOZE_CHOICES } from "../../../domain/snooze.js";
import { type SlackDeps, slackPort } from "../../slack-port.js";
import type { OwnerAnswer } from "../../ui/answered-reminder.js";
import { applyOwnerAnswer } from "../actions/reminder-answers.js";

type Args = SlackEventMiddlewareArgs<"reaction_added"> & AllMiddlewareArgs;

/** Emoji on a reminder answer it like the buttons do. */
const REACTIONS: Record<string, "done" | "on_track" | "snooze" | "cant_make_it"> = {
  white_check_mark: "done",
  heavy_check_mark: "done",
  ballot_box_with_check: "done",
  "+1": "on_track",
  thumbsup: "on_track",
  alarm_clock: "snooze",
  x: "cant_make_it",
};

const reactionEvent = z.object({
  team_id: z.string(),
  event: z.object({
    user: z.string(),
    reaction: z.string(),
    item: z.object({ type: z.literal("message"), channel: z.string(), ts: z.string() }),
  }),
});

export function reactionAdded(deps: SlackDeps) {
  return async ({ body, client }: Args) => {
    const parsed = reactionEvent.safeParse(body);
    if (!parsed.success) return;
    const { team_id: teamId, event } = parsed.data;
    const kind = REACTIONS[event.reaction.replace(/::skin-tone-\d$/, "")];
    if (!kind) return;
    // Only reminders to the owner are answered this way; who may answer is checked like a button.
    const commitmentId = await promiseRemindedIn(deps, teamId, event.item.channel, event.item.ts);
    if (!commitmentId) return;
    let answer: OwnerAnswer = { kind } as OwnerAnswer;
    if (kind === "snooze") {
      const person = await whoIs(deps, slackPort(client, teamId, deps), teamId, event.user);
      answer = { kind, until: snoozeEnd(deps, person, SNOOZE_CHOICES[0]) };
    }
    const on = { teamId, userId: event.user, commitmentId, channel: event.item.channel, ts: event.item.ts };
    await applyOwnerAnswer(deps, client, on, answer, async () => {});
  };
}
