import type { types } from "@slack/bolt";
import { nextWorkingDay, type WorkWeek } from "../../domain/calendar.js";
import { formatClock, formatIsoDate, toLocal } from "../../domain/zoned-time.js";
import { speak } from "../../language/index.js";
import { plain } from "../blocks.js";
import { FIELD, VIEW } from "../ids.js";
import type { NewDeadlineMetadata } from "../payloads/view-metadata.js";

/**
 * A new day and time and an optional note. Prefilled with the current deadline, or, once that
 * has passed, the next working day at the same time: a date already gone would only be refused.
 */
export function newDeadlineModal(current: Date, metadata: NewDeadlineMetadata, now: Date, week: WorkWeek): types.ModalView {
  const t = speak(metadata.language).messages;
  const due = toLocal(current, metadata.timeZone);
  const next = nextWorkingDay(toLocal(now, metadata.timeZone), week);
  const local = current.getTime() > now.getTime() ? due : { ...due, year: next.year, month: next.month, day: next.day };
  return {
    type: "modal",
    callback_id: VIEW.newDeadline,
    private_metadata: JSON.stringify(metadata),
    title: plain(metadata.by === "owner" ? t.form.moreTimeTitle : t.form.moveTitle),
    submit: plain(t.save),
    close: plain(t.cancel),
    blocks: [
      {
        type: "input",
        block_id: FIELD.date,
        label: plain(t.form.newDateLabel),
        element: { type: "datepicker", action_id: FIELD.date, initial_date: formatIsoDate(local) },
      },
      {
        type: "input",
        block_id: FIELD.time,
        label: plain(t.form.timeLabel),
        element: { type: "timepicker", action_id: FIELD.time, initial_time: formatClock(local) },
      },
      {
        type: "input",
        block_id: FIELD.note,
        optional: true,
        label: plain(t.form.noteLabel),
        element: { type: "plain_text_input", action_id: FIELD.note, multiline: true, max_length: 500 },
      },
    ],
  };
}
