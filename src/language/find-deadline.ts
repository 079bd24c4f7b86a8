import { compareDates, isWorkingDay, nextWorkingDay, type WorkWeek, workingDayBefore, workingDayOnOrBefore } from "../domain/calendar.js";
import { addDays, fromLocal, type LocalDate, toLocal } from "../domain/zoned-time.js";
import type { Clock } from "./deadline-rules.js";
import { findPhrases, type PhraseMatch } from "./find-phrases.js";
import { speak } from "./index.js";
import type { Language } from "./pack.js";

export type { PhraseMatch } from "./find-phrases.js";

/**
 * The deadline a message promises, like a chrono refiner: of the phrases found, the first
 * future date (or "in N hours") wins, the clock time nearest to it joins it, and the instant
 * is computed on the owner's wall clock with the offset in force on that date.
 */

export interface DeadlineOptions {
  now: Date;
  timeZone: string;
  language: Language;
  /** The time a day without a time means (workspace default, 17:00). */
  defaultTime: Clock;
  /** The working weekdays and red days that working-day phrases count. */
  workWeek: WorkWeek;
}

export interface Span {
  index: number;
  length: number;
}

export interface DeadlineSearch {
  /** The deadline the message promises, or null when it names none in the future. */
  dueAt: Date | null;
  hasTime: boolean;
  /** The words that gave the deadline, as written ("på fredag kl 14"). */
  phrase: string | null;
  /** The message names only times that have already passed. */
  onlyPast: boolean;
  /** The deadline repeats: its RRULE ("FREQ=WEEKLY;BYDAY=FR"), counted from `dueAt`. */
  repeats?: string;
  /** A counted deadline ("om två veckor") or a week's end fell on this day off and was moved to the nearest working day. */
  movedFrom?: LocalDate;
}

/** Every deadline phrase in `text`, read on the owner's clock. */
export function phrasesIn(text: string, options: DeadlineOptions): PhraseMatch[] {
  const local = toLocal(options.now, options.timeZone);
  return findPhrases(text, options.language, {
    today: { year: local.year, month: local.month, day: local.day },
    nowTime: { hour: local.hour, minute: local.minute },
    workWeek: options.workWeek,
    monthFirst: speak(options.language).deadlines.monthFirstIn(options.timeZone),
  });
}

/** The deadline `text` promises. */
export function findDeadline(text: string, options: DeadlineOptions): DeadlineSearch {
  return chooseDeadline(text, phrasesIn(text, options), options);
}

/**
 * The deadline among `phrases`. With `focus` (the clause that carries the promise), phrases
 * inside it are preferred; the others count only when it names no time at all.
 */
