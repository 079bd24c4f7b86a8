import { describe, expect, it } from "vitest";
import { formatIsoWithOffset } from "../../src/domain/zoned-time.js";
import { findDeadline, phrasesIn } from "../../src/language/find-deadline.js";
import type { Language } from "../../src/language/index.js";
import { DEFAULT_WORK_WEEK } from "../../src/language/parse-commitment.js";

/**
 * The deadline rules alone, one phrase per rule, said on Wednesday 25 November 2026 at 10:00
 * in Stockholm: which rule reads the phrase, and the deadline it gives.
 */

const options = (language: Language) => ({
  now: new Date("2026-11-25T10:00:00+01:00"),
  timeZone: "Europe/Stockholm",
  language,
  defaultTime: { hour: 17, minute: 0 },
  workWeek: DEFAULT_WORK_WEEK,
});

const cases: [Language, string, string, string][] = [
  ["sv", "i fredags", "past reference", "-"],
  ["sv", "imorn", "relative day", "2026-11-26T17:00"],
  ["sv", "i morgon bitti", "relative day", "2026-11-26T09:00"],
  ["sv", "i eftermiddag", "part of today", "2026-11-25T17:00"],
  ["sv", "om en kvart", "duration from now", "2026-11-25T10:15"],
  ["sv", "inom 3 arbetsdagar", "duration from now", "2026-11-30T17:00"],
  ["sv", "den 3:e december", "day and month", "2026-12-03T17:00"],
  ["sv", "innan 15/12", "numeric date", "2026-12-14T17:00"],
  ["sv", "den 1:a", "day of month", "2026-12-01T17:00"],
  ["sv", "fredag v.49", "weekday", "2026-12-04T17:00"],
  ["sv", "på tors", "weekday short form", "2026-11-26T17:00"],
  ["sv", "i slutet av nästa vecka", "part of week", "2026-12-04T17:00"],
  ["sv", "efter helgen", "weekend", "2026-11-30T17:00"],
  ["sv", "andra veckan i januari", "week of a month", "2027-01-15T17:00"],
  ["sv", "första veckan i december", "week of a month", "2026-12-04T17:00"],
  ["sv", "vecka 1", "week", "2027-01-08T17:00"],
  ["sv", "före jul", "holidays and year end", "2026-12-23T17:00"],
  ["sv", "innan månadsskiftet", "part of month", "2026-11-30T17:00"],
  ["sv", "i mars", "month", "2027-03-31T17:00"],
  ["sv", "vid 16-tiden", "clock time", "2026-11-25T16:00"],
  ["sv", "halv nio", "Swedish clock talk", "2026-11-26T08:30"],
  ["sv", "fem i halv fyra", "Swedish clock talk", "2026-11-25T15:25"],
  ["sv", "tjugo över två", "Swedish clock talk", "2026-11-25T14:20"],
  ["sv", "nästa arbetsdag", "working day", "2026-11-26T17:00"],
  ["sv", "första tisdagen i februari", "ordinal weekday of a month", "2027-02-02T17:00"],
  ["sv", "18.12", "day.month", "2026-12-18T17:00"],
  ["sv", "efter lunch", "part of day", "2026-11-25T13:00"],
  ["en", "last Friday", "past reference", "-"],
  ["en", "two weeks from now", "days from now", "2026-12-09T17:00"],
  ["en", "first thing tomorrow", "relative day", "2026-11-26T09:00"],
  ["en", "tonight", "part of today", "2026-11-25T20:00"],
  ["en", "in 45 mins", "duration from now", "2026-11-25T10:45"],
  ["en", "Dec 3rd", "month and day", "2026-12-03T17:00"],
  ["en", "the 3rd of December", "day and month", "2026-12-03T17:00"],
  ["en", "by 2026-12-15", "numeric date", "2026-12-15T17:00"],
  ["en", "by the 15th", "day of month", "2026-12-15T17:00"],
  ["en", "next Friday", "weekday", "2026-12-04T17:00"],
  ["en", "mid next week", "part of week", "2026-12-02T17:00"],
  ["en", "before the weekend", "weekend", "2026-11-27T17:00"],
  ["en", "last week of January", "week of a month", "2027-01-29T17:00"],
  ["en", "wk 50", "week", "2026-12-11T17:00"],
  ["en", "before Christmas", "holidays and year end", "2026-12-23T17:00"],
  ["en", "EOM", "part of month", "2026-11-30T17:00"],
  ["en", "in January", "month", "2027-01-29T17:00"],
  ["en", "at 4:30pm", "clock time", "2026-11-25T16:30"],
  ["en", "quarter to three", "half and quarter hours", "2026-11-25T14:45"],
  ["en", "the last Monday of March", "ordinal weekday of a month", "2027-03-29T17:00"],
  ["en", "next business day", "working day", "2026-11-26T17:00"],
  ["en", "COB", "part of day", "2026-11-25T17:00"],
];

describe("deadline rules", () => {
  it.each(cases)("%s: %s is read by %s", (language, phrase, rule, expected) => {
    const opts = options(language);
    const found = phrasesIn(phrase, opts);
    expect(found.map((p) => p.rule)).toEqual([rule]);
    expect(found[0].index).toBe(0);
    expect(found[0].length).toBe(phrase.length);
    const dueAt = findDeadline(phrase, opts).dueAt;
    expect(dueAt ? formatIsoWithOffset(dueAt, opts.timeZone).slice(0, 16) : "-").toBe(expected);
  });

  it("leaves everyday words that look like dates alone", () => {
    for (const text of [
      "Må så gott!",
      "to-do list",
      "I sat down with Acme",
      "offerten v2 (final)",
      "priset är 12.50 kr",
      "1/2 dag",
      "I may call",
    ]) {
      const found = phrasesIn(text, options(/[åäö]|offerten|priset|dag/.test(text) ? "sv" : "en"));
      expect(
        found.filter((p) => !p.meaning.past),
        text,
      ).toEqual([]);
    }
  });
});
