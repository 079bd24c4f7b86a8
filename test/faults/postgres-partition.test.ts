import { afterEach, describe, expect, it } from "vitest";
import { assembleLofte } from "../../src/assemble.js";
import { loadConfig } from "../../src/config.js";
import { runNudgeTick } from "../../src/jobs/nudge-tick.js";
import { checkReadiness } from "../../src/slack/health-routes.js";
import { openDatabase } from "../../src/store/database.js";
import { ADMIN_URL, databaseKinds, openTestDatabase } from "../support/databases.js";
import { FakeSlack } from "../support/fake-slack.js";
import { seedReminders } from "../support/seed.js";
import { TcpProxy } from "../support/tcp-proxy.js";

/**
 * A network partition between Lofte and PostgreSQL that drops packets without closing
 * anything (the TCP proxy stops forwarding): a tick in the middle of it fails within the pool's
 * timeouts instead of hanging, readiness says "unreachable", and once the network heals the
 * next tick sends every due reminder, once.
 */

const REMINDERS = 30;
const NOW = new Date("2026-11-27T08:00:00Z");

describe.runIf(databaseKinds().includes("postgresql"))("a network partition to PostgreSQL", () => {
  const cleanUps: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const cleanUp of cleanUps.splice(0).reverse()) await cleanUp().catch(() => {});
  });

  it("fails a tick within the timeouts instead of hanging it, and delivers everything once healed", async () => {
    const slack = await new FakeSlack().start();
    cleanUps.push(() => slack.stop());
    const target = await openTestDatabase("postgresql");
    cleanUps.push(() => target.close());
    const session = await target.session();
    await seedReminders(session, { workspaceId: "T0PARTITION", total: REMINDERS, due: REMINDERS, now: NOW });
    await session.release();

    const proxy = await new TcpProxy("127.0.0.1", Number(new URL(ADMIN_URL).port || 5432)).start();
    cleanUps.push(() => proxy.stop());
    const url = new URL(target.url as string);
    url.host = `127.0.0.1:${proxy.port}`;
    // Statements may run 2 s here (30 s in production), so the test does not wait long.
    const db = await openDatabase({ url: url.toString(), statementTimeoutMs: 2_000 });
    cleanUps.push(() => db.close());
    const config = loadConfig({ SLACK_BOT_TOKEN: "xoxb-partition", SLACK_SIGNING_SECRET: "x", SLACK_API_URL: slack.apiUrl });
    const { sender } = assembleLofte(config, db, { clock: () => NOW, sendGapMs: 0 });
    // Warm: the pool holds open connections when the partition starts.
    expect(await db.prisma.nudge.count({ where: { workspaceId: "T0PARTITION" } })).toBe(REMINDERS);

    proxy.partition();
    const hung = Symbol("hung");
    const outcome = await Promise.race([
      runNudgeTick(sender).then(
        (r) => r,
        (error: unknown) => error,
      ),
      new Promise((resolve) => setTimeout(() => resolve(hung), 30_000)),
    ]);
    expect(outcome).not.toBe(hung);
    expect((await checkReadiness(db, false)).database).toBe("unreachable");
    expect(slack.callsTo("chat.postMessage")).toHaveLength(0);

    proxy.heal();
    // The connections caught in the partition were thrown away; fresh ones work.
    await expect.poll(async () => (await checkReadiness(db, false)).ready, { timeout: 15_000, interval: 250 }).toBe(true);
    const healed = await runNudgeTick(sender);
    expect(healed.sent).toBe(REMINDERS);
    const posts = slack.callsTo("chat.postMessage").map((c) => String(c.params.channel));
    expect(new Set(posts).size).toBe(REMINDERS);
    expect(posts).toHaveLength(REMINDERS);
  }, 90_000);
});
