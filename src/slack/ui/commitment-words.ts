import { formatDeadline, relativeTime } from "../../language/format-deadline.js";
import type { Language } from "../../language/index.js";
import { asLanguage, speak } from "../../language/index.js";
import type { PromiseWords, ReminderWords } from "../../language/messages.js";
import { slackText } from "../../language/slack-markup.js";
import type { Commitment } from "../../store/commitments.js";

/** Whoever reads about a promise: the zone and language to say it in. */
export interface Reader {
  timeZone: string;
  language: Language;
}

/** What was promised and to whom, as text for Slack: what people wrote is escaped, never markup. */
export function promisedText(commitment: Pick<Commitment, "task" | "customer">): Pick<PromiseWords, "task" | "customer"> {
  return { task: slackText(commitment.task), customer: commitment.customer === null ? null : slackText(commitment.customer) };
}

/** The words of a promise as `reader` sees them: their zone, their language. */
export function promiseWords(commitment: Commitment, reader: Reader, now: Date): PromiseWords {
  return { ...promisedText(commitment), deadline: formatDeadline(commitment.dueAt, reader.timeZone, reader.language, now) };
}

/** The words of a reminder: the promise, how far off the deadline is, and where it was made. */
export function reminderWords(commitment: Commitment, reader: Reader, now: Date): ReminderWords {
  return {
    ...promiseWords(commitment, reader, now),
    relative: relativeTime(commitment.dueAt, now, reader.language),
    where: commitment.permalink
      ? `<${commitment.permalink}|${speak(reader.language).messages.theMessage}>`
      : commitment.sourceChannelId?.startsWith("C")
        ? `<#${commitment.sourceChannelId}>`
        : null,
  };
}

/**
 * The ready-to-send message for the customer, in the language and on the clock the promise was
 * made in (the customer heard "Friday 15:00" in that zone): the deadline slips, to `moved` if known.
 */
export function customerDraftText(promised: Commitment, moved: Commitment | null, now: Date): string {
  const inPromiseLanguage: Reader = { timeZone: promised.timeZone, language: asLanguage(promised.language) };
  const t = speak(inPromiseLanguage.language).messages.reminders;
  const words = promiseWords(promised, inPromiseLanguage, now);
  return moved ? t.draftMoved(words, promiseWords(moved, inPromiseLanguage, now).deadline) : t.draftSlipping(words);
}
