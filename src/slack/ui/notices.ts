import type { Notice, Person } from "../../app/slack-port.js";
import { speak } from "../../language/index.js";
import { slackText } from "../../language/slack-markup.js";
import { plainMessage, type Reply } from "../blocks.js";
import { ownerToldMessage } from "./capture-replies.js";
import { promiseWords, reminderWords } from "./commitment-words.js";
import { customerDraft, leadAlert, reassignedMessage, reminderMessage } from "./reminders.js";
import { awayAheadMessage } from "./time-away.js";

/** A notice from the use cases as a message `reader` reads: their language, their clock. */
export function noticeMessage(notice: Notice, reader: Person, now: Date): Reply {
  const t = speak(reader.language).messages;
  switch (notice.kind) {
    case "ownerTold": {
      const c = notice.commitment;
      return ownerToldMessage(c.id, c.creatorId, promiseWords(c, reader, now), reader.language);
    }
    case "movedByOther":
      return plainMessage(
        t.reminders.movedByOther(
          notice.by,
          promiseWords(notice.before, reader, now),
          promiseWords(notice.after, reader, now).deadline,
          notice.note === null ? null : slackText(notice.note),
        ),
      );
    case "leadMoved":
      return plainMessage(
        t.reminders.leadMoved(
          notice.after.ownerId,
          promiseWords(notice.before, reader, now),
          promiseWords(notice.after, reader, now).deadline,
          notice.note === null ? null : slackText(notice.note),
        ),
      );
    case "struck":
      return plainMessage(t.struckBy(notice.by, promiseWords(notice.commitment, reader, now)));
    case "reassignedToYou":
      return reassignedMessage(notice.by, notice.commitment.id, reminderWords(notice.commitment, reader, now), reader.language);
    case "customerInformed":
      return plainMessage(t.reminders.customerInformedByLead(notice.by, promiseWords(notice.commitment, reader, now)));
    case "reassignedAway":
      return plainMessage(t.reminders.reassignedAway(notice.by, notice.commitment.ownerId, promiseWords(notice.commitment, reader, now)));
    case "reminder":
      return reminderMessage(
        notice.reminder,
        notice.commitment.id,
        reminderWords(notice.commitment, reader, now),
        reader.language,
        notice.commitment.lastAnswer === "cant_make_it",
        notice.askedBy ?? null,
      );
    case "leadAlert": {
      const c = notice.commitment;
      const words = reminderWords(c, reader, now);
      const why = { text: t.reminders.why[notice.risk], late: notice.risk === "overdue" };
      return leadAlert(c.id, c.ownerId, words, why, reader.language, customerDraft(c, null, reader, now));
    }
    case "alertSettled":
      return plainMessage(t.reminders.alertSettled[notice.how](notice.commitment.ownerId, promiseWords(notice.commitment, reader, now)));
    case "exportFailed":
      return plainMessage(t.export.failed);
    case "awayAhead":
      return awayAheadMessage(notice.ownerId, notice.from, notice.to, notice.commitments, reader, now);
  }
}
