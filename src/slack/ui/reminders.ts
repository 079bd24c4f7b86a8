import type { types } from "@slack/bolt";
import { offsetMinutes } from "../../domain/zoned-time.js";
import { type Language, speak } from "../../language/index.js";
import type { ReminderWords } from "../../language/messages.js";
import { slackText } from "../../language/slack-markup.js";
import type { Commitment } from "../../store/commitments.js";
import { button, context, type KnownBlock, plain, type Reply, section } from "../blocks.js";
import { ACTION } from "../ids.js";
import { customerDraftText, placeOf, type Reader } from "./commitment-words.js";

/**
 * Block Kit for reminders to the owner, their answers shown in place, and the lead's alert
 * when a promise is at risk. Pure: data in, blocks out.
 */

export type ReminderKind = "heads_up" | "due_soon" | "overdue";

/** The choices the owner has: all of them on a reminder, the rest after an answer. */
function ownerChoices(commitmentId: string, language: Language, without: string[] = []): KnownBlock {
  const t = speak(language).messages.reminders;
  const options = Object.entries(t.snoozeOptions).map(([value, text]) => ({ text: { type: "plain_text" as const, text }, value }));
  const elements: types.ActionsBlockElement[] = [
    button(ACTION.done, t.done, commitmentId, "primary"),
    button(ACTION.onTrack, t.onTrack, commitmentId),
    { type: "static_select", action_id: ACTION.snooze, placeholder: plain(t.snooze), options },
    button(ACTION.moreTime, t.moreTime, commitmentId),
    button(ACTION.cantMakeIt, t.cantMakeIt, commitmentId, "danger"),
  ];
  return { type: "actions", block_id: `owner:${commitmentId}`, elements: elements.filter((e) => !without.includes(e.action_id ?? "")) };
}

/**
 * "On track" is no choice once the owner said they can't make it (`atRisk`), nor after the
 * deadline. `askedBy`: the lead who asked for this reminder, named under it.
 */
export function reminderMessage(
  kind: ReminderKind,
  commitmentId: string,
  words: ReminderWords,
  language: Language,
  atRisk = false,
  askedBy: string | null = null,
): Reply {
  const t = speak(language).messages.reminders;
  const text = kind === "heads_up" ? t.headsUp(words) : kind === "due_soon" ? t.dueSoon(words) : t.overdue(words);
  const choices = ownerChoices(commitmentId, language, atRisk || kind === "overdue" ? [ACTION.onTrack] : []);
  const notes = [...(askedBy ? [t.askedBy(askedBy)] : []), ...(words.where ? [t.madeIn(words.where)] : [])];
  const blocks = [section(text), ...(notes.length > 0 ? [context(notes.join(" "))] : []), choices];
  return { text, blocks };
}

/** To a new owner: the promise is theirs now, with every choice a reminder gives. */
export function reassignedMessage(by: string, commitmentId: string, words: ReminderWords, language: Language): Reply {
  const t = speak(language).messages.reminders;
  const text = t.reassignedToYou(by, words);
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
/**
 * The ready-to-send message for the customer, with a line saying what it is. The draft is on the
 * clock the promise was made in (the customer's); when the reader's clock says another time for
 * the deadline, the line names the place whose clock it keeps, so "fredag 16:00" in the draft beside "fredag 15:00"
 * in the alert is not a mystery.
 */
export function customerDraft(promised: Commitment, moved: Commitment | null, reader: Reader, now: Date): KnownBlock[] {
  const t = speak(reader.language).messages.reminders;
  const sameClock = offsetMinutes(promised.dueAt, promised.timeZone) === offsetMinutes(promised.dueAt, reader.timeZone);
  const intro = sameClock ? t.draftIntro : t.draftIntroIn(placeOf(promised.timeZone));
  return [section(intro), section(`\`\`\`${customerDraftText(promised, moved, now)}\`\`\``)];
}

/** After "done" for a named customer: tell them, and perhaps book a follow-up. */
export function followUpOffer(commitmentId: string, customer: string, language: Language): KnownBlock[] {
  const t = speak(language).messages.reminders;
  return [
    section(t.tellCustomer(slackText(customer))),
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
  why: { text: string; late: boolean },
  language: Language,
  draft: KnownBlock[],
): Reply {
  const t = speak(language).messages.reminders;
  const text = t.leadAtRisk(ownerId, words, why.text, why.late);
  return {
    text,
    blocks: [
      section(text),
      ...(words.where ? [context(t.madeIn(words.where))] : []),
      ...draft,
      {
        type: "actions",
        block_id: `lead:${commitmentId}`,
        elements: [
          button(ACTION.pingOwner, t.pingOwner, commitmentId),
          button(ACTION.tellCustomer, t.tellCustomerMyself, commitmentId, "primary"),
          { type: "users_select", action_id: ACTION.reassign, placeholder: plain(t.reassign) },
          button(ACTION.moveDeadline, t.moveDeadline, commitmentId),
        ],
      },
    ],
  };
}
