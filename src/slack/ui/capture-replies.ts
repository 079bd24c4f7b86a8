import type { Captured } from "../../app/capture.js";
import type { Problem } from "../../app/load-for-change.js";
import type { RecordedSeries } from "../../app/record-commitment.js";
import type { Person } from "../../app/slack-port.js";
import type { WorkWeek } from "../../domain/calendar.js";
import { dayOffName } from "../../domain/holidays.js";
import { isoWeekday, type LocalDate, localDate } from "../../domain/zoned-time.js";
import { formatDay, formatDeadline } from "../../language/format-deadline.js";
import { type Language, speak } from "../../language/index.js";
import type { PromiseWords } from "../../language/messages.js";
import { slackText, typedText } from "../../language/slack-markup.js";
import type { Commitment } from "../../store/commitments.js";
import { button, context, fitSection, type KnownBlock, plain, type Reply, section } from "../blocks.js";
import { ACTION } from "../ids.js";
import { placeOf, promiseWords, saidText } from "./commitment-words.js";
import { awayReply } from "./time-away.js";

/**
 * Block Kit for what a person sees after /lofte: the confirmation with Edit and Undo, the
 * question for a missing deadline, and friendly refusals that keep what they typed. Pure.
 */

function editUndoButtons(commitmentId: string, language: Language, series = false): KnownBlock {
  const t = speak(language).messages;
  const end = series ? [button(ACTION.endSeries, t.endSeries, commitmentId)] : [];
  return {
    type: "actions",
    elements: [button(ACTION.edit, t.edit, commitmentId), button(ACTION.undo, t.undo, commitmentId, "danger"), ...end],
  };
}

/** What a confirmation may add to "Noterat: …". */
export interface ConfirmationExtras {
  /** Recorded for someone else: them. */
  owner?: string;
  /** A repeating promise: how it repeats, and whether this first time moved off a red day (with End series). */
  series?: RecordedSeries;
  /** A word about the day: moved off a day off, or a red day. */
  dayNote?: string;
  /** The deadline on the owner's clock, when they are in another time zone than the reader. */
  ownerClock?: string;
  /** More promises the same message made, each with a Spara of its own. */
  others?: readonly string[];
  /** When the message was read: Spara reads each other promise from then (in its block id). */
  readAt?: Date;
}

/** "other:<when it was read, ms>:<n>": the block of another promise of a message. */
const otherBlock = (readAt: Date, n: number) => `other:${readAt.getTime()}:${n}`;

/** When the message another promise came from was read, from its block id (null if not given). */
export function otherReadAt(blockId: string | null): Date | null {
  const ms = /^other:(\d{12,14}):\d+$/.exec(blockId ?? "")?.[1];
  return ms ? new Date(Number(ms)) : null;
}

/** The most other promises of one message a confirmation offers. */
const MAX_OTHERS = 5;

/** "Noterat: du lovar att …" with Edit and Undo, and what `extras` add. */
export function confirmationReply(commitmentId: string, words: PromiseWords, language: Language, extras: ConfirmationExtras = {}): Reply {
  const t = speak(language).messages;
  const { owner, series, dayNote, ownerClock, others = [], readAt } = extras;
  const text = owner ? t.notedFor(owner, words) : t.noted(words);
  const moved = series?.movedFrom ? ` ${t.movedOffDayOff(formatDay(series.movedFrom, language))}` : "";
  const notes = [
    ...(series ? [`${t.repeats(slackText(series.repeatText))}${moved}`] : []),
    ...(dayNote ? [dayNote] : []),
    ...(ownerClock ? [ownerClock] : []),
  ];
  // Never merged, never dropped: each other promise is shown as typed, to save on its own.
  const more = others.slice(0, MAX_OTHERS).map(
    (other, i): KnownBlock => ({
      type: "section",
      ...(readAt ? { block_id: otherBlock(readAt, i) } : {}),
      text: { type: "mrkdwn", text: fitSection(t.alsoPromised(typedText(other))) },
      accessory: button(ACTION.saveOther, t.saveThisToo, other),
    }),
  );
  return {
    text,
    blocks: [
      section(`:white_check_mark: ${text}`),
      ...notes.map((n) => context(n)),
      editUndoButtons(commitmentId, language, series !== undefined),
      ...more,
    ],
  };
}

