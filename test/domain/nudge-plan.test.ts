import { describe, expect, it } from "vitest";
import { type NudgeSettings, noAnswerEscalationAt, planNudges } from "../../src/domain/nudge-plan.js";
import { riskReason } from "../../src/domain/risk.js";
import { snoozeUntil } from "../../src/domain/snooze.js";
import { ALWAYS, parseWorkingHours } from "../../src/domain/working-hours.js";
import { formatIsoWithOffset } from "../../src/domain/zoned-time.js";

const SETTINGS: NudgeSettings = {
  morning: { hour: 9, minute: 0 },
  dueSoonBeforeMs: 2 * 3_600_000,
  overdueAfterMs: 3_600_000,
  escalateAfterMs: 2 * 3_600_000,
  overdueCount: 3,
  workingHours: parseWorkingHours("Mon-Fri 08:00-18:00") ?? ALWAYS,
};

function plan(dueAt: string, hasTime: boolean, now: string, timeZone = "Europe/Stockholm", extra = {}) {
  return planNudges({ dueAt: new Date(dueAt), hasTime, timeZone, ...extra }, SETTINGS, new Date(now)).map(
    (n) => `${n.kind} ${formatIsoWithOffset(n.at, timeZone)}`,
  );
}

describe("the nudge plan", () => {
  it("for a date-only promise made on Wednesday for Friday", () => {
    expect(plan("2026-11-27T17:00:00+01:00", false, "2026-11-25T10:00:00+01:00")).toEqual([
      "heads_up 2026-11-26T09:00:00+01:00",
      "due_soon 2026-11-27T09:00:00+01:00",
      // 18:00 on Friday is after work: the first overdue reminder waits for Monday morning.
      "overdue 2026-11-30T08:00:00+01:00",
      "overdue 2026-12-01T09:00:00+01:00",
      "overdue 2026-12-02T09:00:00+01:00",
    ]);
  });

  it("for a promise with a time: due soon 2 h before, overdue 1 h after", () => {
    expect(plan("2026-11-27T14:00:00+01:00", true, "2026-11-25T10:00:00+01:00")).toEqual([
      "heads_up 2026-11-26T09:00:00+01:00",
      "due_soon 2026-11-27T12:00:00+01:00",
      "overdue 2026-11-27T15:00:00+01:00",
      "overdue 2026-11-30T09:00:00+01:00",
      "overdue 2026-12-01T09:00:00+01:00",
    ]);
  });

  it("skips the heads-up when the deadline is less than a working day away", () => {
    expect(plan("2026-11-27T17:00:00+01:00", false, "2026-11-26T10:00:00+01:00")[0]).toBe("due_soon 2026-11-27T09:00:00+01:00");
  });

  it("over a weekend: the heads-up for Monday comes on Friday, and an early due-soon moves back into Friday's working hours", () => {
    expect(plan("2026-11-30T09:00:00+01:00", true, "2026-11-25T10:00:00+01:00").slice(0, 2)).toEqual([
      "heads_up 2026-11-27T09:00:00+01:00",
      "due_soon 2026-11-27T17:59:00+01:00",
    ]);
  });

  it("over Christmas: no reminder on julafton, juldagen or annandag jul, and the heads-up comes the last working day before", () => {
    // Due Monday 28 December 2026; Thursday 24 to Sunday 27 are days off.
    expect(plan("2026-12-28T17:00:00+01:00", false, "2026-12-21T10:00:00+01:00")).toEqual([
      "heads_up 2026-12-23T09:00:00+01:00",
      "due_soon 2026-12-28T09:00:00+01:00",
      "overdue 2026-12-29T08:00:00+01:00",
      "overdue 2026-12-30T09:00:00+01:00",
      // 31 December (nyårsafton) and 1 January are days off.
      "overdue 2027-01-04T09:00:00+01:00",
    ]);
  });

  it("a deadline on midsommarafton itself: asked on the working day before it, and overdue after the weekend", () => {
    // Midsommarafton 2026 is Friday 19 June; a promise due that day at 14:00.
    expect(plan("2026-06-19T14:00:00+02:00", true, "2026-06-15T10:00:00+02:00")).toEqual([
      "heads_up 2026-06-18T09:00:00+02:00",
      "due_soon 2026-06-18T17:59:00+02:00",
      "overdue 2026-06-22T08:00:00+02:00",
      "overdue 2026-06-23T09:00:00+02:00",
      "overdue 2026-06-24T09:00:00+02:00",
    ]);
  });

  it("'next working day' snoozes past red days: from 23 December to 28 December", () => {
    const until = snoozeUntil(
      "nextWorkingDay",
      new Date("2026-12-23T15:00:00+01:00"),
      "Europe/Stockholm",
      SETTINGS.morning,
      SETTINGS.workingHours,
    );
    expect(formatIsoWithOffset(until, "Europe/Stockholm")).toBe("2026-12-28T09:00:00+01:00");
    // "always" counts every day, red ones too.
    const always = snoozeUntil("nextWorkingDay", new Date("2026-12-23T15:00:00+01:00"), "Europe/Stockholm", SETTINGS.morning, ALWAYS);
    expect(formatIsoWithOffset(always, "Europe/Stockholm")).toBe("2026-12-24T09:00:00+01:00");
  });

  it("in the owner's own time zone (New York)", () => {
    expect(plan("2026-11-27T17:00:00-05:00", false, "2026-11-25T10:00:00-05:00", "America/New_York").slice(0, 3)).toEqual([
      "heads_up 2026-11-26T09:00:00-05:00",
      "due_soon 2026-11-27T09:00:00-05:00",
      "overdue 2026-11-30T08:00:00-05:00",
    ]);
  });

  it("across the autumn switch (Sunday 25 October 2026)", () => {
    expect(plan("2026-10-26T17:00:00+01:00", false, "2026-10-22T10:00:00+02:00").slice(0, 3)).toEqual([
      "heads_up 2026-10-23T09:00:00+02:00",
      "due_soon 2026-10-26T09:00:00+01:00",
      "overdue 2026-10-27T08:00:00+01:00",
    ]);
  });

  it("across the spring switch (Sunday 29 March 2026)", () => {
    expect(plan("2026-03-30T17:00:00+02:00", false, "2026-03-25T10:00:00+01:00").slice(0, 2)).toEqual([
      "heads_up 2026-03-27T09:00:00+01:00",
      "due_soon 2026-03-30T09:00:00+02:00",
    ]);
  });

  it("when the switch falls at Easter (Sunday 28 March 2027): the Monday after is annandag påsk, so it is asked the Thursday before", () => {
    expect(plan("2027-03-29T17:00:00+02:00", false, "2027-03-24T10:00:00+01:00").slice(0, 3)).toEqual([
      "heads_up 2027-03-25T09:00:00+01:00",
      "due_soon 2027-03-25T17:59:00+01:00",
      "overdue 2027-03-30T08:00:00+02:00",
    ]);
  });

  it("around midnight: a deadline at 00:30 gets its due-soon the working evening before", () => {
    expect(plan("2026-11-27T00:30:00+01:00", true, "2026-11-25T10:00:00+01:00").slice(0, 2)).toEqual([
      "heads_up 2026-11-26T09:00:00+01:00",
      "due_soon 2026-11-26T17:59:00+01:00",
    ]);
  });

  it("asks again when a snooze ends, and drops what falls inside it", () => {
    expect(
      plan("2026-11-27T14:00:00+01:00", true, "2026-11-27T12:05:00+01:00", "Europe/Stockholm", {
        snoozedUntil: new Date("2026-11-27T13:05:00+01:00"),
      }),
    ).toEqual([
      "due_soon 2026-11-27T13:05:00+01:00",
      "overdue 2026-11-27T15:00:00+01:00",
      "overdue 2026-11-30T09:00:00+01:00",
      "overdue 2026-12-01T09:00:00+01:00",
    ]);
  });

  it("with working hours turned off, reminders keep their exact times", () => {
    const always = planNudges(
      { dueAt: new Date("2026-11-29T10:00:00+01:00"), hasTime: true, timeZone: "Europe/Stockholm" },
      { ...SETTINGS, workingHours: ALWAYS },
      new Date("2026-11-29T07:00:00+01:00"),
    );
    expect(always.map((n) => `${n.kind} ${formatIsoWithOffset(n.at, "Europe/Stockholm")}`).slice(0, 2)).toEqual([
      "due_soon 2026-11-29T08:00:00+01:00",
      "overdue 2026-11-29T11:00:00+01:00",
    ]);
  });
});

