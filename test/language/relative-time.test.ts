import { describe, expect, it } from "vitest";
import { relativeTime } from "../../src/language/format-deadline.js";

const now = new Date("2026-12-07T10:00:00Z");
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);

describe("how far off a deadline is, in words", () => {
  it("says an hour as an hour, not sixty minutes, in both languages", () => {
    expect(relativeTime(minutes(-60), now, "sv")).toBe("för 1 timme sedan");
    expect(relativeTime(minutes(-60), now, "en")).toBe("1 hour ago");
    expect(relativeTime(minutes(90), now, "sv")).toBe("om 1,5 timmar");
  });

  it("keeps minutes under the hour, whole hours within the day and days beyond it", () => {
    expect(relativeTime(minutes(20), now, "sv")).toBe("om 20 minuter");
    expect(relativeTime(minutes(13.5 * 60), now, "sv")).toBe("om 14 timmar");
    expect(relativeTime(minutes(25 * 60), now, "sv")).toBe("om 1 dag");
    expect(relativeTime(minutes(33.5 * 60), now, "sv")).toBe("om 1 dag");
    expect(relativeTime(minutes(-50 * 60), now, "sv")).toBe("för 2 dagar sedan");
    expect(relativeTime(minutes(3 * 24 * 60), now, "en")).toBe("in 3 days");
  });

  it("says now, not 'this minute'", () => {
    expect(relativeTime(now, now, "sv")).toBe("nu");
    expect(relativeTime(now, now, "en")).toBe("now");
  });
});