/**
 * What the confirmation says about the day: a counted deadline ("om två veckor") moved off a
 * day off, a deadline on a red day ("Obs: den dagen är ledig (julafton)"), or on a day outside
 * the working week ("Obs: det är en lördag, utanför arbetsveckan"), so a date typed without
 * its weekday ("den 12 december") is not a weekend by surprise.
 */
function dayNote(commitment: Commitment, movedFrom: LocalDate | undefined, week: WorkWeek, language: Language): string | undefined {
  const t = speak(language).messages;
  if (movedFrom) return t.countedMoved(formatDay(movedFrom, language));
  const due = localDate(commitment.dueAt, commitment.timeZone);
  const holiday = dayOffName(due, week.redDays, language);
  if (holiday) return t.dueOnRedDay(holiday);
  const weekday = isoWeekday(due);
  return week.days.includes(weekday) ? undefined : t.dueOffWeek(t.digest.weekdays[weekday - 1]);
}

/** The DM to someone whose name a colleague put on a promise. */
export function ownerToldMessage(commitmentId: string, creator: string, words: PromiseWords, language: Language): Reply {
  const text = speak(language).messages.ownerTold(creator, words);
  return { text, blocks: [section(text), editUndoButtons(commitmentId, language)] };
}

/** The confirmation redrawn after an edit; a repeating promise keeps its End series. */
export function updatedReply(commitmentId: string, words: PromiseWords, language: Language, series = false): Reply {
  const text = speak(language).messages.updated(words);
  return { text, blocks: [section(`:pencil2: ${text}`), editUndoButtons(commitmentId, language, series)] };
}

export function undoneReply(words: PromiseWords, language: Language): Reply {
  const text = speak(language).messages.undone(words);
  return { text, blocks: [section(`:wastebasket: ${text}`)] };
}

/** Plain information, optionally with what the person typed quoted below it. */
export function noticeReply(text: string, typed?: string, language: Language = "sv"): Reply {
  const full = fitSection(typed ? `${text}\n${speak(language).messages.youWrote(typedText(typed))}` : text);
  return { text: full, blocks: [section(full)] };
}

/**
 * Nothing stored yet: ask for the day and time, keeping the text in the Save button. `why`
 * replaces the plain question when the typed time could not be used (passed, or no such time).
 */
export function askDeadlineReply(typed: string, language: Language, defaultTime: string, why?: string): Reply {
  const t = speak(language).messages;
  const question = why ?? t.askDeadline;
  return {
    text: fitSection(`${question}\n${t.youWrote(typedText(typed))}`),
    blocks: [
      section(fitSection(`:calendar: ${question}\n${t.youWrote(typedText(typed))}`)),
      {
        type: "actions",
        elements: [
          { type: "datepicker", action_id: ACTION.pickDate, placeholder: plain(t.pickDate) },
          { type: "timepicker", action_id: ACTION.pickTime, initial_time: defaultTime, placeholder: plain(t.pickTime) },
          button(ACTION.saveDeadline, t.save, typed, "primary"),
        ],
      },
    ],
  };
}

/** The deadline on the owner's clock, when it reads otherwise than on the reader's (not Oslo beside Stockholm). */
function ownerClockOf(commitment: Commitment, reader: Person, now: Date): { ownerClock?: string } {
  const theirs = formatDeadline(commitment.dueAt, commitment.timeZone, reader.language, now);
  if (theirs === formatDeadline(commitment.dueAt, reader.timeZone, reader.language, now)) return {};
  return { ownerClock: speak(reader.language).messages.ownerClock(commitment.ownerId, theirs, placeOf(commitment.timeZone)) };
}

