import type { LocalDate } from "../domain/zoned-time.js";

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
  /** Minutes from now: "om 30 minuter", "in 2 hours". */
  minutesFromNow?: number;
  /** A bare weekday (ISO, Monday = 1): its next occurrence after today. */
  weekday?: number;
  /** The phrase speaks of the past ("igår", "i fredags", "last week"): never a deadline. */
  past?: true;
}

/** What a rule knows when it resolves a phrase: today's date and time where the owner is. */
export interface RuleContext {
  today: LocalDate;
  nowTime: Clock;
  /** ISO weekdays that are working days (Monday = 1). */
  workingDays: readonly number[];
}

/** One kind of deadline phrase: a pattern (global, Unicode) and what a match means. */
export interface DeadlineRule {
  name: string;
  pattern: RegExp;
  resolve(match: RegExpExecArray, context: RuleContext): PhraseMeaning | null;
}
