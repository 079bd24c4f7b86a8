import type { types } from "@slack/bolt";
import { formatClock, formatIsoDate, toLocal } from "../../domain/zoned-time.js";
import type { Language } from "../../language/language.js";
import { nudgeMessages } from "../../language/nudge-messages.js";
import { FIELD, VIEW } from "../ids.js";

/** What the "need more time" / "move deadline" modal carries back. */
export interface NewDeadlineMetadata {
  commitmentId: string;
  language: Language;
  timeZone: string;
  /** The message to update afterwards (the reminder or the lead's alert). */
  channel: string | null;
  ts: string | null;
  by: "owner" | "lead";
}

/** A new day and time (prefilled with the current deadline) and an optional note. */
export function newDeadlineModal(current: Date, metadata: NewDeadlineMetadata): types.ModalView {
  const t = nudgeMessages(metadata.language);
  const local = toLocal(current, metadata.timeZone);
  const plain = (text: string) => ({ type: "plain_text" as const, text });
  return {
    type: "modal",
    callback_id: VIEW.newDeadline,
    private_metadata: JSON.stringify(metadata),
    title: plain(metadata.by === "owner" ? t.moreTimeTitle : t.moveTitle),
    submit: plain(t.save),
    close: plain(t.cancel),
    blocks: [
      {
        type: "input",
        block_id: FIELD.date,
        label: plain(t.dateLabel),
        element: { type: "datepicker", action_id: FIELD.date, initial_date: formatIsoDate(local) },
      },
      {
        type: "input",
        block_id: FIELD.time,
        label: plain(t.timeLabel),
        element: { type: "timepicker", action_id: FIELD.time, initial_time: formatClock(local) },
      },
      {
        type: "input",
        block_id: FIELD.note,
        optional: true,
        label: plain(t.noteLabel),
        element: { type: "plain_text_input", action_id: FIELD.note, multiline: true, max_length: 500 },
      },
    ],
  };
}