/**
 * A Save pressed again ("Spara även detta", "Spara" under "Vem är Anna?"): said briefly that
 * the promise is saved already, not confirmed a second time as if new.
 */
export function savedOnceReply(captured: Captured, creator: Person, typed: string, now: Date): Reply {
  if (!captured.ok || !captured.again) return capturedReply(captured, creator, typed, now);
  const t = speak(creator.language).messages;
  const { commitment } = captured;
  const said = saidText(commitment, creator);
  const where =
    commitment.status === "cancelled" ? t.savedAlreadyStruck : commitment.status === "done" ? t.savedAlreadyKept : t.savedAlready;
  return noticeReply(where(said));
}

/** What the person who typed a promise sees: the confirmation, or why nothing was stored. */
export function capturedReply(captured: Captured, creator: Person, typed: string, now: Date): Reply {
  const t = speak(creator.language).messages;
  if (captured.ok) {
    const { commitment } = captured;
    return confirmationReply(commitment.id, promiseWords(commitment, creator, now), creator.language, {
      owner: captured.byOther ? commitment.ownerId : undefined,
      series: captured.series,
      dayNote: captured.series ? undefined : dayNote(commitment, captured.movedFrom, creator.workspace.workingHours, creator.language),
      ...ownerClockOf(commitment, creator, now),
      others: captured.others,
      readAt: now,
    });
  }
  switch (captured.problem) {
    case "notPromise":
      return noticeReply(`${t.notACommitment[captured.reason]} ${t.example}`, typed, creator.language);
    case "past":
      // A date that went by lately is likely a slip: ask for the right one, the text kept.
      return captured.datePhrase === null
        ? noticeReply(t.pastDeadline(null), typed, creator.language)
        : askDeadlineReply(typed, creator.language, creator.workspace.defaultDeadlineTime, t.passedDate(slackText(captured.datePhrase)));
    case "tooFar":
      return askDeadlineReply(
        typed,
        creator.language,
        creator.workspace.defaultDeadlineTime,
        t.tooFarDate(captured.datePhrase === null ? null : slackText(captured.datePhrase), captured.years),
      );
    case "impossible":
      return askDeadlineReply(
        typed,
        creator.language,
        creator.workspace.defaultDeadlineTime,
        (captured.what === "date" ? t.impossibleDate : t.impossibleTime)(slackText(captured.datePhrase)),
      );
    case "empty":
      return noticeReply(`${t.notACommitment.empty} ${t.example}`, typed, creator.language);
    case "tooLong":
      return noticeReply(captured.what === "task" ? t.taskTooLong(captured.max) : t.tooLong(captured.max), typed, creator.language);
    case "askDeadline":
      return askDeadlineReply(typed, creator.language, creator.workspace.defaultDeadlineTime);
    case "awayRecorded":
      return awayReply(captured, creator, now);
    case "awayUnreadable":
      return noticeReply(captured.why === "past" ? t.away.past : t.away.backwards, typed, creator.language);
    case "whoIsNamed":
      return whoIsReply(typed, captured.name, captured.candidates, creator.language);
  }
}

/** "Vem är Erik?": the people called so, a picker, and Spara, with the text kept in the button. */
export function whoIsReply(typed: string, name: string, candidates: string[], language: Language): Reply {
  const t = speak(language).messages;
  const question = fitSection(`:busts_in_silhouette: ${t.whoIsNamed(slackText(name), candidates)}\n${t.youWrote(typedText(typed))}`);
  return {
    text: question,
    blocks: [
      section(question),
      {
        type: "actions",
        elements: [
          { type: "users_select", action_id: ACTION.pickOwner, placeholder: plain(t.pickPerson) },
          button(ACTION.saveOwner, t.save, typed, "primary"),
        ],
      },
    ],
  };
}

/** Why a change was not made: not found, not allowed, already closed, or changed meanwhile. */
export function problemReply(problem: Problem, language: Language): Reply {
  return noticeReply(speak(language).messages[problem]);
}
