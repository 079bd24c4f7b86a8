import { formatDeadline } from "../../../language/format-deadline.js";
import { nudgeMessages } from "../../../language/nudge-messages.js";
import { customerDraftText, reminderWords } from "../../commitment-words.js";
import { ACTION } from "../../ids.js";
import type { Reply } from "../../ui/capture-replies.js";
import { answeredMessage, customerDraft, followUpOffer } from "../../ui/reminders.js";
import type { Answer, AnswerResult } from "./answers.js";

export type OwnerAnswer = Extract<Answer, { kind: "done" | "on_track" | "snooze" | "more_time" | "cant_make_it" }>;

/** The reminder as it reads after the owner's answer: the new state and the choices left. */
export function answeredReminder(result: Extract<AnswerResult, { ok: true }>, answer: OwnerAnswer, now: Date): Reply {
  const { after, before, person } = result;
  const t = nudgeMessages(person.language);
  const words = reminderWords(after, person, now);
  const id = after.id;
  switch (answer.kind) {
    case "done":
      return answeredMessage(
        t.answeredDone(words),
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
        [ACTION.done, ACTION.onTrack, ACTION.moreTime, ACTION.cantMakeIt],
      );
    case "more_time": {
      const draft = customerDraftText(before, after, person, now);
      return answeredMessage(
        t.answeredMoreTime(words),
        id,
        person.language,
        [ACTION.done, ACTION.snooze, ACTION.cantMakeIt],
        customerDraft(draft, person.language),
      );
    }
    case "cant_make_it": {
      const draft = customerDraftText(after, null, person, now);
      return answeredMessage(
        t.answeredCantMakeIt(words, result.lead),
        id,
        person.language,
        [ACTION.done, ACTION.moreTime],
        customerDraft(draft, person.language),
      );
    }
  }
}
