import { customerKey } from "../../domain/commitment.js";
import type { PointOfView } from "../../language/address-customer.js";
import { formatDeadline, relativeTime } from "../../language/format-deadline.js";
import type { Language } from "../../language/index.js";
import { asLanguage, speak } from "../../language/index.js";
import type { PromiseWords, ReminderWords } from "../../language/messages.js";
import { slackText } from "../../language/slack-markup.js";
import type { Commitment } from "../../store/commitments.js";

/** Whoever reads about a promise: the zone and language to say it in, and who they are (none for a channel). */
export interface Reader {
  timeZone: string;
  language: Language;
  id?: string;
}

type Said = Pick<Commitment, "task" | "customer" | "language" | "ownerId" | "creatorId">;

/**
 * What was promised, as a line for Slack: the person's words (escaped, never markup), and the
 * customer in brackets when those words do not name it ("ringa tillbaka (Acme)"). Whoever
 * wrote it reads their own words; others read the owner's "mig" as "sig" ("höra av sig").
 */
export function saidText(commitment: Said, reader: Pick<Reader, "id">): string {
  return said(commitment, reader.id === commitment.creatorId ? null : "others");
}

/** The words in a sentence about the promise: to its owner "du lovar att höra av dig", to others "… av sig". */
function saidInSentence(commitment: Said, reader: Pick<Reader, "id">): string {
  return said(commitment, reader.id === commitment.ownerId ? "owner" : "others");
}

/**
 * The promise's words from `view`. Only words their owner wrote are shifted: a promise written
 * for someone else ("<@anna> skickar mina siffror") keeps its writer's "mina".
 */
function said(commitment: Said, view: PointOfView | null): string {
  const { customer } = commitment;
  const own = view !== null && commitment.creatorId === commitment.ownerId;
  const task = own ? speak(asLanguage(commitment.language)).forReader(commitment.task, view) : commitment.task;
  if (customer === null || names(task, customer)) return slackText(task);
  return `${slackText(task)} (${slackText(customer)})`;
}

/** `text` names `customer` as a whole word, case and accents aside. */
function names(text: string, customer: string): boolean {
  const key = customerKey(customer);
  return key !== "" && ` ${customerKey(text).replace(/[^\p{L}\p{N}&]+/gu, " ")} `.includes(` ${key.replace(/[^\p{L}\p{N}&]+/gu, " ")} `);
}

/** The words of a promise as `reader` sees them: their zone; the promise in the language it was written in. */
export function promiseWords(commitment: Commitment, reader: Reader, now: Date): PromiseWords {
  return {
    said: saidInSentence(commitment, reader),
    foreign: asLanguage(commitment.language) !== reader.language,
    customer: commitment.customer === null ? null : slackText(commitment.customer),
    deadline: formatDeadline(commitment.dueAt, reader.timeZone, reader.language, now),
  };
}

/** The words of a reminder: the promise, how far off the deadline is, and where it was made. */
export function reminderWords(commitment: Commitment, reader: Reader, now: Date): ReminderWords {
  return {
    ...promiseWords(commitment, reader, now),
    relative: relativeTime(commitment.dueAt, now, reader.language, reader.timeZone),
    where: commitment.permalink
      ? `<${commitment.permalink}|${speak(reader.language).messages.theMessage}>`
      : commitment.sourceChannelId?.startsWith("C")
        ? `<#${commitment.sourceChannelId}>`
        : null,
  };
}

/**
 * The ready-to-send message for the customer, in the language and on the clock the promise was
 * made in (the customer heard "Friday 15:00" in that zone), addressed to them ("skicka offerten
 * till er"): the deadline slips, to `moved` if known.
 */
export function customerDraftText(promised: Commitment, moved: Commitment | null, now: Date): string {
  const language = speak(asLanguage(promised.language));
  const toYou = language.addressCustomer(promised.task, promised.customer);
  const when = (c: Commitment) => formatDeadline(c.dueAt, promised.timeZone, language.code, now);
  const late = now.getTime() >= promised.dueAt.getTime();
  const words = { toYou: toYou === null ? null : slackText(toYou), deadline: when(promised), late };
  const t = language.messages.reminders;
  return moved ? t.draftMoved(words, when(moved)) : t.draftSlipping(words);
}

/** "America/New_York" → "New York": the place people recognise a time zone by. */
export function placeOf(timeZone: string): string {
  return (timeZone.split("/").at(-1) ?? timeZone).replaceAll("_", " ");
}
