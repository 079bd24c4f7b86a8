import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../../src/store/database.js";
import { firstSighting } from "../../src/store/seen-requests.js";
import { openTestDatabase, postgresReachable, type TestDatabase } from "../support/databases.js";

/** A signed request is acted on once, however often it arrives within Slack's window. */
const WINDOW_END = new Date(Date.now() + 5 * 60_000);

describe("requests seen on PGlite", () => {
  const open: Database[] = [];
  const dirs: string[] = [];
  afterEach(async () => {
    for (const db of open.splice(0)) await db.close().catch(() => {});
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  });
  const start = async (dataDir: string) => {
    const db = await openDatabase({ dataDir });
    open.push(db);
    return db;
  };

  it("are still replays after Lofte stops and starts again", async () => {
    const dir = await mkdtemp(join(tmpdir(), "lofte-seen-"));
    dirs.push(dir);
    const before = await start(dir);
    expect(await firstSighting(before, "request-a", WINDOW_END)).toBe(true);
    expect(await firstSighting(before, "request-a", WINDOW_END)).toBe(false);
    await before.close();
    open.splice(0);

    const after = await start(dir);
    expect(await firstSighting(after, "request-a", WINDOW_END)).toBe(false);
    expect(await firstSighting(after, "request-b", WINDOW_END)).toBe(true);
  }, 60_000);
});

describe.runIf(await postgresReachable())("requests seen on PostgreSQL, which replicas share", () => {
  let db: TestDatabase;
  let replica: Database;
  afterEach(async () => {
    await replica?.close();
    await db?.close();
  });

  it("are replays on every replica as soon as one has seen them", async () => {
    db = await openTestDatabase("postgresql");
    replica = await openDatabase({ url: db.url });
    expect(await firstSighting(db, "request-a", WINDOW_END)).toBe(true);
    expect(await firstSighting(replica, "request-a", WINDOW_END)).toBe(false);
    expect(await firstSighting(replica, "request-b", WINDOW_END)).toBe(true);
    expect(await firstSighting(db, "request-b", WINDOW_END)).toBe(false);
  });
});
