import { describe, expect, it } from "vitest";
import { nextOccurrence, type Occurrence, ruleOccurs } from "../../src/domain/series.js";
import { ALWAYS, parseWorkingHours } from "../../src/domain/working-hours.js";
import { formatIsoDate, type LocalDate } from "../../src/domain/zoned-time.js";

const WEEKDAYS = parseWorkingHours("Mon-Fri 08:00-18:00") ?? ALWAYS;
const day = (iso: string): LocalDate => {
  const [year, month, d] = iso.split("-").map(Number);
  return { year, month, day: d };
};

/** The first `count` occurrences, as "occurs→due" ISO dates. */
function occurrences(rule: string, first: string, count: number, hours = WEEKDAYS): string[] {
  const out: string[] = [];
  let last: Occurrence | null = null;
  for (let i = 0; i < count; i++) {
    last = nextOccurrence(rule, day(first), last, hours);
    if (!last) break;
    const [on, due] = [formatIsoDate(last.occursOn), formatIsoDate(last.dueOn)];
    out.push(on === due ? on : `${on}→${due}`);
  }
  return out;
}

describe("repeating promises", () => {
  it("every Friday, over Christmas: Friday 25 December is juldagen, so that one is due Wednesday 23rd", () => {
    expect(occurrences("FREQ=WEEKLY;BYDAY=FR", "2026-12-11", 5)).toEqual([
      "2026-12-11",
      "2026-12-18",
      "2026-12-25→2026-12-23",
      "2027-01-01→2026-12-30",
      "2027-01-08",
    ]);
  });

  it("every day ('varje dag'): weekends and red days are skipped, never doubled onto the Friday", () => {
    expect(occurrences("FREQ=DAILY", "2026-12-21", 6)).toEqual([
      "2026-12-21",
      "2026-12-22",
      "2026-12-23",
      "2026-12-28",
      "2026-12-29",
      "2026-12-30",
    ]);
  });

  it("every Monday and Thursday, and every other Tuesday", () => {
    expect(occurrences("FREQ=WEEKLY;BYDAY=MO,TH", "2026-11-26", 4)).toEqual(["2026-11-26", "2026-11-30", "2026-12-03", "2026-12-07"]);
    expect(occurrences("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", "2026-12-01", 3)).toEqual(["2026-12-01", "2026-12-15", "2026-12-29"]);
  });

  it("with 'always' working hours, red days are days like any other", () => {
    expect(occurrences("FREQ=WEEKLY;BYDAY=FR", "2026-12-18", 2, ALWAYS)).toEqual(["2026-12-18", "2026-12-25"]);
  });

  it("every working day over Christmas: the red days are skipped, not doubled onto the day before", () => {
    expect(occurrences("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "2026-12-22", 5)).toEqual([
      "2026-12-22",
      "2026-12-23",
      "2026-12-28",
      "2026-12-29",
      "2026-12-30",
    ]);
  });

  it("monthly on the 31st: the last day in shorter months, moved off weekends", () => {
    expect(occurrences("FREQ=MONTHLY;BYMONTHDAY=31", "2027-01-31", 4)).toEqual([
      "2027-01-31→2027-01-29",
      "2027-02-28→2027-02-26",
      "2027-03-31",
      "2027-04-30",
    ]);
  });

  it("every other Monday, and the first Monday of each month", () => {
    expect(occurrences("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", "2026-12-07", 3)).toEqual(["2026-12-07", "2026-12-21", "2027-01-04"]);
    expect(occurrences("FREQ=MONTHLY;BYDAY=1MO", "2027-01-04", 3)).toEqual(["2027-01-04", "2027-02-01", "2027-03-01"]);
  });

  it("a rule that never occurs is told apart", () => {
    expect(ruleOccurs("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", day("2027-01-01"))).toBe(false);
    expect(ruleOccurs("not a rule", day("2027-01-01"))).toBe(false);
    expect(ruleOccurs("FREQ=WEEKLY;BYDAY=FR", day("2027-01-01"))).toBe(true);
  });
});
