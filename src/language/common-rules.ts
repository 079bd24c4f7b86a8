import { upcomingDate, workingDayBefore } from "./calendar.js";
import type { DeadlineRule } from "./deadline-rules.js";
import { WORD_END, WORD_START } from "./word-pattern.js";

/**
 * Deadline rules written the same way in Swedish and English: numeric dates. `before` is the
 * language's word for "before" ("innan|före", "before"): the working day before that date.
 */
export function numericDateRule(before: string): DeadlineRule {
  return {
    name: "numeric date",
    pattern: new RegExp(
      `${WORD_START}(?:(${before})\\s+)?(?:(\\d{4})-(\\d{2})-(\\d{2})|(\\d{1,2})/(\\d{1,2})(?:[/-](\\d{2,4}))?)${WORD_END}`,
      "giu",
    ),
    resolve(match, { today, workingDays }) {
      const iso = match[2] !== undefined;
      const year = iso ? Number(match[2]) : match[7] ? Number(match[7].length === 2 ? `20${match[7]}` : match[7]) : undefined;
      const month = Number(iso ? match[3] : match[6]);
      const day = Number(iso ? match[4] : match[5]);
      if (month < 1 || month > 12 || day < 1 || day > 31) return null;
      const date = year ? { year, month, day } : upcomingDate(today, month, day);
      return { date: match[1] ? workingDayBefore(date, workingDays) : date };
    },
  };
}
