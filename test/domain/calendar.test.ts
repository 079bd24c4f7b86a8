import { describe, expect, it } from "vitest";
import {
  addMonths,
  addWorkingDays,
  fridayOfWeekInMonth,
  fridayOfWeekNumber,
  isoWeek,
  isWorkingDay,
  lastWorkingDayOfMonth,
  nextWeekday,
  nextWorkingDay,
  upcomingDate,
  upcomingDayOfMonth,
  weekdayNextWeek,
  weekdayThisOrNext,
  workingDayBefore,
} from "../../src/domain/calendar.js";
import { NO_RED_DAYS, SWEDISH_RED_DAYS } from "../../src/domain/holidays.js";

const WEEKDAYS = { days: [1, 2, 3, 4, 5], redDays: SWEDISH_RED_DAYS };
const d = (year: number, month: number, day: number) => ({ year, month, day });
const wednesday = d(2026, 11, 25);

describe("calendar", () => {
  it("finds weekdays after today, this week and next ISO week (rule 3)", () => {
    expect(nextWeekday(wednesday, 3)).toEqual(d(2026, 12, 2));
    expect(nextWeekday(wednesday, 5)).toEqual(d(2026, 11, 27));
    expect(weekdayThisOrNext(wednesday, 3)).toEqual(wednesday);
    expect(weekdayThisOrNext(wednesday, 1)).toEqual(d(2026, 11, 30));
    expect(weekdayNextWeek(wednesday, 1)).toEqual(d(2026, 11, 30));
    expect(weekdayNextWeek(wednesday, 5)).toEqual(d(2026, 12, 4));
  });

  it("knows ISO weeks, including 2026's week 53 and next year's weeks (rule 4)", () => {
    expect(isoWeek(wednesday)).toEqual({ year: 2026, week: 48 });
    expect(isoWeek(d(2027, 1, 1))).toEqual({ year: 2026, week: 53 });
    expect(fridayOfWeekNumber(wednesday, 50)).toEqual(d(2026, 12, 11));
    expect(fridayOfWeekNumber(wednesday, 12)).toEqual(d(2027, 3, 26));
    expect(fridayOfWeekNumber(wednesday, 54)).toBeNull();
    expect(fridayOfWeekInMonth(2026, 12, 1)).toEqual(d(2026, 12, 4));
    expect(fridayOfWeekInMonth(2026, 11, -1)).toEqual(d(2026, 11, 27));
  });

  it("counts working days (rules 5 and 6)", () => {
    expect(workingDayBefore(d(2026, 11, 30), WEEKDAYS)).toEqual(d(2026, 11, 27));
    expect(lastWorkingDayOfMonth(2027, 1, WEEKDAYS)).toEqual(d(2027, 1, 29));
    // Red days are not working days: julafton to annandag jul, and nyårsafton (Thursday 31 December).
    expect(addWorkingDays(d(2026, 12, 21), 3, WEEKDAYS)).toEqual(d(2026, 12, 28));
    expect(lastWorkingDayOfMonth(2026, 12, WEEKDAYS)).toEqual(d(2026, 12, 30));
    expect(addWorkingDays(wednesday, 3, WEEKDAYS)).toEqual(d(2026, 11, 30));
  });

  it("takes red days from the workspace's country, with the eves off only when it says so", () => {
    const julafton = d(2026, 12, 24);
    expect(isWorkingDay(julafton, WEEKDAYS)).toBe(false);
    expect(isWorkingDay(julafton, { ...WEEKDAYS, redDays: { country: "SE", evesOff: false } })).toBe(true);
    // Juldagen stays a red day whatever the eves.
    expect(isWorkingDay(d(2026, 12, 25), { ...WEEKDAYS, redDays: { country: "SE", evesOff: false } })).toBe(false);
    // Monday 17 May 2027 is Norway's national day, an ordinary Monday in Sweden.
    const norway = { ...WEEKDAYS, redDays: { country: "NO", evesOff: true } };
    expect(isWorkingDay(d(2027, 5, 17), norway)).toBe(false);
    expect(isWorkingDay(d(2027, 5, 17), WEEKDAYS)).toBe(true);
    expect(nextWorkingDay(d(2027, 5, 14), norway)).toEqual(d(2027, 5, 18));
    // No red days at all: Christmas Day is a Friday like any other.
    expect(isWorkingDay(d(2026, 12, 25), { ...WEEKDAYS, redDays: NO_RED_DAYS })).toBe(true);
  });

  it("rolls dates that have passed into the next month or year (rule 9)", () => {
    expect(upcomingDate(wednesday, 3, 15)).toEqual(d(2027, 3, 15));
    expect(upcomingDate(wednesday, 12, 1)).toEqual(d(2026, 12, 1));
    expect(upcomingDayOfMonth(wednesday, 15)).toEqual(d(2026, 12, 15));
    expect(upcomingDayOfMonth(wednesday, 30)).toEqual(d(2026, 11, 30));
    expect(upcomingDayOfMonth(d(2026, 12, 14), 5)).toEqual(d(2027, 1, 5));
    expect(addMonths(d(2027, 1, 31), 1)).toEqual(d(2027, 2, 28));
  });
});

describe("wall clock with cached offsets", () => {
  it("reads every half hour around DST switches, gaps and repeats as Intl does, and back", async () => {
    const { fromLocal, toLocal } = await import("../../src/domain/zoned-time.js");
    const zones = ["Europe/Stockholm", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "UTC"];
    const days = [d(2026, 10, 25), d(2026, 11, 1), d(2027, 3, 14), d(2027, 3, 28), d(2026, 10, 4), d(2027, 4, 4)];
    for (const zone of zones) {
      const intl = new Intl.DateTimeFormat("en-US", {
        timeZone: zone,
        hourCycle: "h23",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
      });
      for (const day of days) {
        for (let minute = 0; minute < 24 * 60; minute += 30) {
          const local = { ...day, hour: Math.floor(minute / 60), minute: minute % 60 };
          const instant = fromLocal(local, zone);
          const parts = Object.fromEntries(intl.formatToParts(instant).map((p) => [p.type, Number(p.value)]));
          const { second: _, ...reading } = toLocal(instant, zone);
          expect(reading, `${zone} ${JSON.stringify(local)}`).toEqual({
            year: parts.year,
            month: parts.month,
            day: parts.day,
            hour: parts.hour,
            minute: parts.minute,
          });
        }
      }
    }
  });
});
