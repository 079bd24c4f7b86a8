import { describe, expect, it } from "vitest";
import { relativeTime } from "../../src/language/format-deadline.js";

const STOCKHOLM = "Europe/Stockholm";
/** Monday 7 December 2026, 11:00 in Stockholm. */
const now = new Date("2026-12-07T10:00:00Z");
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);
const sv = (target: Date, from = now) => relativeTime(target, from, "sv", STOCKHOLM);
const en = (target: Date, from = now) => relativeTime(target, from, "en", STOCKHOLM);

describe("how far off a deadline is, in words", () => {
  it("says an hour as an hour, not sixty minutes, in both languages", () => {
    expect(sv(minutes(-60))).toBe("för 1 timme sedan");
    expect(en(minutes(-60))).toBe("1 hour ago");
    expect(sv(minutes(90))).toBe("om 1,5 timmar");
  });

  it("keeps minutes under the hour and hours within the day", () => {
    expect(sv(minutes(20))).toBe("om 20 minuter");
    expect(sv(minutes(13.5 * 60))).toBe("om 14 timmar");
    // Past midnight, still hours: 22:00 to 09:00 the next morning.
    expect(sv(new Date("2026-12-08T08:00:00Z"), new Date("2026-12-07T21:00:00Z"))).toBe("om 11 timmar");
    expect(sv(new Date("2026-12-07T23:20:00Z"), new Date("2026-12-07T22:50:00Z"))).toBe("om 30 minuter");
  });

  it("counts days as the reader's calendar does: tomorrow is 'i morgon' however many hours away", () => {
    expect(sv(minutes(25 * 60))).toBe("i morgon");
    expect(sv(minutes(33.5 * 60))).toBe("i morgon");
    expect(en(minutes(33.5 * 60))).toBe("tomorrow");
    // Wednesday 02:00 is the day after tomorrow, though only 39 hours away.
    expect(sv(new Date("2026-12-09T01:00:00Z"))).toBe("i övermorgon");
    expect(en(new Date("2026-12-09T01:00:00Z"))).toBe("in 2 days");
    expect(sv(minutes(-26 * 60))).toBe("i går");
    expect(en(minutes(-50 * 60))).toBe("2 days ago");
    expect(en(minutes(3 * 24 * 60))).toBe("in 3 days");
    expect(sv(minutes(5 * 24 * 60))).toBe("om 5 dagar");
  });

  it("reads the days in the reader's time zone, across the October clock change", () => {
    // Saturday 24 October 00:30 summer time to Sunday 23:30 winter time: 48 hours, and tomorrow.
    expect(sv(new Date("2026-10-25T22:30:00Z"), new Date("2026-10-23T22:30:00Z"))).toBe("i morgon");
    // The same two moments in New York are Friday evening and Sunday evening.
    expect(relativeTime(new Date("2026-10-25T22:30:00Z"), new Date("2026-10-23T22:30:00Z"), "en", "America/New_York")).toBe("in 2 days");
  });

  it("says now, not 'this minute'", () => {
    expect(sv(now)).toBe("nu");
    expect(en(now)).toBe("now");
  });
});
