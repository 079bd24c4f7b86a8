import { describe, expect, it } from "vitest";
import { type DigestCommitment, digestMomentThisWeek, summarizeDigest, weekKey } from "../../src/domain/digest.js";
import { SWEDISH_RED_DAYS } from "../../src/domain/holidays.js";
import { formatIsoWithOffset } from "../../src/domain/zoned-time.js";

const WEEK = { days: [1, 2, 3, 4, 5], redDays: SWEDISH_RED_DAYS };

const NOW = new Date("2026-11-30T08:00:00Z"); // Monday 30 November 2026, 09:00 in Stockholm

function promise(id: string, due: string, extra: Partial<DigestCommitment> = {}): DigestCommitment {
  return {
    id,
    ownerId: "U0ANNA",
    creatorId: "U0ANNA",
    task: `uppgift ${id}`,
    language: "sv",
    customer: null,
    dueAt: new Date(due),
    status: "open",
    completedAt: null,
    createdAt: new Date("2026-11-01T10:00:00Z"),
    lastAnswer: null,
    permalink: null,
    repeatText: null,
    ...extra,
  };
}

describe("the weekly digest summary", () => {
  it("counts open, due this week and overdue, and how many of last week's were kept on time", () => {
    const summary = summarizeDigest(
      [
        promise("late", "2026-11-27T16:00:00Z"),
        promise("risky", "2026-12-01T16:00:00Z", { lastAnswer: "cant_make_it" }),
        promise("thu", "2026-12-03T16:00:00Z", { ownerId: "U0BOB" }),
        promise("mon", "2026-11-30T16:00:00Z"),
        promise("later", "2026-12-10T16:00:00Z", { createdAt: new Date("2026-11-30T07:30:00Z") }),
        promise("kept", "2026-11-26T16:00:00Z", { status: "done", completedAt: new Date("2026-11-26T12:00:00Z") }),
        promise("kept-late", "2026-11-25T16:00:00Z", { status: "done", completedAt: new Date("2026-11-27T12:00:00Z") }),
        promise("dropped", "2026-11-24T16:00:00Z", { status: "cancelled" }),
      ],
      NOW,
      "Europe/Stockholm",
    );
    expect(summary).toMatchObject({ open: 5, dueThisWeek: 3, overdue: 1, keptOnTime: { kept: 1, due: 3 } });
    expect(summary.overdueItems.map((c) => c.id)).toEqual(["late"]);
    expect(summary.atRiskItems.map((c) => c.id)).toEqual(["risky"]);
    expect(summary.dueThisWeekByOwner).toEqual([
      { ownerId: "U0ANNA", items: [expect.objectContaining({ id: "mon" })] },
      { ownerId: "U0BOB", items: [expect.objectContaining({ id: "thu" })] },
    ]);
    expect(summary.keptLastWeekItems.map((c) => c.id)).toEqual(["kept-late", "kept"]);
    expect(summary.newThisWeekItems.map((c) => c.id)).toEqual(["later"]);
  });

  it("names weeks as ISO weeks on the workspace's clock, across the new year", () => {
    expect(weekKey(NOW, "Europe/Stockholm")).toBe("2026-W49");
    // Sunday 3 January 2027 23:30 in Stockholm is still ISO week 53 of 2026.
    expect(weekKey(new Date("2027-01-03T22:30:00Z"), "Europe/Stockholm")).toBe("2026-W53");
    expect(weekKey(new Date("2027-01-03T23:30:00Z"), "Europe/Stockholm")).toBe("2027-W01");
  });

  it("finds this week's digest moment in the workspace's zone", () => {
    expect(digestMomentThisWeek(new Date("2026-12-02T12:00:00Z"), "Europe/Stockholm", 1, { hour: 9, minute: 0 }, WEEK).toISOString()).toBe(
      "2026-11-30T08:00:00.000Z",
    );
  });

  it("moves a digest off a red day to the next working day of the same week", () => {
    const moment = (now: string, weekday: number) =>
      formatIsoWithOffset(
        digestMomentThisWeek(new Date(now), "Europe/Stockholm", weekday, { hour: 9, minute: 0 }, WEEK),
        "Europe/Stockholm",
      );
    // Monday 6 April 2026 is annandag påsk: Tuesday.
    expect(moment("2026-04-07T12:00:00Z", 1)).toBe("2026-04-07T09:00:00+02:00");
    // Friday 25 December 2026 (juldagen): no working day is left that week, so Wednesday 23rd.
    expect(moment("2026-12-22T12:00:00Z", 5)).toBe("2026-12-23T09:00:00+01:00");
    // An ordinary Monday stays.
    expect(moment("2026-04-14T12:00:00Z", 1)).toBe("2026-04-13T09:00:00+02:00");
  });
});
