import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds, openTestDatabase, type TestDatabase } from "../support/databases.js";
import type { RecordedCall } from "../support/fake-slack.js";
import { type Lofte, startLofte } from "../support/harness.js";
import { seedReminders } from "../support/seed.js";

/**
 * Slack down for a minute of (test-clock) time: for 30 s every call answers 500, for the next
 * 30 s 429 with Retry-After: 2. Reminders fall due before and during the outage, and the
 * scheduler ticks every second throughout (LOFTE_TICK="* * * * * *"). Afterwards every
 * reminder is delivered, exactly once, soon after Slack is back; while rate-limited, Lofte
 * waits as long as Slack asks, and the 429s do not use up a reminder's attempts.
 */

const START = new Date("2026-11-27T08:00:00Z");
const TICK_MS = 1_000;
const SERVER_ERRORS_UNTIL_MS = 30_000;
const RATE_LIMITED_UNTIL_MS = 60_000;
const RETRY_AFTER_S = 2;
/** Due before the outage began. */
const DUE_AT_START = 6;
/** Falling due during the outage, one every 4 s. */
const DUE_DURING = 14;
const DUE_EVERY_S = 4;
const REMINDERS = DUE_AT_START + DUE_DURING;
const WORKSPACE = "T0OUTAGE";

type Mode = "500" | "429" | "ok";

function modeAt(elapsedMs: number): Mode {
  if (elapsedMs < SERVER_ERRORS_UNTIL_MS) return "500";
  if (elapsedMs < RATE_LIMITED_UNTIL_MS) return "429";
  return "ok";
}

describe.each(databaseKinds())("Slack failing for a minute on %s", (kind) => {
  let db: TestDatabase;
  let lofte: Lofte;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    lofte = await startLofte(db, START.toISOString());
    const session = await db.session();
    await seedReminders(session, { workspaceId: WORKSPACE, total: REMINDERS, due: DUE_AT_START, now: START });
    // The others fall due during the outage: 4 s, 8 s, … 56 s after it began.
    await session.query(
      `UPDATE "Nudge" n SET "dueAt" = $2::timestamptz + (s.rn * $3::int || ' seconds')::interval
         FROM (SELECT id, row_number() OVER (ORDER BY "dueAt") AS rn FROM "Nudge" WHERE "workspaceId" = $1 AND "dueAt" > $2::timestamptz) s
        WHERE n.id = s.id`,
      [WORKSPACE, START.toISOString(), DUE_EVERY_S],
    );
    await session.release();
  });

  afterAll(async () => {
    await lofte?.stop();
    await db?.close();
  });

  it("delivers every reminder exactly once after Slack is back, and waits out each Retry-After", async () => {
    const slack = lofte.slack;
    // Every call a tick made, with the mode Slack was in and the clock time of that tick.
    const attempts: { call: RecordedCall; mode: Mode; elapsedMs: number }[] = [];
    const fail = (status: number, headers?: Record<string, string>) => {
      for (const method of ["chat.postMessage", "users.info"])
        slack.failures.set(method, { status, headers, times: Number.MAX_SAFE_INTEGER });
    };

    let elapsedMs = 0;
    let delivered = 0;
    for (; elapsedMs <= RATE_LIMITED_UNTIL_MS + 5 * 60_000; elapsedMs += TICK_MS) {
      const mode = modeAt(elapsedMs);
      if (mode === "500") fail(500);
      else if (mode === "429") fail(429, { "retry-after": String(RETRY_AFTER_S) });
      else slack.failures.clear();
      lofte.clock.set(new Date(START.getTime() + elapsedMs));
      const before = slack.calls.length;
      await lofte.tick();
      for (const call of slack.calls.slice(before)) if (call.method === "chat.postMessage") attempts.push({ call, mode, elapsedMs });
      delivered = attempts.filter((a) => a.mode === "ok").length;
      if (mode === "ok" && delivered >= REMINDERS) break;
    }
    const backAfterMs = elapsedMs - RATE_LIMITED_UNTIL_MS;

    // Lofte kept trying during the outage, in both phases.
    expect(attempts.filter((a) => a.mode === "500").length).toBeGreaterThan(0);
    expect(attempts.filter((a) => a.mode === "429").length).toBeGreaterThan(0);

    // Each owner got exactly one reminder, once Slack was back, and soon: within two minutes
    // (a reminder that met a 500 waits a minute before its next try).
    const delivery = attempts.filter((a) => a.mode === "ok").map((a) => String(a.call.params.channel));
    const rows = await db.prisma.nudge.findMany({ where: { workspaceId: WORKSPACE, kind: "due_soon" } });
    const unsent = rows.filter((r) => r.state !== "sent").map((r) => `${r.state} after ${r.attempts} attempts: ${r.lastError ?? ""}`);
    expect(delivery, `not delivered:\n${unsent.join("\n")}`).toHaveLength(REMINDERS);
    expect(new Set(delivery).size).toBe(REMINDERS);
    expect(backAfterMs).toBeLessThanOrEqual(120_000);

    // While rate-limited, nobody's reminder was tried again before Slack's Retry-After was over.
    const lastTry = new Map<string, { mode: Mode; elapsedMs: number }>();
    for (const a of attempts) {
      const channel = String(a.call.params.channel);
      const previous = lastTry.get(channel);
      if (previous?.mode === "429")
        expect(
          a.elapsedMs - previous.elapsedMs,
          `${channel} tried again ${a.elapsedMs - previous.elapsedMs} ms after a 429`,
        ).toBeGreaterThanOrEqual(RETRY_AFTER_S * 1000);
      lastTry.set(channel, a);
    }

    // The outbox agrees: every reminder sent, none given up on.
    expect(rows).toHaveLength(REMINDERS);
    expect(unsent).toEqual([]);

    // And nothing more goes out on later ticks.
    const posts = slack.callsTo("chat.postMessage").length;
    for (let i = 1; i <= 3; i++) {
      lofte.clock.set(new Date(START.getTime() + elapsedMs + i * TICK_MS));
      await lofte.tick();
    }
    expect(slack.callsTo("chat.postMessage")).toHaveLength(posts);
  });
});