describe("risk and snoozing", () => {
  const base = { status: "open", dueAt: new Date("2026-11-27T16:00:00Z"), lastAnswer: null, lastAnswerAt: null, dueSoonSentAt: null };

  it("is at risk when the owner can't make it, when a due-soon goes unanswered, or when overdue", () => {
    const now = new Date("2026-11-27T11:00:00Z");
    expect(riskReason(base, now)).toBeNull();
    expect(riskReason({ ...base, lastAnswer: "cant_make_it", lastAnswerAt: now }, now)).toBe("cant_make_it");
    expect(riskReason({ ...base, dueSoonSentAt: new Date("2026-11-27T08:00:00Z") }, now)).toBe("no_answer");
    expect(
      riskReason(
        {
          ...base,
          dueSoonSentAt: new Date("2026-11-27T08:00:00Z"),
          lastAnswer: "on_track",
          lastAnswerAt: new Date("2026-11-27T09:00:00Z"),
        },
        now,
      ),
    ).toBeNull();
    expect(riskReason(base, new Date("2026-11-27T16:00:00Z"))).toBe("overdue");
    expect(riskReason({ ...base, status: "done" }, new Date("2026-11-28T16:00:00Z"))).toBeNull();
  });

  it("escalates an unanswered due-soon after 2 h, or at the deadline if that is sooner", () => {
    // A day (due 17:00 Stockholm, 16:00 UTC): asked at the morning's 09:00, the lead hears at 11:00.
    const day = { dueAt: new Date("2026-11-27T16:00:00Z"), hasTime: false, timeZone: "Europe/Stockholm" };
    expect(noAnswerEscalationAt(new Date("2026-11-27T08:00:00Z"), day, SETTINGS).toISOString()).toBe("2026-11-27T10:00:00.000Z");
    expect(noAnswerEscalationAt(new Date("2026-11-27T15:00:00Z"), day, SETTINGS).toISOString()).toBe("2026-11-27T16:00:00.000Z");
  });

  it("does not bring the lead's alert forward when the question was asked early, after a snooze the day before", () => {
    // Due Wednesday 15:00; snoozed for 3 h on Tuesday, asked again at 16:00 and not answered.
    const timed = { dueAt: new Date("2026-12-09T14:00:00Z"), hasTime: true, timeZone: "Europe/Stockholm" };
    // Not Tuesday 18:00: the question is usually asked at 13:00 on the day, so at 15:00, the deadline.
    expect(noAnswerEscalationAt(new Date("2026-12-08T15:00:00Z"), timed, SETTINGS).toISOString()).toBe("2026-12-09T14:00:00.000Z");
    const day = { dueAt: new Date("2026-12-09T16:00:00Z"), hasTime: false, timeZone: "Europe/Stockholm" };
    // A day: 11:00 on the day, not Tuesday evening.
    expect(noAnswerEscalationAt(new Date("2026-12-08T15:00:00Z"), day, SETTINGS).toISOString()).toBe("2026-12-09T10:00:00.000Z");
  });

  it("snoozes to tomorrow 09:00 or the next working day, on the owner's clock", () => {
    const friday = new Date("2026-11-27T15:00:00+01:00");
    expect(
      formatIsoWithOffset(snoozeUntil("tomorrow", friday, "Europe/Stockholm", SETTINGS.morning, SETTINGS.workingHours), "Europe/Stockholm"),
    ).toBe("2026-11-28T09:00:00+01:00");
    expect(
      formatIsoWithOffset(
        snoozeUntil("nextWorkingDay", friday, "Europe/Stockholm", SETTINGS.morning, SETTINGS.workingHours),
        "Europe/Stockholm",
      ),
    ).toBe("2026-11-30T09:00:00+01:00");
    expect(snoozeUntil("3h", friday, "Europe/Stockholm", SETTINGS.morning, SETTINGS.workingHours).toISOString()).toBe(
      "2026-11-27T17:00:00.000Z",
    );
  });

  it("reads working hours as people write them", () => {
    expect(parseWorkingHours("Mon-Fri 08:00-18:00")).toEqual({
      days: [1, 2, 3, 4, 5],
      start: { hour: 8, minute: 0 },
      end: { hour: 18, minute: 0 },
      redDays: { country: "SE", evesOff: true },
    });
    expect(parseWorkingHours("Sun-Tue 07:30-16:00")?.days).toEqual([1, 2, 7]);
    expect(parseWorkingHours("always")).toBe(ALWAYS);
    expect(parseWorkingHours("Mon-Fri 18:00-08:00")).toBeNull();
    expect(parseWorkingHours("weekdays")).toBeNull();
  });
});
