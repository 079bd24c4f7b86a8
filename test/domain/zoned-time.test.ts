import { describe, expect, it } from "vitest";
import { formatIsoWithOffset, fromLocal, isoWeekday, offsetMinutes, timeZoneOfPlace, toLocal } from "../../src/domain/zoned-time.js";

describe("wall-clock time in a zone", () => {
  it("uses the offset in force on the date itself, not today's", () => {
    // Said in November (UTC+1), 1 April 14:00 is summer time (UTC+2).
    expect(
      formatIsoWithOffset(fromLocal({ year: 2027, month: 4, day: 1, hour: 14, minute: 0 }, "Europe/Stockholm"), "Europe/Stockholm"),
    ).toBe("2027-04-01T14:00:00+02:00");
    expect(
      formatIsoWithOffset(fromLocal({ year: 2026, month: 11, day: 27, hour: 17, minute: 0 }, "Europe/Stockholm"), "Europe/Stockholm"),
    ).toBe("2026-11-27T17:00:00+01:00");
  });

  it("moves a time skipped by the spring switch forward by the gap (28 March 2027, 02:30)", () => {
    const instant = fromLocal({ year: 2027, month: 3, day: 28, hour: 2, minute: 30 }, "Europe/Stockholm");
    expect(formatIsoWithOffset(instant, "Europe/Stockholm")).toBe("2027-03-28T03:30:00+02:00");
  });

  it("takes the first of a time repeated by the autumn switch (25 October 2026, 02:30)", () => {
    const instant = fromLocal({ year: 2026, month: 10, day: 25, hour: 2, minute: 30 }, "Europe/Stockholm");
    expect(instant.toISOString()).toBe("2026-10-25T00:30:00.000Z");
    expect(offsetMinutes(instant, "Europe/Stockholm")).toBe(120);
  });

  it("reads midnight and the day boundary in the zone, not on the server", () => {
    const justAfterMidnight = new Date("2026-11-26T23:30:00Z"); // 00:30 on the 27th in Stockholm
    expect(toLocal(justAfterMidnight, "Europe/Stockholm")).toMatchObject({ year: 2026, month: 11, day: 27, hour: 0, minute: 30 });
    expect(toLocal(justAfterMidnight, "America/New_York")).toMatchObject({ day: 26, hour: 18, minute: 30 });
    expect(fromLocal({ year: 2026, month: 11, day: 27, hour: 0, minute: 0 }, "Europe/Stockholm").toISOString()).toBe(
      "2026-11-26T23:00:00.000Z",
    );
  });

  it("knows ISO weekdays across month ends (Monday = 1, Sunday = 7)", () => {
    expect(isoWeekday({ year: 2026, month: 11, day: 30 })).toBe(1);
    expect(isoWeekday({ year: 2026, month: 11, day: 29 })).toBe(7);
    expect(isoWeekday({ year: 2027, month: 1, day: 1 })).toBe(5);
  });
});

describe("a time zone typed as its place", () => {
  it.each([
    ["Stockholm", "Europe/Stockholm"],
    ["new york", "America/New_York"],
    ["  London ", "Europe/London"],
    ["Sao_Paulo", "America/Sao_Paulo"],
    ["São Paulo", "America/Sao_Paulo"],
    ["Göteborg", "Europe/Stockholm"],
    ["Helsingfors", "Europe/Helsinki"],
  ])("%s is %s", (place, zone) => {
    expect(timeZoneOfPlace(place)).toBe(zone);
  });

  it.each(["Mars/Olympus", "Olympus", "", "Europe"])("%s names no zone", (place) => {
    expect(timeZoneOfPlace(place)).toBeNull();
  });
});
