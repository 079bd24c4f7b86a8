import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assembleLofte } from "../../src/assemble.js";
import { loadConfig } from "../../src/config.js";
import { runNudgeTick } from "../../src/jobs/nudge-tick.js";
import { type Database, openDatabase } from "../../src/store/database.js";
import { databaseKinds, openTestDatabase, type TestDatabase } from "../support/databases.js";
import { FakeSlack } from "../support/fake-slack.js";
import { seedReminders } from "../support/seed.js";

/** Two Lofte instances on one PostgreSQL: every reminder is sent exactly once. */
describe.runIf(databaseKinds().includes("postgresql"))("two replicas on PostgreSQL", () => {
  let db: TestDatabase;
  let second: Database;
  let slack: FakeSlack;
  const now = new Date("2026-11-27T08:00:00Z");

  beforeAll(async () => {
    db = await openTestDatabase("postgresql");
    second = await openDatabase({ url: db.url });
    slack = await new FakeSlack().start();
    const session = await db.session();
    await seedReminders(session, { workspaceId: "T0REPLICA", total: 1500, due: 1000, now });
    await session.release();
  }, 120_000);

  afterAll(async () => {
    await second?.close();
    await db?.close();
    await slack?.stop();
  });

  it("send 1,000 due reminders between them with zero duplicates and zero missed", async () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: "xoxb-replica", SLACK_SIGNING_SECRET: "x", SLACK_API_URL: slack.apiUrl });
    const instance = (database: Database) => assembleLofte(config, database, { clock: () => now, sendGapMs: 0 }).sender;
    const [a, b] = await Promise.all([runNudgeTick(instance(db), { batch: 50 }), runNudgeTick(instance(second), { batch: 50 })]);
    expect(a.sent + b.sent).toBe(1000);
    expect(a.sent).toBeGreaterThan(0);
    expect(b.sent).toBeGreaterThan(0);
    const posts = slack.callsTo("chat.postMessage").map((c) => String(c.params.channel));
    expect(posts).toHaveLength(1000);
    expect(new Set(posts).size).toBe(1000);
    expect(await db.prisma.nudge.count({ where: { workspaceId: "T0REPLICA", kind: "due_soon", state: "sent" } })).toBe(1000);
    expect(await db.prisma.nudge.count({ where: { workspaceId: "T0REPLICA", kind: "due_soon", state: "pending" } })).toBe(500);
  }, 120_000);
});
