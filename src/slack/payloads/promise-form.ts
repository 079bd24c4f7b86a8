import { z } from "zod";
import type { PromiseFields } from "../../app/edit-commitment.js";
import { deadlineProblem, MAX_CUSTOMER_LENGTH, MAX_TASK_LENGTH, MAX_YEARS_AHEAD, storable } from "../../domain/commitment.js";
import { fromLocal, parseClock } from "../../domain/zoned-time.js";
import { taskFromForm } from "../../language/form-task.js";
import { type Language, speak } from "../../language/index.js";
import { FIELD } from "../ids.js";
import { calendarDay, slackUserId } from "./input-values.js";

/** What a person entered in the promise form, checked: either the fields, or errors per block. */
export type PromiseForm =
  /** `repeat`: the rule in words when the form has the field (editing a series), "" when cleared. */
  ({ ok: true; repeat?: string } & PromiseFields) | { ok: false; errors: Record<string, string> };

const input = z
  .object({
    type: z.string(),
    value: z.string().nullish(),
    selected_user: z.string().nullish(),
    selected_date: z.string().nullish(),
    selected_time: z.string().nullish(),
  })
  .loose();
const values = z.record(z.string(), z.record(z.string(), input));

export function readPromiseForm(state: unknown, timeZone: string, language: Language, now: Date): PromiseForm {
  const all = speak(language).messages;
  const t = all.form;
  const parsed = values.safeParse(state);
  if (!parsed.success) return { ok: false, errors: { [FIELD.task]: all.failed } };
  const field = (id: string) => parsed.data[id]?.[id];
  // "jag skickar offerten till Volvo" typed as the task is written as one: "skicka offerten till Volvo".
  const typed = taskFromForm(storable(field(FIELD.task)?.value ?? "").trim(), now, timeZone);
  const task = typed.task;
  const customer = storable(field(FIELD.customer)?.value ?? "").trim() || typed.customer;
  const ownerId = slackUserId(field(FIELD.owner)?.selected_user);
  // The lead is optional: anything but a user id is no lead.
  const leadId = slackUserId(field(FIELD.lead)?.selected_user);
  const day = calendarDay(field(FIELD.date)?.selected_date);
  const time = parseClock(field(FIELD.time)?.selected_time ?? "");

  const errors: Record<string, string> = {};
  // Only emoji or punctuation ("🎉🎉") says nothing to do.
  if (!task || task.length > MAX_TASK_LENGTH || !/[\p{L}\p{N}]/u.test(task)) errors[FIELD.task] = t.taskMissing;
  if (customer && customer.length > MAX_CUSTOMER_LENGTH) errors[FIELD.customer] = t.customerTooLong(MAX_CUSTOMER_LENGTH);
  if (!ownerId) errors[FIELD.owner] = t.ownerMissing;
  if (!day) errors[FIELD.date] = t.dateMissing;
  if (!time) errors[FIELD.time] = t.timeMissing;
  const dueAt = day && time ? fromLocal({ ...day, ...time }, timeZone) : null;
  const problem = dueAt && deadlineProblem(dueAt, now, timeZone);
  if (problem) errors[FIELD.date] = problem === "past" ? t.deadlineInPast : t.deadlineTooFar(MAX_YEARS_AHEAD);
  if (Object.keys(errors).length > 0 || !dueAt || !ownerId) return { ok: false, errors };
  const repeatField = field(FIELD.repeat);
  const repeat = repeatField ? storable(repeatField.value ?? "").trim() : undefined;
  return { ok: true, ownerId, leadId, task, customer, dueAt, ...(repeat === undefined ? {} : { repeat }) };
}
