import type { WorkWeek } from "../domain/calendar.js";
import type { LocalDate } from "../domain/zoned-time.js";
import { WORD_END, WORD_START } from "./word-pattern.js";

/** A clock time of day. */
export interface Clock {
  hour: number;
  minute: number;
}

/**
 * What one phrase says about a deadline. A rule may give a date, a time, both, an exact
 * instant offset ("om 2 timmar"), or mark the phrase as a reference to the past.
 */
export interface PhraseMeaning {
  date?: LocalDate;
  time?: Clock;
  /** The time is a part of the day ("eftermiddag", "EOD"); a clock time next to it wins. */
  partOfDay?: true;
  /** Minutes from now: "om 30 minuter", "in 2 hours". */
  minutesFromNow?: number;
  /** The clock time is read in this IANA zone, not the owner's: "5pm ET". */
  zone?: string;
  /** "innan fredag": the working day before, unless a time of day comes with it. */
  before?: true;
  /** The phrase speaks of the past ("igår", "i fredags", "last week"): never a deadline. */
  past?: true;
  /** With `past`: a date that went by lately ("1 december" said on the 6th), named when refused. */
  passedDate?: true;
  /** "om två veckor", "in 10 days": counted from today, so it may land on a day off (then the working day before). */
  counted?: true;
  /** "i slutet av veckan", "nästa vecka", "till helgen": a week's end, so a day off moves to the working day before. */
  weekEnd?: true;
  /** "kl 25", "13pm", "14:75" (a time), "31 februari" (a date): written unmistakably as one, but no such one exists. */
  impossible?: "time" | "date";
  /** "varje fredag", "every other Monday": the rule as an RFC 5545 RRULE (no DTSTART); `date` is the first. */
  repeat?: { rule: string; next(date: LocalDate): LocalDate };
}

/** What a rule knows when it resolves a phrase: today's date and time where the owner is. */
export interface RuleContext {
  today: LocalDate;
  nowTime: Clock;
  /** The working weekdays and red days that working-day phrases count. */
  workWeek: WorkWeek;
  /** Read an ambiguous 12/4 month first, as in the United States. */
  monthFirst?: boolean;
}

/**
 * One kind of deadline phrase: a pattern (global, Unicode) and what a match means. Patterns
 * match the folded text (lower case, å/ä/ö written a/a/o; see match-text.ts).
 */
export interface DeadlineRule {
  name: string;
  pattern: RegExp;
  resolve(match: RegExpExecArray, context: RuleContext): PhraseMeaning | null;
}

/** A whole-word, global, Unicode pattern for a rule. */
export function rulePattern(source: string): RegExp {
  return new RegExp(`${WORD_START}(?:${source})${WORD_END}`, "gu");
}

/** Alternatives for a pattern, longest first so "fredag" wins over "fre". */
export function alternatives(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length).join("|");
}
