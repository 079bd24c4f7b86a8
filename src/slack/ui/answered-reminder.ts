import type { Answer, AnswerResult } from "../../app/answer.js";
import { doneLate } from "../../domain/commitment.js";
import { formatDeadline } from "../../language/format-deadline.js";
import { speak } from "../../language/index.js";
import { type Reply, section } from "../blocks.js";
import { ACTION } from "../ids.js";
import { reminderWords } from "./commitment-words.js";
import { answeredMessage, customerDraft, followUpOffer } from "./reminders.js";

/** The answers an owner gives on a reminder (the lead's choices are drawn elsewhere). */
export type OwnerAnswer = Extract<Answer, { kind: "done" | "on_track" | "snooze" | "more_time" | "cant_make_it" }>;

/** The reminder as it reads after the owner's answer: the new state and the choices left. */
export function answeredReminder(result: Extract<AnswerResult, { ok: true }>, answer: OwnerAnswer, now: Date): Reply {
  const { after, before, person } = result;
  const t = speak(person.language).messages.reminders;
  const words = reminderWords(after, person, now);
  const id = after.id;
  switch (answer.kind) {
    case "done":
      return answeredMessage(
        t.answeredDone(words, doneLate(after)),
        id,
        person.language,
        null,
        after.customer ? followUpOffer(id, after.customer, person.language) : [],
      );
    case "on_track":
      return answeredMessage(t.answeredOnTrack(words), id, person.language, [
        ACTION.done,
        ACTION.snooze,
        ACTION.moreTime,
        ACTION.cantMakeIt,
      ]);
    case "snooze":
      return answeredMessage(
        t.answeredSnoozed(formatDeadline(answer.until, person.timeZone, person.language, now), words),
        id,
        person.language,
        after.lastAnswer === "cant_make_it"
          ? [ACTION.done, ACTION.moreTime]
          : [ACTION.done, ACTION.onTrack, ACTION.moreTime, ACTION.cantMakeIt],
      );
    case "more_time":
      return answeredMessage(
        t.answeredMoreTime(words),
        id,
        person.language,
        [ACTION.done, ACTION.snooze, ACTION.cantMakeIt],
        customerDraft(before, after, person, now),
      );
    case "cant_make_it":
      return answeredMessage(
        t.answeredCantMakeIt(words, result.lead),
        id,
        person.language,
        [ACTION.done, ACTION.moreTime],
        customerDraft(after, null, person, now),
      );
  }
}

/** The lead's alert after the lead moved the deadline: the new one, and the draft telling the customer. */
export function movedByLeadMessage(result: Extract<AnswerResult, { ok: true }>, now: Date): Reply {
  const { before, after, person } = result;
  const text = speak(person.language).messages.reminders.answeredMoreTime(reminderWords(after, person, now));
  return { text, blocks: [section(text), ...customerDraft(before, after, person, now)] };
}

/** What a list's menu can answer for a promise. */
export type ListAnswer = Extract<Answer, { kind: "done" | "snooze" | "cant_make_it" }>;

/**
 * Said above a list (or in Lofte's DM, from Home) after its menu answered: what changed and
 * until when; as on a reminder, after Done the follow-up offer, after "Can't make it" the
 * customer draft.
 */
export function listAnswerReply(result: Extract<AnswerResult, { ok: true }>, answer: ListAnswer, now: Date): Reply {
  const { after, person } = result;
  const t = speak(person.language).messages.reminders;
  const words = reminderWords(after, person, now);
  if (answer.kind === "cant_make_it") {
    const text = t.answeredCantMakeIt(words, result.lead);
    return { text, blocks: [section(text), ...customerDraft(after, null, person, now)] };
  }
  if (answer.kind === "done") {
    // As on a reminder: tell the customer, and perhaps book a follow-up.
    const text = t.answeredDone(words, doneLate(after));
    return { text, blocks: [section(text), ...(after.customer ? followUpOffer(after.id, after.customer, person.language) : [])] };
  }
  const text = t.answeredSnoozed(formatDeadline(answer.until, person.timeZone, person.language, now), words);
  return { text, blocks: [section(text)] };
}
