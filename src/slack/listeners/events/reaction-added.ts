import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import { SNOOZE_CHOICES, snoozeUntil } from "../../../domain/snooze.js";
import { findBySlackMessage } from "../../../store/nudges.js";
import type { Deps } from "../../deps.js";
import { whoIs } from "../../deps.js";
import { applyOwnerAnswer } from "../actions/reminder-answers.js";
import type { OwnerAnswer } from "../shared/answer-views.js";

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

export function reactionAdded(deps: Deps) {
  return async ({ body, client }: Args) => {
    const parsed = reactionEvent.safeParse(body);
    if (!parsed.success) return;
    const { team_id: teamId, event } = parsed.data;
    const kind = REACTIONS[event.reaction.replace(/::skin-tone-\d$/, "")];
    if (!kind) return;
    const nudge = await findBySlackMessage(deps.db.prisma, teamId, event.item.channel, event.item.ts);
    // Only reminders to the owner are answered this way; who may answer is checked like a button.
    if (!nudge || nudge.kind === "escalation") return;
    let answer: OwnerAnswer = { kind } as OwnerAnswer;
    if (kind === "snooze") {
      const person = await whoIs(deps, client, teamId, event.user);
      answer = {
        kind,
        until: snoozeUntil(SNOOZE_CHOICES[0], deps.clock(), person.timeZone, deps.nudges.morning, person.workspace.workingHours),
      };
    }
    await applyOwnerAnswer(
      deps,
      client,
      { teamId, userId: event.user, commitmentId: nudge.commitmentId, channel: event.item.channel, ts: event.item.ts },
      answer,
      async () => {},
    );
  };
}
