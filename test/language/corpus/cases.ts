import type { Language } from "../../../src/language/index.js";
import type { NotCommitmentReason } from "../../../src/language/parse-commitment.js";

/**
 * One corpus sentence with what a careful reader expects, computed by hand from the product
 * rules (issue 3). `dueAt` is ISO with the offset in force on that date.
 */
export interface CorpusCase {
  text: string;
  now: string;
  tz: string;
  language: Language;
  isCommitment: boolean;
  dueAt: string | null;
  hasTime: boolean;
  owner: string | null;
  customer: string | null;
  /** Checked when given. */
  task?: string;
  /** A repeating promise's RRULE (issue 12); a one-off has none. */
  repeats?: string;
  /** Why it is not a commitment. */
  reason?: Exclude<NotCommitmentReason, "empty" | "no_date">;
}

type Expectation = Pick<CorpusCase, "isCommitment" | "dueAt" | "hasTime" | "reason">;
type Extra = { owner?: string; customer?: string; task?: string; repeats?: string };
export type Row = [text: string, expected: Expectation, extra?: Extra];

/** A deadline on a day, at the default time (no time given). */
export const day = (dueAt: string): Expectation => ({ isCommitment: true, dueAt, hasTime: false });
/** A deadline with a time of day. */
export const at = (dueAt: string): Expectation => ({ isCommitment: true, dueAt, hasTime: true });
/** A promise without a deadline. */
export const undated: Expectation = { isCommitment: true, dueAt: null, hasTime: false };
/** Not a promise, and why. */
export const not = (reason: NonNullable<CorpusCase["reason"]>): Expectation => ({
  isCommitment: false,
  dueAt: null,
  hasTime: false,
  reason,
});

/** Rows that share one language, one `now` and one zone. */
export function group(language: Language, now: string, tz: string, rows: Row[]): CorpusCase[] {
  return rows.map(([text, expected, extra = {}]) => ({
    text,
    now,
    tz,
    language,
    ...expected,
    owner: expected.isCommitment ? (extra.owner ?? null) : null,
    customer: expected.isCommitment ? (extra.customer ?? null) : null,
    ...(extra.task !== undefined && expected.isCommitment ? { task: extra.task } : {}),
    ...(extra.repeats !== undefined && expected.isCommitment ? { repeats: extra.repeats } : {}),
  }));
}
