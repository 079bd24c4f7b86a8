import type { webApi } from "@slack/bolt";
import { formatDeadline } from "../language/format-deadline.js";
import type { PromiseWords } from "../language/messages.js";
import { nudgeMessages, type ReminderWords, relativeTime } from "../language/nudge-messages.js";
import type { Commitment } from "../store/commitments.js";
import type { Person } from "./deps.js";
import { ownerToldMessage } from "./ui/capture-replies.js";

/** The words of a promise as `reader` sees them: their zone, their language. */
export function promiseWords(commitment: Commitment, reader: Person, now: Date): PromiseWords {
  return {
    task: commitment.task,
    customer: commitment.customer,
    deadline: formatDeadline(commitment.dueAt, reader.timeZone, reader.language, now),
  };
}

/** Tells the owner that someone else recorded a promise in their name: nobody is assigned silently. */
export async function notifyOwner(client: webApi.WebClient, commitment: Commitment, owner: Person, now: Date): Promise<void> {
  const message = ownerToldMessage(commitment.id, commitment.creatorId, promiseWords(commitment, owner, now), owner.language);
  await client.chat.postMessage({ channel: commitment.ownerId, ...message });
}

/** The words of a reminder: the promise, how far off the deadline is, and where it was made. */
export function reminderWords(commitment: Commitment, reader: Person, now: Date): ReminderWords {
  return {
    ...promiseWords(commitment, reader, now),
    relative: relativeTime(commitment.dueAt, now, reader.language),
    where: commitment.permalink
      ? `<${commitment.permalink}|${reader.language === "sv" ? "meddelandet" : "the message"}>`
      : commitment.sourceChannelId?.startsWith("C")
        ? `<#${commitment.sourceChannelId}>`
        : null,
  };
}

/**
 * The ready-to-send message for the customer, in the language the promise was made in (the
 * customer's), with dates on the reader's clock: the deadline slips, to `moved` if known.
 */
export function customerDraftText(promised: Commitment, moved: Commitment | null, reader: Person, now: Date): string {
  const inPromiseLanguage: Person = { ...reader, language: promised.language === "en" ? "en" : "sv" };
  const t = nudgeMessages(inPromiseLanguage.language);
  const words = promiseWords(promised, inPromiseLanguage, now);
  return moved ? t.draftMoved(words, promiseWords(moved, inPromiseLanguage, now).deadline) : t.draftSlipping(words);
}
