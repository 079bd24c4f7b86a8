import { afterEach, describe, expect, it } from "vitest";
import { type AppProcess, freePort, startAppProcess, waitUntil } from "../support/app-process.js";
import { type DatabaseKind, databaseForProcess, databaseKinds } from "../support/databases.js";
import { FakeSlack } from "../support/fake-slack.js";
import { seedReminders } from "../support/seed.js";

/**
 * Lofte killed with SIGKILL in the middle of a tick (no clean-up at all), then started again,
 * several times: every due reminder still goes out, and none twice. Posts that reached Slack
 * before their "sent" was committed (several, as reminders go out side by side) are found again
 * in the person's DM by the key in their metadata.
 */

const REMINDERS = 40;
/** Kills per database: PGlite opens slowly (WebAssembly), so it gets one fewer to keep the suite short. */
const KILLS: Record<DatabaseKind, number> = { postgresql: 3, pglite: 2 };
/** Posts each run makes before it is killed. */
const POSTS_PER_RUN = 6;
const WORKSPACE = "T0SIGKILL";

describe.each(databaseKinds())("SIGKILL mid-tick on %s", (kind) => {
  const cleanUps: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const cleanUp of cleanUps.splice(0).reverse()) await cleanUp().catch(() => {});
  });

  it(`sends every due reminder after ${KILLS[kind]} kills, none twice, and ends with every row sent`, async () => {
    const slack = await new FakeSlack().start();
    cleanUps.push(() => slack.stop());
    // A slow Slack: a tick of 40 reminders takes about 6 s, so a kill lands in the middle of it.
    slack.delays.set("chat.postMessage", 150);
    const target = await databaseForProcess(kind);
    cleanUps.push(() => target.cleanUp());

    const seeding = await target.open();
    const session = await seeding.session();
    await seedReminders(session, { workspaceId: WORKSPACE, total: REMINDERS, due: REMINDERS, now: new Date() });
    await session.release();
    await seeding.close();
    const owners = Array.from({ length: REMINDERS }, (_, i) => `U${String(i + 1).padStart(7, "0")}`);

    const port = await freePort();
    const env = {
      SLACK_BOT_TOKEN: "xoxb-sigkill",
      SLACK_SIGNING_SECRET: "sigkill-secret",
      SLACK_API_URL: slack.apiUrl,
      PORT: String(port),
      HOST: "127.0.0.1",
      LOFTE_TICK: "* * * * * *",
      // Short, so that what a killed process had claimed comes back within seconds.
      LOFTE_SEND_LEASE: "3s",
      LOFTE_WORKING_HOURS: "always",
      ...target.env,
    };
    const start = () => {
      const app = startAppProcess(env);
      cleanUps.push(async () => {
        app.kill("SIGKILL");
        await app.exited;
      });
      return app;
    };
    const posts = () => slack.callsTo("chat.postMessage");

    for (let kill = 1; kill <= KILLS[kind]; kill++) {
      const app: AppProcess = start();
      const before = posts().length;
      // Killed right after a post reached Slack, while Slack is still answering it: that post is
      // in flight and its "sent" not yet committed.
      await waitUntil(`run ${kill} made ${POSTS_PER_RUN} posts`, app, () => posts().length >= before + POSTS_PER_RUN, 60_000);
      app.kill("SIGKILL");
      await app.exited;
      expect(app.child.signalCode).toBe("SIGKILL");
      // It really was mid-tick: some reminders are still claimed ("sending") by the dead process.
      if (kind === "postgresql") {
        const db = await target.open();
        expect(await db.prisma.nudge.count({ where: { workspaceId: WORKSPACE, state: "sending" } })).toBeGreaterThan(0);
      }
    }
    expect(new Set(posts().map((c) => c.params.channel)).size, "the killed runs sent part of the reminders").toBeLessThan(REMINDERS);

    // Started once more: it picks up what the dead processes had claimed once their leases run out.
    const last = start();
    await last.waitFor("Lofte is running");
    await waitUntil("every owner got a reminder", last, () => new Set(posts().map((c) => c.params.channel)).size === REMINDERS, 60_000);
    // A re-send of a post that was in flight at a kill may still be on its way: wait until Slack hears nothing more.
    await slack.settle(1_500, 10_000);
    last.kill("SIGTERM");
    expect(await last.exited, last.output()).toBe(0);

    const perOwner = new Map<string, number>();
    for (const call of posts()) perOwner.set(String(call.params.channel), (perOwner.get(String(call.params.channel)) ?? 0) + 1);
    expect([...perOwner.keys()].sort()).toEqual(owners);
    const duplicates = posts().length - REMINDERS;
    console.log(`SIGKILL on ${kind}: ${KILLS[kind]} kills, ${duplicates} duplicate reminder(s) of ${REMINDERS}`);
    expect(duplicates).toBe(0);
    expect(Math.max(...perOwner.values())).toBe(1);

    // The outbox agrees: every reminder is recorded sent, with the message it was sent as.
    const db = await target.open();
    cleanUps.push(() => db.close());
    const rows = await db.prisma.nudge.findMany({ where: { workspaceId: WORKSPACE, kind: "due_soon" } });
    expect(rows).toHaveLength(REMINDERS);
    expect(rows.filter((r) => r.state !== "sent").map((r) => `${r.state} (${r.lastError ?? ""})`)).toEqual([]);
    expect(rows.filter((r) => !r.slackTs)).toEqual([]);
    expect(rows.map((r) => r.slackChannel).sort()).toEqual(owners.map((o) => o.replace(/^U/, "D")));
  });
});
