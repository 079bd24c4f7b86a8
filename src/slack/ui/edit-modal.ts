import type { types } from "@slack/bolt";
import { formatClock, formatIsoDate, toLocal } from "../../domain/zoned-time.js";
import type { Language } from "../../language/language.js";
import { messages } from "../../language/messages.js";
import { FIELD, VIEW } from "../ids.js";

/** What the modal needs to know when it comes back, in `private_metadata`. */
export interface EditModalMetadata {
  commitmentId: string;
  version: number;
  timeZone: string;
  language: Language;
  /** Where to show the updated confirmation (the message the Edit button was on). */
  responseUrl?: string;
}

export interface EditModalValues {
  ownerId: string;
  leadId: string | null;
  task: string;
  customer: string | null;
  dueAt: Date;
}

/** The edit modal, prefilled: owner, what, customer, day, time and lead, in the viewer's zone. */
export function editModal(values: EditModalValues, metadata: EditModalMetadata): types.ModalView {
  const t = messages(metadata.language);
  const local = toLocal(values.dueAt, metadata.timeZone);
  const plain = (text: string) => ({ type: "plain_text" as const, text });
  return {
    type: "modal",
    callback_id: VIEW.edit,
    private_metadata: JSON.stringify(metadata),
    title: plain(t.modalTitle),
    submit: plain(t.save),
    close: plain(t.cancel),
    blocks: [
      {
        type: "input",
        block_id: FIELD.owner,
        label: plain(t.ownerLabel),
        element: { type: "users_select", action_id: FIELD.owner, initial_user: values.ownerId },
      },
      {
        type: "input",
        block_id: FIELD.task,
        label: plain(t.taskLabel),
        element: { type: "plain_text_input", action_id: FIELD.task, initial_value: values.task, max_length: 500 },
      },
      {
        type: "input",
        block_id: FIELD.customer,
        optional: true,
        label: plain(t.customerLabel),
        hint: plain(t.customerHint),
        element: {
          type: "plain_text_input",
          action_id: FIELD.customer,
          max_length: 100,
          ...(values.customer ? { initial_value: values.customer } : {}),
        },
      },
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
        block_id: FIELD.lead,
        optional: true,
        label: plain(t.leadLabel),
        element: { type: "users_select", action_id: FIELD.lead, ...(values.leadId ? { initial_user: values.leadId } : {}) },
      },
    ],
  };
}
