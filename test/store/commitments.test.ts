import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SWEDISH_RED_DAYS } from "../../src/domain/holidays.js";
import { ALWAYS } from "../../src/domain/working-hours.js";
import { changeCommitment, commitmentEvents, createCommitment, findCommitment, type NewCommitment } from "../../src/store/commitments.js";
import { openDatabase } from "../../src/store/database.js";
import { firstSighting, forgetExpiredRequests } from "../../src/store/seen-requests.js";
import { ensureWorkspace } from "../../src/store/workspaces.js";
import { databaseKinds, openTestDatabase, type TestDatabase } from "../support/databases.js";

const AT = new Date("2026-11-25T09:00:00Z");
const DEFAULTS = {
  language: "sv" as const,
  timeZone: "Europe/Stockholm",
  deadlineTime: "17:00",
  workingHours: { days: [1, 2, 3, 4, 5], start: { hour: 8, minute: 0 }, end: { hour: 18, minute: 0 }, redDays: SWEDISH_RED_DAYS },
};

function promise(workspaceId: string, task = "skicka offerten"): NewCommitment {
  return {
    workspaceId,
    ownerId: "U0ANNA",
    creatorId: "U0ANNA",
    task,
    customer: "Acme",
    originalText: `jag ${task} till Acme fredag`,
    language: "sv",
    sourceChannelId: "C0SALES",
    dueAt: new Date("2026-11-27T16:00:00Z"),
    hasTime: false,
    timeZone: "Europe/Stockholm",
  };
}

describe.each(databaseKinds())("commitments on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await ensureWorkspace(db, "T0ONE", DEFAULTS);
    await ensureWorkspace(db, "T0TWO", DEFAULTS);
  });
  afterAll(async () => {
    await db?.close();
  });

  it("creates a workspace once, with the defaults, and keeps later settings", async () => {
    await db.prisma.workspace.update({ where: { id: "T0ONE" }, data: { language: "en" } });
    const again = await ensureWorkspace(db, "T0ONE", DEFAULTS);
    expect(again).toMatchObject({
      language: "en",
      timeZone: "Europe/Stockholm",
      defaultDeadlineTime: "17:00",
    });
    expect(again.workingHours).toEqual(DEFAULTS.workingHours);
  });

  it("copies 'always' working hours to a new workspace as the whole week, midnight to midnight", async () => {
    const always = await ensureWorkspace(db, "T0ALWAYS", { ...DEFAULTS, workingHours: ALWAYS });
    expect(always.workingHours).toEqual(ALWAYS);
  });

  it("never finds or changes another workspace's commitment", async () => {
    const mine = await createCommitment(db, promise("T0ONE"), AT);
    expect(await findCommitment(db.prisma, "T0TWO", mine.id)).toBeNull();
    const attempt = await changeCommitment(
      db.prisma,
      { workspaceId: "T0TWO", id: mine.id, expectedVersion: mine.version },
      { status: "cancelled" },
      { actorId: "U0EVE", kind: "cancelled", at: AT },
    );
    expect(attempt).toEqual({ ok: false, reason: "not_found" });
    expect((await findCommitment(db.prisma, "T0ONE", mine.id))?.status).toBe("open");
    expect(await commitmentEvents(db.prisma, "T0TWO", mine.id)).toEqual([]);
  });

  it("refuses a change made against an old version (optimistic lock)", async () => {
    const c = await createCommitment(db, promise("T0ONE", "ringa kunden"), AT);
    const first = await changeCommitment(
      db.prisma,
      { workspaceId: "T0ONE", id: c.id, expectedVersion: 1 },
      { task: "ringa Acme" },
      { actorId: "U0ANNA", kind: "edited", at: AT },
    );
    expect(first.ok && first.commitment.version).toBe(2);
    const stale = await changeCommitment(
      db.prisma,
      { workspaceId: "T0ONE", id: c.id, expectedVersion: 1 },
      { task: "något annat" },
      { actorId: "U0BOB", kind: "edited", at: AT },
    );
    expect(stale).toEqual({ ok: false, reason: "conflict" });
    expect((await findCommitment(db.prisma, "T0ONE", c.id))?.task).toBe("ringa Acme");
  });

  it("keeps an audit trail of who changed what, before and after", async () => {
    const c = await createCommitment(db, promise("T0ONE", "boka demo"), AT);
    const later = new Date("2026-11-25T10:00:00Z");
    await changeCommitment(
      db.prisma,
      { workspaceId: "T0ONE", id: c.id, expectedVersion: 1 },
      { dueAt: new Date("2026-11-30T16:00:00Z"), ownerId: "U0BOB" },
      { actorId: "U0LEAD", kind: "edited", at: later },
    );
    const events = await commitmentEvents(db.prisma, "T0ONE", c.id);
    expect(events.map((e) => e.kind)).toEqual(["created", "edited"]);
    expect(events[1]).toMatchObject({
      actorId: "U0LEAD",
      before: { dueAt: "2026-11-27T16:00:00.000Z", ownerId: "U0ANNA" },
      after: { dueAt: "2026-11-30T16:00:00.000Z", ownerId: "U0BOB" },
    });
    expect(events[1].at.toISOString()).toBe(later.toISOString());
  });

  it("stores a promise due on the last day of the year 9999, with its reminders in the year 10000", async () => {
    const dueAt = new Date("9999-12-31T16:00:00Z");
    const overdue = new Date("+010000-01-03T08:00:00Z");
    const c = await createCommitment(db, { ...promise("T0ONE", "skicka allt"), dueAt }, AT, () => [{ kind: "overdue", at: overdue }]);
    expect((await findCommitment(db.prisma, "T0ONE", c.id))?.dueAt.toISOString()).toBe(dueAt.toISOString());
    // Prisma reads no instant past 9999 (an Invalid Date): PostgreSQL's own words, then.
    const session = await db.session();
    try {
      const rows = await session.query<{ due: string }>(
        `SELECT to_char("dueAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') AS due FROM "Nudge" WHERE "commitmentId" = $1`,
        [c.id],
      );
      expect(rows).toEqual([{ due: "10000-01-03 08:00" }]);
    } finally {
      await session.release();
    }
  });

  it("stores the deadline as an instant, whatever the session's time zone", async () => {
    const c = await createCommitment(db, { ...promise("T0ONE", "skicka avtalet"), dueAt: new Date("2027-04-01T12:00:00Z") }, AT);
    const session = await db.session();
    try {
      await session.exec("SET TIME ZONE 'America/New_York'");
      const [row] = await session.query<{ due: string }>(
        `SELECT to_char("dueAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI') AS due FROM "Commitment" WHERE id = $1`,
        [c.id],
      );
      expect(row.due).toBe("2027-04-01T12:00");
      await session.exec("SET TIME ZONE 'UTC'");
    } finally {
      await session.release();
    }
  });
});

