import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { z } from "zod";
import { fromLocal, isValidTimeZone, parseClock } from "../../../domain/zoned-time.js";
import { nudgeMessages } from "../../../language/nudge-messages.js";
import { reminderWords } from "../../commitment-words.js";
import { type Deps, whoIs } from "../../deps.js";
import { FIELD } from "../../ids.js";
import { plainMessage } from "../../ui/reminders.js";
import { problemText } from "../actions/reminder-answers.js";
import { answeredReminder } from "../shared/answer-views.js";
import { answerCommitment } from "../shared/answers.js";
import { calendarDay } from "../shared/input-values.js";
import { parseJson } from "../shared/interaction.js";
import { loadForChange } from "../shared/load-for-change.js";
import { answeredOnFailure } from "../shared/view-failure.js";

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

const metadata = z.object({
  commitmentId: z.string().uuid(),
  language: z.enum(["sv", "en"]),
  timeZone: z.string().refine(isValidTimeZone),
  channel: z.string().nullable(),
  ts: z.string().nullable(),
  by: z.enum(["owner", "lead"]),
});

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
export function newDeadlineSubmission(deps: Deps) {
  return answeredOnFailure(FIELD.date, async ({ ack, body, view, client }: Args) => {
    const meta = metadata.safeParse(parseJson(view.private_metadata));
    const values = fields.safeParse(view.state.values);
    const teamId = body.team?.id ?? body.user.team_id;
    if (!meta.success || !values.success || !teamId) {
      await ack();
      return;
    }
    const t = nudgeMessages(meta.data.language);
    const day = calendarDay(values.data[FIELD.date][FIELD.date].selected_date);
    const time = parseClock(values.data[FIELD.time][FIELD.time].selected_time ?? "");
    if (!day || !time) {
      await ack({ response_action: "errors", errors: { [FIELD.date]: t.dateMissing } });
      return;
    }
    const dueAt = fromLocal({ ...day, ...time }, meta.data.timeZone);
    const now = deps.clock();
    if (dueAt.getTime() <= now.getTime()) {
      await ack({ response_action: "errors", errors: { [FIELD.date]: t.inPast } });
      return;
    }
    // Permission first, so the modal can say no; then close it at once and do the rest.
    const person = await whoIs(deps, client, teamId, body.user.id, meta.data.language);
    const loaded = await loadForChange(deps, person, meta.data.commitmentId, body.user.id);
    if (!loaded.ok || loaded.commitment.status !== "open") {
      const problem = loaded.ok ? "notOpen" : loaded.problem;
      await ack({ response_action: "errors", errors: { [FIELD.date]: problemText(person.language, problem) } });
      return;
    }
    await ack();
    const note = values.data[FIELD.note]?.[FIELD.note].value?.trim() || null;
    const answer = { kind: "more_time" as const, dueAt, note };
    const result = await answerCommitment(deps, client, { teamId, userId: body.user.id, commitmentId: meta.data.commitmentId, answer });
    if (!result.ok) return;
    const { channel, ts } = meta.data;
    if (!channel || !ts) return;
    const reply =
      meta.data.by === "owner"
        ? answeredReminder(result, answer, now)
        : plainMessage(nudgeMessages(result.person.language).answeredMoreTime(reminderWords(result.after, result.person, now)));
    await client.chat.update({ channel, ts, ...reply });
  });
}