export function chooseDeadline(text: string, phrases: readonly PhraseMatch[], options: DeadlineOptions, focus?: Span): DeadlineSearch {
  const local = toLocal(options.now, options.timeZone);
  const today: LocalDate = { year: local.year, month: local.month, day: local.day };
  const none = (onlyPast: boolean, used: PhraseMatch[] = []): DeadlineSearch => ({
    dueAt: null,
    hasTime: false,
    phrase: used.length > 0 ? phraseText(text, used) : null,
    onlyPast,
  });

  const inFocus = (p: PhraseMatch) => !focus || (p.index >= focus.index && p.index < focus.index + focus.length);
  const live = phrases.filter((p) => !p.meaning.past && !p.meaning.impossible);
  const focused = focus ? live.filter(inFocus) : [];
  const pool = focused.length > 0 ? focused : live;
  // "Jag skickar offerten igår" names only the past; "Som vi sa igår: jag skickar" names no time.
  // A date that just went by ("1 december" on the 6th) is named in the answer.
  if (pool.length === 0) {
    const past = phrases.filter((p) => !p.meaning.impossible && inFocus(p) && !saidBeside(p, text, focus));
    return none(
      past.length > 0,
      past.filter((p) => p.meaning.passedDate),
    );
  }

  const anchor = pool.find((p) => p.meaning.minutesFromNow !== undefined || (p.meaning.date && compareDates(p.meaning.date, today) >= 0));
  if (anchor?.meaning.minutesFromNow !== undefined) {
    const dueAt = new Date(options.now.getTime() + anchor.meaning.minutesFromNow * 60_000);
    return { dueAt, hasTime: true, phrase: phraseText(text, [anchor]), onlyPast: false };
  }
  const dated = pool.filter((p) => p.meaning.date);
  if (!anchor && dated.length > 0) return none(true, dated);

  const timed = pool.filter((p) => p.meaning.time && !p.meaning.date);
  // Each clock time belongs to the date nearest to it ("fredag kl 9 och måndag kl 14").
  const mine = anchor ? timed.filter((t) => nearest(t, dated) === anchor) : timed;
  const clock = mine.find((t) => !t.meaning.partOfDay) ?? (anchor?.meaning.time ? anchor : mine[0]);
  const time = clock?.meaning.time;
  const used = [anchor, clock].filter((p, i, all): p is PhraseMatch => p !== undefined && all.indexOf(p) === i);

  let date = anchor?.meaning.date ?? today;
  // "innan fredag kl 12" is Friday at noon; "innan midsommar kl 12", the day before (midsummer is off).
  if (anchor?.meaning.before && (!time || clock === anchor || !isWorkingDay(date, options.workWeek)))
    date = workingDayBefore(date, options.workWeek);
  // "om två veckor" that lands on a Sunday or a red day means the working day before (the one
  // after when that would be today or earlier: "om 2 dagar" said on a Friday is Monday); so
  // does a week's end on a red day ("i slutet av veckan" with långfredag: Thursday).
  const dayOff = (anchor?.meaning.counted || anchor?.meaning.weekEnd) && !isWorkingDay(date, options.workWeek) ? date : undefined;
  if (dayOff) {
    const before = workingDayOnOrBefore(dayOff, options.workWeek);
    const earliest = anchor?.meaning.weekEnd ? 0 : 1;
    date = compareDates(before, today) >= earliest ? before : nextWorkingDay(dayOff, options.workWeek);
  }
  if (!anchor && time && time.hour * 60 + time.minute <= local.hour * 60 + local.minute) {
    date = addDays(today, 1); // "kl 9" said at 10 means tomorrow
  }
  const { hour, minute } = time ?? options.defaultTime;
  const zone = clock?.meaning.zone ?? options.timeZone;
  const at = (day: LocalDate) => fromLocal({ year: day.year, month: day.month, day: day.day, hour, minute }, zone);
  let dueAt = at(date);
  // A repeating deadline whose first time today has passed starts at its next occurrence.
  const repeat = anchor?.meaning.repeat;
  if (repeat && dueAt.getTime() <= options.now.getTime()) dueAt = at(repeat.next(date));
  if (dueAt.getTime() <= options.now.getTime()) return none(true, used);
  return {
    dueAt,
    hasTime: time !== undefined,
    phrase: phraseText(text, used),
    onlyPast: false,
    ...(repeat ? { repeats: repeat.rule } : {}),
    ...(dayOff ? { movedFrom: dayOff } : {}),
  };
}

/** A past time in a relative clause about something else: "… avtalet som vi sa igår". */
function saidBeside(phrase: PhraseMatch, text: string, focus: Span | undefined): boolean {
  const before = text.slice(focus?.index ?? 0, phrase.index);
  return /(?:^|\s)(?:som|that|which|as)\s/iu.test(before);
}

function nearest(phrase: PhraseMatch, candidates: readonly PhraseMatch[]): PhraseMatch | undefined {
  let best: PhraseMatch | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance =
      candidate.index > phrase.index
        ? candidate.index - (phrase.index + phrase.length)
        : phrase.index - (candidate.index + candidate.length);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function phraseText(text: string, spans: readonly Span[]): string {
  return [...spans]
    .sort((a, b) => a.index - b.index)
    .map((s) => text.slice(s.index, s.index + s.length).trim())
    .join(" ");
}