// A server someone set up in Stockholm runs its sessions on Stockholm time unless told otherwise.
describe.runIf(databaseKinds().includes("postgresql"))("on a PostgreSQL server whose time zone is Europe/Stockholm", () => {
  it("keeps every instant as it is, whether the driver or Prisma wrote or reads it", async () => {
    const made = await openTestDatabase("postgresql");
    const name = new URL(made.url as string).pathname.slice(1);
    const admin = await made.session();
    await admin.exec(`ALTER DATABASE ${name} SET timezone TO 'Europe/Stockholm'`);
    await admin.release();
    const db = await openDatabase({ url: made.url });
    try {
      await ensureWorkspace(db, "T0ONE", DEFAULTS);
      // Written by the driver (Database.query), read by Prisma.
      const c = await createCommitment(db, promise("T0ONE"), AT, () => [{ kind: "due_soon", at: new Date("2026-11-27T08:00:00Z") }]);
      expect((await findCommitment(db.prisma, "T0ONE", c.id))?.dueAt.toISOString()).toBe("2026-11-27T16:00:00.000Z");
      const [nudge] = await db.prisma.nudge.findMany({ where: { commitmentId: c.id } });
      expect(nudge.dueAt.toISOString()).toBe("2026-11-27T08:00:00.000Z");
      // Written by Prisma, compared by the server with what the driver wrote.
      const expiresAt = new Date("2026-11-25T09:05:00Z");
      expect(await firstSighting(db, "request-stockholm", expiresAt)).toBe(true);
      expect(await forgetExpiredRequests(db.prisma, new Date("2026-11-25T09:04:00Z"))).toBe(0);
      expect(await forgetExpiredRequests(db.prisma, new Date("2026-11-25T09:06:00Z"))).toBe(1);
    } finally {
      await db.close();
      await made.close();
    }
  });
});
