import type { types } from "@slack/bolt";
import type { Language } from "../../language/language.js";
import { messages, type PromiseWords } from "../../language/messages.js";
import { ACTION } from "../ids.js";

/**
 * Block Kit for what a person sees after /lofte: the confirmation with Edit and Undo, the
 * question for a missing deadline, and friendly refusals that keep what they typed. Pure.
 */

type KnownBlock = types.KnownBlock;

export interface Reply {
  text: string;
  blocks: KnownBlock[];
}

function section(text: string): KnownBlock {
  return { type: "section", text: { type: "mrkdwn", text } };
}

/** Slack refuses a section of more than 3,000 characters: a long quote of what was typed is cut, not the reply. */
const SECTION_MAX = 3000;

function fitSection(text: string): string {
  if (text.length <= SECTION_MAX) return text;
  const cut = /[\ud800-\udbff]/.test(text[SECTION_MAX - 2]) ? SECTION_MAX - 2 : SECTION_MAX - 1;
  return `${text.slice(0, cut)}…`;
}

function editUndoButtons(commitmentId: string, language: Language): KnownBlock {
  const t = messages(language);
  return {
    type: "actions",
    elements: [
      { type: "button", action_id: ACTION.edit, text: { type: "plain_text", text: t.edit }, value: commitmentId },
      { type: "button", action_id: ACTION.undo, text: { type: "plain_text", text: t.undo }, value: commitmentId, style: "danger" },
    ],
  };
}

/** "Noterat: du lovar att …" with Edit and Undo. `owner` set when recorded for someone else. */
export function confirmationReply(commitmentId: string, words: PromiseWords, language: Language, owner?: string): Reply {
  const t = messages(language);
  const text = owner ? t.notedFor(owner, words) : t.noted(words);
  return { text, blocks: [section(`:white_check_mark: ${text}`), editUndoButtons(commitmentId, language)] };
}

/** The DM to someone whose name a colleague put on a promise. */
export function ownerToldMessage(commitmentId: string, creator: string, words: PromiseWords, language: Language): Reply {
  const text = messages(language).ownerTold(creator, words);
  return { text, blocks: [section(text), editUndoButtons(commitmentId, language)] };
}

export function updatedReply(commitmentId: string, words: PromiseWords, language: Language): Reply {
  const text = messages(language).updated(words);
  return { text, blocks: [section(`:pencil2: ${text}`), editUndoButtons(commitmentId, language)] };
}

export function undoneReply(task: string, language: Language): Reply {
  const text = messages(language).undone(task);
  return { text, blocks: [section(`:wastebasket: ${text}`)] };
}

/** Plain information, optionally with what the person typed quoted below it. */
export function noticeReply(text: string, typed?: string, language: Language = "sv"): Reply {
  const full = fitSection(typed ? `${text}\n${messages(language).youWrote(typed)}` : text);
  return { text: full, blocks: [section(full)] };
}

/** Nothing stored yet: ask for the day and time, keeping the text in the Save button. */
export function askDeadlineReply(typed: string, language: Language, defaultTime: string): Reply {
  const t = messages(language);
  return {
    text: fitSection(`${t.askDeadline}\n${t.youWrote(typed)}`),
    blocks: [
      section(fitSection(`:calendar: ${t.askDeadline}\n${t.youWrote(typed)}`)),
      {
        type: "actions",
        elements: [
          { type: "datepicker", action_id: ACTION.pickDate, placeholder: { type: "plain_text", text: t.pickDate } },
          {
            type: "timepicker",
            action_id: ACTION.pickTime,
            initial_time: defaultTime,
            placeholder: { type: "plain_text", text: t.pickTime },
          },
          { type: "button", action_id: ACTION.saveDeadline, style: "primary", text: { type: "plain_text", text: t.save }, value: typed },
        ],
      },
    ],
  };
}
