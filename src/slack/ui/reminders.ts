import type { types } from "@slack/bolt";
import type { Language } from "../../language/language.js";
import { nudgeMessages, type ReminderWords } from "../../language/nudge-messages.js";
import { ACTION } from "../ids.js";
import type { Reply } from "./capture-replies.js";

type KnownBlock = types.KnownBlock;

/**
 * Block Kit for reminders to the owner, their answers shown in place, and the lead's alert
 * when a promise is at risk. Pure: data in, blocks out.
 */

export type ReminderKind = "heads_up" | "due_soon" | "overdue";

function section(text: string): KnownBlock {
  return { type: "section", text: { type: "mrkdwn", text } };
}

function context(text: string): KnownBlock {
  return { type: "context", elements: [{ type: "mrkdwn", text }] };
}

function button(actionId: string, text: string, value: string, style?: "primary" | "danger"): types.Button {
  return { type: "button", action_id: actionId, text: { type: "plain_text", text }, value, ...(style ? { style } : {}) };
}

/** The choices the owner has: all of them on a reminder, the rest after an answer. */
export function ownerChoices(commitmentId: string, language: Language, without: string[] = []): KnownBlock {
  const t = nudgeMessages(language);
  const options = Object.entries(t.snoozeOptions).map(([value, text]) => ({ text: { type: "plain_text" as const, text }, value }));
  const elements: types.ActionsBlockElement[] = [
    button(ACTION.done, t.done, commitmentId, "primary"),
    button(ACTION.onTrack, t.onTrack, commitmentId),
    { type: "static_select", action_id: ACTION.snooze, placeholder: { type: "plain_text", text: t.snooze }, options },
    button(ACTION.moreTime, t.moreTime, commitmentId),
    button(ACTION.cantMakeIt, t.cantMakeIt, commitmentId, "danger"),
  ];
  return { type: "actions", block_id: `owner:${commitmentId}`, elements: elements.filter((e) => !without.includes(e.action_id ?? "")) };
}

export function reminderMessage(kind: ReminderKind, commitmentId: string, words: ReminderWords, language: Language): Reply {
  const t = nudgeMessages(language);
  const text = kind === "heads_up" ? t.headsUp(words) : kind === "due_soon" ? t.dueSoon(words) : t.overdue(words);
  const blocks = [section(text), ...(words.where ? [context(t.madeIn(words.where))] : []), ownerChoices(commitmentId, language)];
  return { text, blocks };
}

/** The reminder after the owner answered: what was decided, and what is left to choose. */
export function answeredMessage(
  text: string,
  commitmentId: string,
  language: Language,
  choices: string[] | null,
  extra: KnownBlock[] = [],
): Reply {
  const all = [ACTION.done, ACTION.onTrack, ACTION.snooze, ACTION.moreTime, ACTION.cantMakeIt] as string[];
  const blocks = [section(text), ...extra];
  if (choices)
    blocks.push(
      ownerChoices(
        commitmentId,
        language,
        all.filter((a) => !choices.includes(a)),
      ),
    );
  return { text, blocks };
}

/** A ready-to-send message for the customer, in a block that copies cleanly. */
export function customerDraft(draft: string, language: Language): KnownBlock[] {
  return [section(nudgeMessages(language).draftIntro), section(`\`\`\`${draft}\`\`\``)];
}

/** After "done" for a named customer: tell them, and perhaps book a follow-up. */
export function followUpOffer(commitmentId: string, customer: string, language: Language): KnownBlock[] {
  const t = nudgeMessages(language);
  return [
    section(t.tellCustomer(customer)),
    {
      type: "actions",
      elements: Object.entries(t.followUpOptions).map(([period, text]) => button(ACTION.followUp, text, `${commitmentId}:${period}`)),
    },
  ];
}

/** To the lead when a promise is at risk: who, what, customer, deadline, the owner's answer, and what to do. */
export function leadAlert(
  commitmentId: string,
  ownerId: string,
  words: ReminderWords,
  why: string,
  language: Language,
  draft: string,
): Reply {
  const t = nudgeMessages(language);
  const text = t.leadAtRisk(ownerId, words, why);
  return {
    text,
    blocks: [
      section(text),
      ...(words.where ? [context(t.madeIn(words.where))] : []),
      ...customerDraft(draft, language),
      {
        type: "actions",
        block_id: `lead:${commitmentId}`,
        elements: [
          button(ACTION.pingOwner, t.pingOwner, commitmentId),
          button(ACTION.tellCustomer, t.tellCustomerMyself, commitmentId, "primary"),
          { type: "users_select", action_id: ACTION.reassign, placeholder: { type: "plain_text", text: t.reassign } },
          button(ACTION.moveDeadline, t.moveDeadline, commitmentId),
        ],
      },
    ],
  };
}

/** A plain line, for FYIs and confirmations. */
export function plainMessage(text: string, extra: KnownBlock[] = []): Reply {
  return { text, blocks: [section(text), ...extra] };
}
