import * as chrono from "chrono-node";
import { addDays, fromLocal, type LocalDate, toLocal } from "../domain/zoned-time.js";
import { compareDates } from "./calendar.js";
import type { Clock, DeadlineRule, PhraseMeaning } from "./deadline-rules.js";
import { ENGLISH_DEADLINE_RULES } from "./en/deadline-rules.js";
import type { Language } from "./language.js";
import { SWEDISH_DEADLINE_RULES } from "./sv/deadline-rules.js";

/**
 * Finds the deadline in a message: Lofte's own rules per language first, then chrono-node for
 * written-out dates the rules leave ("December 3rd"). Everything is computed on the owner's
 * wall clock and turned into an instant with the offset in force on that date.
 */

export interface DeadlineOptions {
  now: Date;
  timeZone: string;
  language: Language;
  /** The time a day without a time means (workspace default, 17:00). */
  defaultTime: Clock;
  /** ISO weekdays that are working days. */
  workingDays: readonly number[];
}

export interface PhraseMatch {
  index: number;
  length: number;
  meaning: PhraseMeaning;
}

export interface DeadlineSearch {
  /** The deadline the message promises, or null when it names none in the future. */
  dueAt: Date | null;
  hasTime: boolean;
  /** The words that gave the deadline, as written ("på fredag kl 14"). */
  phrase: string | null;
  /** The message names only times that have already passed. */
  onlyPast: boolean;
  /** Where the deadline words are, so the task can be written without them. */
  spans: { index: number; length: number }[];
}

const RULES: Record<Language, DeadlineRule[]> = { sv: SWEDISH_DEADLINE_RULES, en: ENGLISH_DEADLINE_RULES };
const CHRONO: Record<Language, chrono.Chrono> = { sv: chrono.sv.casual, en: chrono.en.GB };

/** Every deadline phrase in `text`, in text order. */
export function findPhrases(text: string, options: DeadlineOptions): PhraseMatch[] {
  const local = toLocal(options.now, options.timeZone);
  const context = {
    today: { year: local.year, month: local.month, day: local.day },
    nowTime: { hour: local.hour, minute: local.minute },
    workingDays: options.workingDays,
  };
  let masked = text;
  const found: PhraseMatch[] = [];
  const take = (index: number, length: number, meaning: PhraseMeaning) => {
    found.push({ index, length, meaning });
    masked = masked.slice(0, index) + " ".repeat(length) + masked.slice(index + length);
  };
  for (const rule of RULES[options.language]) {
    for (const match of [...masked.matchAll(rule.pattern)]) {
      const meaning = rule.resolve(match as RegExpExecArray, context);
      if (meaning && match.index !== undefined) take(match.index, match[0].length, meaning);
    }
  }
  // chrono reads the wall clock as if it were UTC; only its calendar dates are used.
  const reference = { instant: new Date(Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute)), timezone: 0 };
  for (const result of CHRONO[options.language].parse(masked, reference, { forwardDate: true })) {
    if (!result.start.isCertain("day") || !result.start.isCertain("month")) continue;
    const date = { year: result.start.get("year") ?? local.year, month: result.start.get("month") ?? 1, day: result.start.get("day") ?? 1 };
    take(result.index, result.text.length, { date });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The deadline `text` promises, read on the owner's clock. */
export function findDeadline(text: string, options: DeadlineOptions): DeadlineSearch {
  const phrases = findPhrases(text, options);
  const local = toLocal(options.now, options.timeZone);
  const today: LocalDate = { year: local.year, month: local.month, day: local.day };
  const nowTime: Clock = { hour: local.hour, minute: local.minute };
  const none = (onlyPast: boolean): DeadlineSearch => ({ dueAt: null, hasTime: false, phrase: null, onlyPast, spans: [] });

  const timed = phrases.filter((p) => !p.meaning.past);
  if (timed.length === 0) return none(phrases.length > 0);

  const relative = timed.find((p) => p.meaning.minutesFromNow !== undefined);
  if (relative?.meaning.minutesFromNow !== undefined) {
    const dueAt = new Date(options.now.getTime() + relative.meaning.minutesFromNow * 60_000);
    return { dueAt, hasTime: true, phrase: phraseText(text, [relative]), onlyPast: false, spans: [relative] };
  }

  const dated = timed.filter((p) => p.meaning.date);
  const future = dated.find((p) => p.meaning.date && compareDates(p.meaning.date, today) >= 0);
  if (dated.length > 0 && !future) return none(true);
  const clock = (future?.meaning.time ? future : undefined) ?? timed.find((p) => p.meaning.time && !p.meaning.date);
  const used = [future, clock].filter((p, i, all): p is PhraseMatch => p !== undefined && all.indexOf(p) === i);

  let date = future?.meaning.date ?? today;
  const time = clock?.meaning.time;
  if (!future && time && time.hour * 60 + time.minute <= nowTime.hour * 60 + nowTime.minute) {
    date = addDays(today, 1); // "kl 9" said at 10 means tomorrow
  }
  const dueAt = fromLocal({ ...date, ...(time ?? options.defaultTime) }, options.timeZone);
  if (dueAt.getTime() <= options.now.getTime()) {
    return { ...none(true), phrase: phraseText(text, used) };
  }
  return { dueAt, hasTime: time !== undefined, phrase: phraseText(text, used), onlyPast: false, spans: used };
}

function phraseText(text: string, spans: { index: number; length: number }[]): string {
  return spans
    .sort((a, b) => a.index - b.index)
    .map((s) => text.slice(s.index, s.index + s.length).trim())
    .join(" ");
}
