import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SWEDISH_RED_DAYS } from "../../src/domain/holidays.js";
import { type Database, openDatabase } from "../../src/store/database.js";
import { ensureWorkspace } from "../../src/store/workspaces.js";
import { ADMIN_URL, databaseKinds, openTestDatabase, type TestDatabase } from "../support/databases.js";

/**
 * Workspace settings are kept in each process; a change made anywhere (another replica, an
 * admin's settings form) is seen by every process right after it commits.
 */

const DEFAULTS = {
  language: "sv" as const,
  timeZone: "Europe/Stockholm",
  deadlineTime: "17:00",
  workingHours: { days: [1, 2, 3, 4, 5], start: { hour: 8, minute: 0 }, end: { hour: 18, minute: 0 }, redDays: SWEDISH_RED_DAYS },
};

describe.each(databaseKinds())("workspace settings kept in memory on %s", (kind) => {
  let db: TestDatabase;
  let other: Database;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    // On PostgreSQL a second process's pool (a replica); PGlite has one process.
    other = kind === "postgresql" && db.url ? await openDatabase({ url: db.url }) : db;
  }, 60_000);
  afterAll(async () => {
    if (other !== db) await other?.close();
    await db?.close();
  });

  it("a setting changed through one process is what every process reads next", async () => {
    expect((await ensureWorkspace(db, "T0CACHE", DEFAULTS)).language).toBe("sv");
    expect((await ensureWorkspace(other, "T0CACHE", DEFAULTS)).language).toBe("sv");
    await db.prisma.workspace.update({ where: { id: "T0CACHE" }, data: { language: "en", defaultLeadId: "U0KARIN" } });
    // The notice arrives right after the commit; on PostgreSQL it crosses a connection.
    await expect
      .poll(async () => (await ensureWorkspace(other, "T0CACHE", DEFAULTS)).language, { timeout: 5_000, interval: 20 })
      .toBe("en");
    expect(await ensureWorkspace(db, "T0CACHE", DEFAULTS)).toMatchObject({ language: "en", defaultLeadId: "U0KARIN" });
  });

  it.runIf(kind === "postgresql")(
    "without its listening connection, a process reads the database every time until it listens again",
    async () => {
      await ensureWorkspace(other, "T0LOST", DEFAULTS);
      const admin = new pg.Client({ connectionString: ADMIN_URL });
      await admin.connect();
      try {
        // The listening sessions are cut, as a network blip or a server restart would.
        await admin.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = 'LISTEN lofte_workspace' AND pid <> pg_backend_pid()`,
        );
        await new Promise((resolve) => setTimeout(resolve, 200));
        await db.prisma.workspace.update({ where: { id: "T0LOST" }, data: { timeZone: "Europe/London" } });
        // No notice can reach it now, and it still reads the change at once.
        expect((await ensureWorkspace(other, "T0LOST", DEFAULTS)).timeZone).toBe("Europe/London");
        // It listens again within seconds, and changes reach it as before.
        await expect
          .poll(
            async () =>
              (await admin.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE query = 'LISTEN lofte_workspace'`)).rows[0].n,
            {
              timeout: 10_000,
              interval: 200,
            },
          )
          .toBeGreaterThanOrEqual(2);
        await ensureWorkspace(other, "T0LOST", DEFAULTS);
        await db.prisma.workspace.update({ where: { id: "T0LOST" }, data: { timeZone: "America/New_York" } });
        await expect
          .poll(async () => (await ensureWorkspace(other, "T0LOST", DEFAULTS)).timeZone, { timeout: 5_000, interval: 20 })
          .toBe("America/New_York");
      } finally {
        await admin.end();
      }
    },
    30_000,
  );
});
