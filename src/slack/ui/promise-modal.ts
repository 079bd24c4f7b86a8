import type { types } from "@slack/bolt";
import type { PromisePrefill } from "../../app/track.js";
import { MAX_CUSTOMER_LENGTH, MAX_TASK_LENGTH } from "../../domain/commitment.js";
import { formatClock, formatIsoDate, toLocal } from "../../domain/zoned-time.js";
import { type Language, speak } from "../../language/index.js";
import { plain } from "../blocks.js";
import { FIELD } from "../ids.js";
import { placeOf } from "./commitment-words.js";

/**
 * The promise form: owner, what, customer, day, time and lead, prefilled in the viewer's zone.
 * Used to edit a promise and to track one from a message.
 */
export interface PromiseModalOptions {
  callbackId: string;
  title: string;
  /** Comes back in `private_metadata`. */
  metadata: object;
  timeZone: string;
  language: Language;
  /** The viewer's own zone: when the form's differs, the time field says whose clock it is. */
  viewerTimeZone?: string;
  /** "17:00": the time field's start when no deadline is known yet (the workspace's time for a day without one). */
  defaultTime?: string;
}

/** Slack refuses a modal whose prefilled value is longer than its input allows, or whose user is not a user id. */
const SLACK_USER = /^[UW][A-Z0-9]+$/;

function prefill(text: string | null, max: number): { initial_value?: string } {
  return text ? { initial_value: text.slice(0, /[\ud800-\udbff]/.test(text[max - 1] ?? "") ? max - 1 : max) } : {};
}

function user(id: string | null): { initial_user?: string } {
  return id && SLACK_USER.test(id) ? { initial_user: id } : {};
}

export function promiseModal(values: PromisePrefill, options: PromiseModalOptions): types.ModalView {
  const t = speak(options.language).messages;
  const f = t.form;
  const local = values.dueAt ? toLocal(values.dueAt, options.timeZone) : null;
  return {
    type: "modal",
    callback_id: options.callbackId,
    private_metadata: JSON.stringify(options.metadata),
    title: plain(options.title),
    submit: plain(t.save),
    close: plain(t.cancel),
    blocks: [
      {
        type: "input",
        block_id: FIELD.owner,
        label: plain(f.ownerLabel),
        element: { type: "users_select", action_id: FIELD.owner, ...user(values.ownerId) },
      },
      {
        type: "input",
        block_id: FIELD.task,
        label: plain(f.taskLabel),
        element: {
          type: "plain_text_input",
          action_id: FIELD.task,
          max_length: MAX_TASK_LENGTH,
          ...prefill(values.task, MAX_TASK_LENGTH),
        },
      },
      {
        type: "input",
        block_id: FIELD.customer,
        optional: true,
        label: plain(f.customerLabel),
        hint: plain(f.customerHint),
        element: {
          type: "plain_text_input",
          action_id: FIELD.customer,
          max_length: MAX_CUSTOMER_LENGTH,
          ...prefill(values.customer, MAX_CUSTOMER_LENGTH),
        },
      },
      {
        type: "input",
        block_id: FIELD.date,
        label: plain(f.dateLabel),
        element: { type: "datepicker", action_id: FIELD.date, ...(local ? { initial_date: formatIsoDate(local) } : {}) },
      },
      {
        type: "input",
        block_id: FIELD.time,
        label: plain(
          options.viewerTimeZone && options.viewerTimeZone !== options.timeZone ? f.timeLabelIn(placeOf(options.timeZone)) : f.timeLabel,
        ),
        element: {
          type: "timepicker",
          action_id: FIELD.time,
          ...(local ? { initial_time: formatClock(local) } : options.defaultTime ? { initial_time: options.defaultTime } : {}),
        },
      },
      {
        type: "input",
        block_id: FIELD.lead,
        optional: true,
        label: plain(f.leadLabel),
        element: { type: "users_select", action_id: FIELD.lead, ...user(values.leadId) },
      },
      // A repeating promise's rule, in words: changed here, or cleared to end the series.
      ...(values.repeatText === undefined
        ? []
        : [
            {
              type: "input" as const,
              block_id: FIELD.repeat,
              optional: true,
              label: plain(f.repeatLabel),
              hint: plain(f.repeatHint),
              element: {
                type: "plain_text_input" as const,
                action_id: FIELD.repeat,
                max_length: MAX_REPEAT_LENGTH,
                ...prefill(values.repeatText, MAX_REPEAT_LENGTH),
              },
            },
          ]),
    ],
  };
}

/** The longest rule in words ("första måndagen varje månad kl 9" and then some). */
const MAX_REPEAT_LENGTH = 100;
