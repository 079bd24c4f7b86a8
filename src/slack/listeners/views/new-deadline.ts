import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { z } from "zod";
import { answerCommitment } from "../../../app/answer.js";
import { loadForChange } from "../../../app/load-for-change.js";
import { whoIs } from "../../../app/people.js";
import { deadlineProblem, MAX_YEARS_AHEAD } from "../../../domain/commitment.js";
import { fromLocal, parseClock } from "../../../domain/zoned-time.js";
import { formatDeadline } from "../../../language/format-deadline.js";
import { speak } from "../../../language/index.js";
import { FIELD } from "../../ids.js";
import { calendarDay } from "../../payloads/input-values.js";
import { parseJson } from "../../payloads/interaction.js";
import { newDeadlineMetadata } from "../../payloads/view-metadata.js";
import { type SlackDeps, slackPort } from "../../slack-port.js";
import { answeredReminder, movedByLeadMessage } from "../../ui/answered-reminder.js";
import { answeredOnFailure } from "./on-failure.js";

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

const fields = z.object({
  [FIELD.date]: z.object({
    [FIELD.date]: z
      .object({
        selected_date: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/)
          .nullish(),
      })
      .loose(),
  }),
  [FIELD.time]: z.object({ [FIELD.time]: z.object({ selected_time: z.string().nullish() }).loose() }),
  [FIELD.note]: z.object({ [FIELD.note]: z.object({ value: z.string().max(500).nullish() }).loose() }).optional(),
});

/** Need more time / Move deadline: saves the new deadline; the old one stays in the history. */
export function newDeadlineSubmission(deps: SlackDeps) {
  return answeredOnFailure(FIELD.date, async ({ ack, body, view, client }: Args) => {
    const meta = newDeadlineMetadata.safeParse(parseJson(view.private_metadata));
    const values = fields.safeParse(view.state.values);
    const teamId = body.team?.id ?? body.user.team_id;
    if (!meta.success || !values.success || !teamId) {
      await ack();
      return;
    }
    const t = speak(meta.data.language).messages.form;
    const day = calendarDay(values.data[FIELD.date][FIELD.date].selected_date);
    const time = parseClock(values.data[FIELD.time][FIELD.time].selected_time ?? "");
    if (!day || !time) {
      await ack({
        response_action: "errors",
        errors: { ...(day ? {} : { [FIELD.date]: t.dateMissing }), ...(time ? {} : { [FIELD.time]: t.timeMissing }) },
      });
      return;
    }
    const dueAt = fromLocal({ ...day, ...time }, meta.data.timeZone);
    const now = deps.clock();
    const problem = deadlineProblem(dueAt, now, meta.data.timeZone);
    if (problem) {
      await ack({
        response_action: "errors",
        errors: { [FIELD.date]: problem === "past" ? t.deadlineInPast : t.deadlineTooFar(MAX_YEARS_AHEAD) },
      });
      return;
    }
    // Permission first, so the modal can say no; then close it at once and do the rest.
    const slack = slackPort(client, teamId, deps);
    const person = await whoIs(deps, slack, teamId, body.user.id, meta.data.language);
    const loaded = await loadForChange(deps, person, meta.data.commitmentId);
    if (!loaded.ok || loaded.commitment.status !== "open") {
      const problem = loaded.ok ? "notOpen" : loaded.problem;
      await ack({ response_action: "errors", errors: { [FIELD.date]: speak(person.language).messages[problem] } });
      return;
    }
    // The same deadline again would tell the customer nothing new (earlier is a move like any other).
    if (dueAt.getTime() === loaded.commitment.dueAt.getTime()) {
      const current = formatDeadline(loaded.commitment.dueAt, meta.data.timeZone, meta.data.language, now);
      await ack({ response_action: "errors", errors: { [FIELD.date]: t.unchanged(current) } });
      return;
    }
    await ack();
    const note = values.data[FIELD.note]?.[FIELD.note].value?.trim() || null;
    const answer = { kind: "more_time" as const, dueAt, note };
    const result = await answerCommitment(deps, slack, { teamId, userId: body.user.id, commitmentId: meta.data.commitmentId, answer });
    const { channel, ts } = meta.data;
    if (!result.ok || !channel || !ts) return;
    const reply = meta.data.by === "owner" ? answeredReminder(result, answer, now) : movedByLeadMessage(result, now);
    // The message the button was on: a reminder is updated; an answer only its reader saw cannot be.
    await client.chat.update({ channel, ts, ...reply }).catch(() => {});
  });
}
